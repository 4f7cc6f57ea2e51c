import { describe, expect, it } from 'vitest';
import { validateMap } from '../../../shared/rules/validateMap';
import { effectiveRules } from '../../../shared/rules/config';
import { createWorkspace } from '../../../shared/workspace/workspace';
import { parseMap } from '../../../shared/yaml/parseMap';
import { expectRule, mapFile } from './ruleTester';

const actors = 'actors:\n  soc: {name: SOC analyst, kind: role}\n  lead: {name: SOC lead, kind: role}\nlanes:\n  a: {actor: soc}\n';

describe('activity-without-accountable', () => {
  it('reports each activity that names no accountable actor, at the activity', () => {
    // given
    const valid = mapFile(`${actors}activities:\n  A: {name: Triage, lane: a, accountable: [lead]}\n`);
    const invalid = mapFile(`${actors}activities:\n  A: {name: Triage, lane: a, accountable: [lead]}\n  B: {name: Close, lane: a, informed: [lead]}\n`);
    // when / then
    expectRule('activity-without-accountable', {
      valid: [{ map: valid }],
      invalid: [{ map: invalid, messages: ['activity "B" (Close) has no accountable actor'], lines: [12] }],
    });
  });

  it('is off unless a config turns it on', () => {
    // given a map whose activity has no accountable actor
    const parsed = parseMap(mapFile(`${actors}activities:\n  A: {name: Triage, lane: a}\n`), 'm.yaml');
    const workspace = createWorkspace([parsed], []);
    // when validated with the default rules, and with the rule turned on
    const byDefault = validateMap(parsed, workspace, { rules: effectiveRules([], 'm.yaml') });
    const turnedOn = validateMap(parsed, workspace, { rules: effectiveRules([{ file: 'swimlane.config.yaml', folder: '.', config: { rules: { 'activity-without-accountable': 'warn' } } }], 'm.yaml') });
    const withoutConfig = validateMap(parsed, workspace);
    // then
    expect(byDefault.map((issue) => issue.rule)).not.toContain('activity-without-accountable');
    expect(withoutConfig.map((issue) => issue.rule)).not.toContain('activity-without-accountable');
    expect(turnedOn.filter((issue) => issue.rule === 'activity-without-accountable').map((issue) => issue.severity)).toEqual(['warning']);
  });
});
