/** Renders findings for people (`file:line:col severity message rule`), for tools (JSON) and for code review (SARIF 2.1.0). */
import { ALL_RULES } from '../shared/rules/allRules';
import type { Issue } from '../shared/model/issue';

const TOOL_VERSION = '0.1.0';

export function formatIssuesHuman(issues: readonly Issue[], fileCount: number): string {
  const lines = issues.map((issue) => `${issue.file ?? '<input>'}:${issue.line ?? 1}:${issue.column ?? 1} ${issue.severity} ${issue.message} ${issue.rule}`);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  const files = `${fileCount} map${fileCount === 1 ? '' : 's'}`;
  lines.push(
    issues.length === 0
      ? `✔ ${files} checked, no problems`
      : `✖ ${issues.length} problem${issues.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files}`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatIssuesJson(issues: readonly Issue[]): string {
  return `${JSON.stringify(issues, null, 2)}\n`;
}

const SARIF_LEVEL: Record<Issue['severity'], string> = { error: 'error', warning: 'warning', info: 'note' };

const LOADER_RULES: Record<string, string> = {
  'yaml-syntax': 'The file is not valid YAML.',
  schema: 'The map does not follow the swimlane/1 format.',
  limits: 'The file exceeds a safety limit (size, nesting, aliases).',
  'merge-conflict': 'The file contains git merge-conflict markers.',
  'rule-error': 'A rule crashed while checking the map.',
  'unknown-suppression': 'A suppression names a rule that does not exist.',
  config: 'The rule configuration file has a problem.',
};

/** SARIF 2.1.0 log, so that findings show up as annotations in code review. */
export function formatIssuesSarif(issues: readonly Issue[]): string {
  const rules = [
    ...ALL_RULES.map((rule) => ({ id: rule.id, shortDescription: { text: rule.description }, defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] } })),
    ...Object.entries(LOADER_RULES).map(([id, text]) => ({ id, shortDescription: { text }, defaultConfiguration: { level: 'error' } })),
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'swimlane', version: TOOL_VERSION, rules } },
        results: issues.map((issue) => ({
          ruleId: issue.rule,
          ...(ruleIndex.has(issue.rule) ? { ruleIndex: ruleIndex.get(issue.rule) } : {}),
          level: SARIF_LEVEL[issue.severity],
          message: { text: issue.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: (issue.file ?? 'input').replace(/\\/g, '/') },
                region: {
                  startLine: issue.line ?? 1,
                  startColumn: issue.column ?? 1,
                  ...(issue.endLine !== undefined ? { endLine: issue.endLine, endColumn: issue.endColumn ?? 1 } : {}),
                },
              },
            },
          ],
          ...(issue.elementId !== undefined ? { properties: { elementId: issue.elementId, path: issue.path } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
