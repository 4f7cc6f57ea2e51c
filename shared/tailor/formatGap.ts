/** Output forms of a gap report: terminal text, JSON, and Markdown for a review or a pull request. */
import type { GapItem, GapKind, GapReport } from './gapReport';

/** Where an item is, e.g. `D-as-is.yaml:12:5`, as the caller can tell from the source files. */
export type GapLocator = (item: GapItem) => string | undefined;

const SECTIONS: ReadonlyArray<readonly [GapKind, string]> = [
  ['activity-without-actor', 'Activities nobody performs'],
  ['handoff-without-procedure', 'Handoffs across organisation units without a written procedure'],
  ['missing', 'In the reference, missing here'],
  ['changed', 'Changed from the reference'],
  ['added', 'Added (not in the reference)'],
  ['uncovered-key-role', 'Key roles of the reference that no lane covers'],
];

function counts(report: GapReport): string {
  const count = (severity: string): number => report.items.filter((item) => item.severity === severity).length;
  const part = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `${part(count('error'), 'error')}, ${part(count('warning'), 'warning')}, ${part(count('info'), 'note')}`;
}

export function formatGapText(report: GapReport, locate: GapLocator = () => undefined): string {
  const lines = [`Gap report: ${report.map} against reference ${report.reference} (${counts(report)})`];
  for (const [kind, title] of SECTIONS) {
    const items = report.items.filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    lines.push('', `${title} (${items.length}):`);
    for (const item of items) {
      const where = locate(item);
      lines.push(`  ${item.severity.padEnd(7)} ${item.message}${where ? `  (${where})` : ''}`);
    }
  }
  if (report.items.length === 0) lines.push('', 'No gaps: the map follows its reference.');
  return `${lines.join('\n')}\n`;
}

export function formatGapJson(report: GapReport, locate: GapLocator = () => undefined): string {
  const items = report.items.map((item) => {
    const where = locate(item);
    return where ? { ...item, location: where } : item;
  });
  return `${JSON.stringify({ map: report.map, reference: report.reference, items }, null, 2)}\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

export function formatGapMarkdown(report: GapReport, locate: GapLocator = () => undefined): string {
  const out = [`### Gap report: \`${report.map}\` against reference \`${report.reference}\``, '', counts(report)];
  for (const [kind, title] of SECTIONS) {
    const items = report.items.filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    out.push('', `#### ${title} (${items.length})`, '');
    for (const item of items) {
      const where = locate(item);
      out.push(`- ${item.severity === 'info' ? '' : `**${item.severity}** `}\`${item.elementId}\`: ${escapeMarkdown(item.message)}${where ? ` (\`${where}\`)` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
