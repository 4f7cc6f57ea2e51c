/** The project's findings as CodeMirror diagnostics: each issue's line/column range turned into offsets. */
import type { Diagnostic } from '@codemirror/lint';
import type { Issue } from '../../shared/model/issue';
import { lineStartsOf } from '../../shared/yaml/lineStarts';

/** Offsets of an issue's range in `text`; an issue without a position marks the first line. */
export function issueOffsets(issue: Issue, lineStarts: readonly number[], textLength: number): { from: number; to: number } {
  const at = (line: number | undefined, column: number | undefined): number => {
    const start = lineStarts[Math.max(0, Math.min((line ?? 1) - 1, lineStarts.length - 1))]!;
    return Math.min(textLength, start + Math.max(0, (column ?? 1) - 1));
  };
  const from = at(issue.line, issue.column);
  const to = issue.endLine === undefined ? from : at(issue.endLine, issue.endColumn);
  return { from, to: Math.max(from, to) };
}

/** The diagnostics of `issues` in `text`, with the rule id as their source. */
export function diagnosticsOf(text: string, issues: readonly Issue[]): Diagnostic[] {
  const lineStarts = lineStartsOf(text);
  return issues.map((issue) => ({ ...issueOffsets(issue, lineStarts, text.length), severity: issue.severity, message: issue.message, source: issue.rule }));
}
