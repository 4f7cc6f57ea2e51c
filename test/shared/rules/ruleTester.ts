/** Runs one rule on maps written inline as YAML, so each rule test shows a passing and a failing example. */
import { expect } from 'vitest';
import type { Issue } from '../../../shared/model/issue';
import { RULES_BY_ID } from '../../../shared/rules/allRules';
import { validateMap } from '../../../shared/rules/validateMap';
import { parseActorCatalogue, parseMap } from '../../../shared/yaml/parseMap';
import { createWorkspace } from '../../../shared/workspace/workspace';

/** A complete map file from the lines below `activities:` and friends. */
export function mapFile(body: string, header: { id?: string; kind?: string } = {}): string {
  return `format: swimlane/1\nid: ${header.id ?? 'm'}\ntitle: Test map\nkind: ${header.kind ?? 'reference'}\n${body.replace(/^\n/, '')}`;
}

export interface RuleCase {
  /** The map under test. */
  readonly map: string;
  /** Other files of the workspace by path (maps, or `actors.yaml` catalogues). */
  readonly others?: Readonly<Record<string, string>>;
  readonly file?: string;
}

export function runRule(ruleId: string, testCase: RuleCase): Issue[] {
  const file = testCase.file ?? 'maps/m.yaml';
  const parsed = parseMap(testCase.map, file);
  expect(parsed.issues, 'the test map itself must load').toEqual([]);
  const others = Object.entries(testCase.others ?? {});
  const maps = [parsed, ...others.filter(([path]) => !path.endsWith('actors.yaml')).map(([path, text]) => parseMap(text, path))];
  const catalogues = others.filter(([path]) => path.endsWith('actors.yaml')).map(([path, text]) => parseActorCatalogue(text, path));
  // A rule that is off by default is tested as a team would run it: turned on, as a warning.
  const rule = RULES_BY_ID.get(ruleId)!;
  const setting = { severity: rule.defaultSeverity === 'off' ? ('warning' as const) : rule.defaultSeverity, options: rule.defaultOptions ?? {} };
  return validateMap(parsed, createWorkspace(maps, catalogues), { only: [ruleId], rules: new Map([[ruleId, setting]]) });
}

/** Asserts the rule finds nothing in `valid` and exactly the messages (substrings) in `invalid`. */
export function expectRule(ruleId: string, cases: { valid: RuleCase[]; invalid: Array<RuleCase & { messages: string[]; lines?: number[] }> }): void {
  for (const valid of cases.valid) expect(runRule(ruleId, valid)).toEqual([]);
  for (const invalid of cases.invalid) {
    const issues = runRule(ruleId, invalid);
    expect(issues.map((issue) => `${issue.rule}: ${issue.message}`)).toHaveLength(invalid.messages.length);
    expect(issues.every((issue) => issue.rule === ruleId)).toBe(true);
    // Each expected message names one finding; findings come sorted by position.
    const matched = invalid.messages.map((message) => {
      const issue = issues.find((candidate) => candidate.message.includes(message));
      expect(issue, `no finding says "${message}"; found: ${issues.map((i) => i.message).join(' | ')}`).toBeDefined();
      return issue!;
    });
    if (invalid.lines) expect(matched.map((issue) => issue.line)).toEqual(invalid.lines);
  }
}
