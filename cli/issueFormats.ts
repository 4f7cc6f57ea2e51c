/** Renders findings for people (`file:line:col severity message rule`), for tools (JSON) and for code review (SARIF 2.1.0). */
import { ALL_RULES } from '../shared/rules/allRules';
import type { Issue } from '../shared/model/issue';
import { terminalSafe } from '../shared/text/terminalSafe';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_VERSION, RULES_HELP_URI } from './version';


export interface SummaryNotes {
  /** Findings left out of the list (by --quiet): the summary says so instead of "no problems". */
  readonly hidden?: number;
  /** Why the run fails although the list has no error (e.g. too many warnings). */
  readonly failure?: string;
}

export function formatIssuesHuman(issues: readonly Issue[], fileCount: number, notes: SummaryNotes = {}): string {
  // Messages quote names and keys from the file: escaped, so they cannot drive the terminal.
  const lines = issues.map((issue) => terminalSafe(`${issue.file ?? '<input>'}:${issue.line ?? 1}:${issue.column ?? 1} ${issue.severity} ${issue.message} ${issue.rule}`));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  const files = `${fileCount} map${fileCount === 1 ? '' : 's'}`;
  const hidden = notes.hidden ? `, ${notes.hidden} more hidden by --quiet` : '';
  const failure = notes.failure ? `; ${notes.failure}` : '';
  lines.push(
    issues.length === 0 && !notes.failure
      ? `✔ ${files} checked, ${notes.hidden ? `no errors (${notes.hidden} warning${notes.hidden === 1 ? '' : 's'} or notes hidden by --quiet)` : 'no problems'}`
      : `✖ ${issues.length} problem${issues.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${hidden}) in ${files}${failure}`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatIssuesJson(issues: readonly Issue[]): string {
  return `${JSON.stringify(issues, null, 2)}\n`;
}

const SARIF_LEVEL: Record<Issue['severity'], string> = { error: 'error', warning: 'warning', info: 'note' };

/** A rule that is off unless configured is listed as disabled, so SARIF viewers know it did not run. */
function defaultConfigurationOf(severity: Issue['severity'] | 'off'): object {
  return severity === 'off' ? { enabled: false, level: 'none' } : { level: SARIF_LEVEL[severity] };
}

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
export function formatIssuesSarif(issues: readonly Issue[], cwd: string = process.cwd()): string {
  const help = (text: string): object => ({ shortDescription: { text }, help: { text: `${text} See ${RULES_HELP_URI}` }, helpUri: RULES_HELP_URI });
  const rules = [
    ...ALL_RULES.map((rule) => ({ id: rule.id, ...help(rule.description), defaultConfiguration: defaultConfigurationOf(rule.defaultSeverity) })),
    ...Object.entries(LOADER_RULES).map(([id, text]) => ({ id, ...help(text), defaultConfiguration: { level: 'error' } })),
  ];
  // Paths inside the working folder stay relative to it (SRCROOT); others become file:// URIs.
  const artifactLocation = (file: string | undefined): object => {
    const shown = (file ?? 'input').replace(/\\/g, '/');
    if (/^([a-zA-Z]:)?\//.test(shown)) return { uri: pathToFileURL(shown).href };
    return { uri: encodeURI(shown), uriBaseId: 'SRCROOT' };
  };
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'swimlane', version: CLI_VERSION, informationUri: RULES_HELP_URI, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        // Columns count UTF-16 code units, as the editor's and the YAML reader's offsets do.
        columnKind: 'utf16CodeUnits',
        results: issues.map((issue) => ({
          ruleId: issue.rule,
          ...(ruleIndex.has(issue.rule) ? { ruleIndex: ruleIndex.get(issue.rule) } : {}),
          level: SARIF_LEVEL[issue.severity],
          message: { text: issue.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(issue.file),
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

const CODE_QUALITY_SEVERITY: Record<Issue['severity'], string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab's Code Quality report (`artifacts:reports:codequality`, a subset of the Code Climate
 * format): GitLab does not read SARIF there, so the merge request widget needs this one.
 */
export function formatIssuesCodeQuality(issues: readonly Issue[], cwd: string = process.cwd()): string {
  const report = issues.map((issue) => {
    const file = issue.file === undefined ? 'input' : path.isAbsolute(issue.file) ? path.relative(cwd, issue.file) : issue.file;
    const shown = file.replace(/\\/g, '/').replace(/^\.\//, '');
    // Without the line, so a finding keeps its identity when lines above it move.
    const fingerprint = createHash('sha256').update([shown, issue.rule, issue.elementId ?? '', issue.message].join('\0')).digest('hex').slice(0, 32);
    return {
      description: issue.message,
      check_name: issue.rule,
      fingerprint,
      severity: CODE_QUALITY_SEVERITY[issue.severity],
      location: { path: shown, lines: { begin: issue.line ?? 1 } },
    };
  });
  return `${JSON.stringify(report, null, 2)}\n`;
}
