import { describe, expect, it } from 'vitest';
import { effectiveRules, globToRegExp, unknownRuleIds } from '../../../shared/rules/config';
import type { ConfigLayer } from '../../../shared/rules/config';

describe('effectiveRules', () => {
  it('applies presets, then nearer config files, then matching overrides', () => {
    // given
    const layers: ConfigLayer[] = [
      { file: 'swimlane.config.yaml', folder: '.', config: { extends: 'swimlane:strict', rules: { 'flow-without-label': 'off' } } },
      {
        file: 'maps/swimlane.config.yaml',
        folder: 'maps',
        config: { rules: { 'empty-lane': ['warn', { note: 'x' }] }, overrides: [{ files: ['drafts/**'], rules: { 'dead-end': 'info' } }] },
      },
    ];
    // when
    const draft = effectiveRules(layers, 'maps/drafts/a/b.yaml');
    const final = effectiveRules(layers, 'maps/final.yaml');
    // then
    expect(draft.get('dead-end')!.severity).toBe('info');
    expect(final.get('dead-end')!.severity).toBe('error');
    expect(final.get('description-flow-mismatch')!.severity).toBe('error');
    expect(final.get('flow-without-label')!.severity).toBe('off');
    expect(final.get('empty-lane')).toEqual({ severity: 'warning', options: { note: 'x' } });
  });

  it('uses each rule\'s default severity without configuration', () => {
    // when
    const rules = effectiveRules([], 'a.yaml');
    // then
    expect(rules.get('flow-without-label')!.severity).toBe('warning');
    expect(rules.get('dead-end')!.severity).toBe('error');
  });

  it('names rule ids that do not exist', () => {
    expect(unknownRuleIds({ rules: { 'dead-end': 'off', 'dead-ends': 'off' }, overrides: [{ files: ['*'], rules: { nope: 'off' } }] })).toEqual(['dead-ends', 'nope']);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['**/*.yaml', 'a/b/c.yaml', true],
    ['*.yaml', 'a/b/c.yaml', true],
    ['examples/*.yaml', 'examples/x.yaml', true],
    ['examples/*.yaml', 'examples/deep/x.yaml', false],
    ['examples/**', 'examples/deep/x.yaml', true],
    ['D-?.yaml', 'D-1.yaml', true],
    ['cert/D.yaml', 'cert/Dx.yaml', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
