/** Output forms of a semantic diff: terminal text, JSON for tools, Markdown for a pull-request comment. */
import type { MapChange, MapDiff } from './changeKinds';
import { ELEMENT_KINDS } from '../model/elementKinds';

export interface DiffLabels {
  /** How the old and the new side are named, e.g. file names or `HEAD~1:D-as-is.yaml`. */
  readonly from: string;
  readonly to: string;
}

const SECTION_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['map', 'Map'],
  ['description', 'Workflow description'],
  ...ELEMENT_KINDS.map((kind) => [kind.collection, kind.sectionTitle] as const),
];

function sectionOf(change: MapChange): string {
  const head = String(change.path[0]);
  return SECTION_TITLES.some(([key]) => key === head) ? head : 'map';
}

/** Changes grouped by the part of the map they touch, in reading order. */
export function groupChanges(changes: readonly MapChange[]): Array<{ section: string; title: string; changes: MapChange[] }> {
  return SECTION_TITLES.map(([section, title]) => ({ section, title, changes: changes.filter((change) => sectionOf(change) === section) })).filter((group) => group.changes.length > 0);
}

function marker(change: MapChange): string {
  if (change.kind.endsWith('.added') || change.kind === 'handoff.kind-added') return '+';
  if (change.kind.endsWith('.removed') || change.kind === 'handoff.kind-removed') return '-';
  return '~';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Terminal text: one line per change under a heading per section. */
export function formatDiffText(diff: MapDiff, labels: DiffLabels, options: { showLayout?: boolean } = {}): string {
  const lines = [`${labels.from} → ${labels.to}: ${plural(diff.changes.length, 'change')}${diff.layout.length ? `, ${plural(diff.layout.length, 'layout change')}` : ''}`];
  if (diff.changes.length === 0) lines.push('  no semantic changes');
  for (const group of groupChanges(diff.changes)) {
    lines.push('', `${group.title}:`);
    for (const change of group.changes) lines.push(`  ${marker(change)} ${change.message}  [${change.kind}]`);
  }
  if (diff.layout.length > 0) {
    lines.push('', options.showLayout ? 'Layout (no change in meaning):' : `Layout: ${plural(diff.layout.length, 'change')} (no change in meaning; --layout lists them)`);
    if (options.showLayout) for (const change of diff.layout) lines.push(`  ${marker(change)} ${change.message}  [${change.kind}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** JSON: the labels and every change with its kind, path, element id, before and after. */
export function formatDiffJson(diff: MapDiff, labels: DiffLabels): string {
  return `${JSON.stringify({ from: labels.from, to: labels.to, changes: diff.changes, layout: diff.layout }, null, 2)}\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function headline(kind: string): string {
  const [noun, verb] = kind.split('.');
  return `${noun} ${verb!.replace(/-/g, ' ')}`;
}

/** Markdown for a pull-request comment: a summary line, sections with bullet lists, layout folded away. */
export function formatDiffMarkdown(diff: MapDiff, labels: DiffLabels): string {
  const out = [`### Process changes: \`${labels.from}\` → \`${labels.to}\``, ''];
  if (diff.changes.length === 0) out.push('No semantic changes.');
  else {
    const counts = groupChanges(diff.changes).map((group) => `${group.title.toLowerCase()}: ${group.changes.length}`);
    out.push(`**${plural(diff.changes.length, 'change')}** (${counts.join(', ')})`);
  }
  for (const group of groupChanges(diff.changes)) {
    out.push('', `#### ${group.title}`, '');
    for (const change of group.changes) {
      const element = change.elementId ? ` \`${change.elementId}\`` : '';
      out.push(`- **${headline(change.kind)}**${element}: ${escapeMarkdown(change.message)}`);
    }
  }
  if (diff.layout.length > 0) {
    out.push('', `<details><summary>${plural(diff.layout.length, 'layout change')} (no change in meaning)</summary>`, '');
    for (const change of diff.layout) out.push(`- ${escapeMarkdown(change.message)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}
