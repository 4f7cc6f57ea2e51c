import { afterEach, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../shared/rules/allRules';
import type { Rule } from '../../../shared/rules/rule';
import { validateMap } from '../../../shared/rules/validateMap';
import { createWorkspace } from '../../../shared/workspace/workspace';
import { parseMap } from '../../../shared/yaml/parseMap';
import { mapFile } from './ruleTester';

const lonely = mapFile(`activities:
  A:
    name: Stuck
    suppress:
      dead-end: Ends outside the scope of this process (Figure 16).
  B:
    name: Also stuck
    suppress:
      no-such-rule: typo
`);

describe('validateMap', () => {
  const registry = ALL_RULES as Rule<Record<string, unknown>>[];
  afterEach(() => {
    const index = registry.findIndex((rule) => rule.id === 'explodes');
    if (index >= 0) registry.splice(index, 1);
  });

  it('drops findings suppressed on their element and warns about suppressions of unknown rules', () => {
    // given
    const parsed = parseMap(lonely, 'm.yaml');
    // when
    const issues = validateMap(parsed, createWorkspace([parsed]), { only: ['dead-end'] });
    // then
    expect(issues.map((issue) => [issue.rule, issue.elementId, issue.line])).toEqual([
      ['dead-end', 'B', 10],
      ['unknown-suppression', 'B', 13],
    ]);
  });

  it('reports a crashing rule as a rule-error finding and goes on with the others', () => {
    // given
    registry.push({ id: 'explodes', description: 'test', defaultSeverity: 'error', check: () => { throw new Error('boom'); } });
    const parsed = parseMap(lonely, 'm.yaml');
    // when
    const issues = validateMap(parsed, createWorkspace([parsed]), { only: ['explodes', 'dead-end'] });
    // then
    expect(issues.map((issue) => issue.rule)).toEqual(['rule-error', 'dead-end', 'unknown-suppression']);
    expect(issues[0]!.message).toBe('rule "explodes" crashed: boom');
  });

  it('applies configured severities and turns rules off', () => {
    // given
    const parsed = parseMap(lonely, 'm.yaml');
    const rules = new Map([
      ['dead-end', { severity: 'warning' as const, options: {} }],
      ['unreachable-activity', { severity: 'off' as const, options: {} }],
    ]);
    // when
    const issues = validateMap(parsed, createWorkspace([parsed]), { rules });
    // then
    expect(issues.filter((issue) => issue.rule === 'dead-end').map((issue) => issue.severity)).toEqual(['warning']);
    expect(issues.some((issue) => issue.rule === 'unreachable-activity')).toBe(false);
  });

  it('every rule has a kebab-case id equal to its file name, a doc line and a test file', async () => {
    // given
    const { readdir } = await import('node:fs/promises');
    const ruleFiles = (await readdir('shared/rules')).filter((name) => /^[a-z]+(-[a-z]+)+\.ts$/.test(name)).map((name) => name.replace(/\.ts$/, ''));
    const tests = await readdir('test/shared/rules');
    // then
    expect(ALL_RULES.map((rule) => rule.id).sort()).toEqual(ruleFiles.sort());
    for (const rule of ALL_RULES) {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(tests).toContain(`${rule.id}.test.ts`);
    }
  });
});
