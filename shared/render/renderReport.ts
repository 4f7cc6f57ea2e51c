/**
 * The HTML process report: one self-contained file (inline CSS and SVG, no scripts) with, per map,
 * the diagram, a plain-text walk-through per actor that also serves screen-reader users, the
 * activities, the workflow description, the triggers and every handoff description as tables.
 * Prints on A4 or Letter.
 */
import type { Handoff, HandoffKind, ProcessMap, WorkflowDescription } from '../model/schema';
import type { MapGeometry } from '../layout/geometry';
import { escapeXml } from './xmlWriter';

export interface ReportEntry {
  readonly map: ProcessMap;
  readonly geometry: MapGeometry;
  /** The SVG of the map, as produced by `renderSvg` with a unique `idPrefix`. */
  readonly svg: string;
}

export interface ReportOptions {
  /** Document title; defaults to the title of the only map or "Process maps". */
  readonly title?: string;
  /** Paper size for printing; `auto` lets the print dialog decide. */
  readonly paper?: 'A4' | 'Letter' | 'auto';
}

const esc = escapeXml;

const CSS = `
:root { color-scheme: light; }
body { font-family: 'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Segoe UI', Arial, sans-serif; color: #1f2328; margin: 0 auto; max-width: 70rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.5rem; border-bottom: 2px solid #1f2328; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
figure { margin: 1rem 0; overflow-x: auto; border: 1px solid #d0d7de; padding: 0.5rem; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.85rem; color: #57606a; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
th[scope=row] { width: 14rem; }
ul, ol { margin: 0.2rem 0 0.6rem; padding-left: 1.4rem; }
.walk { margin: 0.2rem 0 0.6rem; }
.meta { color: #57606a; font-size: 0.9rem; }
nav ol { columns: 2; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-before: page; }
  section:first-of-type h2 { break-before: avoid; }
  h2, h3, h4 { break-after: avoid; }
  figure { border: none; overflow: visible; break-inside: avoid; }
  tr, li { break-inside: avoid; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;

function list(items: readonly string[] | undefined): string {
  if (!items || items.length === 0) return '';
  return `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

function rowsOf(rows: readonly [string, string][]): string {
  const filled = rows.filter(([, html]) => html.length > 0);
  if (filled.length === 0) return '';
  return `<table>\n<tbody>\n${filled.map(([head, html]) => `<tr><th scope="row">${esc(head)}</th><td>${html}</td></tr>`).join('\n')}\n</tbody>\n</table>\n`;
}

function laneLabel(map: ProcessMap, laneId: string | undefined): string {
  if (laneId === undefined) return 'Process';
  const lane = map.lanes?.[laneId];
  if (!lane) return laneId;
  return lane.label ?? map.actors?.[lane.actor]?.name ?? lane.actor;
}

function nodeName(map: ProcessMap, id: string): string {
  const activity = map.activities[id];
  if (activity) return `${id} ${activity.name}`;
  const group = map.groups?.[id];
  if (group) return group.label ?? id;
  const init = map.initiations?.[id];
  if (init) return init.kind === 'activity' ? init.text ?? `${init.map ? `${init.map} ` : ''}${init.activity}` : init.text ?? 'outside the process';
  const term = map.terminations?.[id];
  if (term) {
    if (term.kind === 'label' || term.kind === 'activity') return term.text ?? (term.kind === 'activity' ? term.activity : id);
    if (term.kind === 'icon') return term.text ?? (term.icon === 'archive' ? 'the archive' : 'a document');
    return 'the end of the workflow';
  }
  return id;
}

/** Transmission mechanisms of the handoffs describing a flow, e.g. "ticketing system, phone". */
function mechanisms(map: ProcessMap, flowId: string): string[] {
  const out: string[] = [];
  for (const handoff of Object.values(map.handoffs ?? {})) {
    if (!handoff.flows?.includes(flowId)) continue;
    for (const kind of Object.values(handoff.kinds ?? {})) for (const list of Object.values(kind?.modes ?? {})) for (const m of list ?? []) if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** Plain-text walk-through per lane (or one for a map without lanes), in diagram order. */
function walkThrough(map: ProcessMap, geometry: MapGeometry): string {
  const order = new Map(geometry.nodes.map((n) => [n.id, [n.column, n.order] as const]));
  const byLane = new Map<string | undefined, string[]>();
  for (const id of Object.keys(map.activities)) {
    const lane = map.lanes && Object.keys(map.lanes).length > 0 ? map.activities[id]!.lane : undefined;
    byLane.set(lane, [...(byLane.get(lane) ?? []), id]);
  }
  const laneOrder = [...Object.keys(map.lanes ?? {}), undefined];
  const flows = Object.entries(map.flows ?? {});
  let html = '';
  for (const lane of [...laneOrder, ...[...byLane.keys()].filter((l) => !laneOrder.includes(l))]) {
    const ids = byLane.get(lane);
    if (!ids) continue;
    ids.sort((a, b) => {
      const [ca, oa] = order.get(a) ?? [0, 0];
      const [cb, ob] = order.get(b) ?? [0, 0];
      return ca - cb || oa - ob;
    });
    const steps: string[] = [];
    const items = ids.map((id) => {
      const activity = map.activities[id]!;
      const parts: string[] = [];
      const incoming = flows.filter(([, f]) => f.to === id && !map.activities[f.from]);
      for (const [, f] of incoming) parts.push(`receives ${f.outputs?.join(', ') || 'input'} from ${nodeName(map, f.from).replace(/^from\s+/i, '')}`);
      for (const [flowId, f] of flows.filter(([, f]) => f.from === id)) {
        const what = f.outputs?.join(', ') || 'the work';
        const when = f.condition ? `${f.condition.replace(/^if\b/i, 'if')}, ` : '';
        const target = map.activities[f.to];
        const by = mechanisms(map, flowId);
        const via = by.length > 0 ? ` by ${by.join(' or ')}` : '';
        if (target && target.lane !== activity.lane && lane !== undefined) {
          parts.push(`${when}hands ${what} to ${laneLabel(map, target.lane)} (${nodeName(map, f.to)})${via}`);
        } else if (target) {
          parts.push(`${when}passes ${what} to ${nodeName(map, f.to)}${via}`);
        } else {
          parts.push(`${when}sends ${what} to ${nodeName(map, f.to).replace(/^to\s+/i, '')}${via}`);
        }
      }
      steps.push(activity.name);
      return `<li><strong>${esc(`${id} ${activity.name}`)}</strong>${parts.length > 0 ? `: ${esc(parts.join('; '))}.` : '.'}</li>`;
    });
    html += `<h4>${esc(laneLabel(map, lane))}</h4>\n<p class="walk">${esc(`${laneLabel(map, lane)}: ${steps.join(' → ')}`)}</p>\n<ol>\n${items.join('\n')}\n</ol>\n`;
  }
  // Flows that leave a dashed box belong to the coordination, not to one actor.
  for (const [groupId, group] of Object.entries(map.groups ?? {})) {
    const out = flows.filter(([, f]) => f.from === groupId);
    if (out.length === 0) continue;
    const parts = out.map(([flowId, f]) => {
      const when = f.condition ? `${f.condition.replace(/^if\b/i, 'if')}, ` : '';
      const by = mechanisms(map, flowId);
      return `${when}sends ${f.outputs?.join(', ') || 'the work'} to ${nodeName(map, f.to).replace(/^to\s+/i, '')}${by.length > 0 ? ` by ${by.join(' or ')}` : ''}`;
    });
    const name = group.label ?? groupId;
    html += `<h4>${esc(name)}</h4>\n<p class="walk">${esc(`${name} (coordination of ${group.members.join(', ')}): ${parts.join('; ')}.`)}</p>\n`;
  }
  return html;
}

function describedInputs(description: WorkflowDescription): string {
  const inputs = description.inputs ?? [];
  if (inputs.length === 0) return '';
  const rows = inputs.map((i) => `<tr><td>${esc(i.name)}</td><td>${esc(i.description ?? '')}</td><td>${esc((i.from ?? []).join('; '))}</td><td>${esc((i.form ?? []).join(', '))}</td></tr>`);
  return `<h4>Inputs</h4>\n<table>\n<thead><tr><th scope="col">Input</th><th scope="col">Description</th><th scope="col">From</th><th scope="col">Form</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

function describedOutputs(description: WorkflowDescription): string {
  const outputs = description.outputs ?? [];
  if (outputs.length === 0) return '';
  const rows = outputs.map(
    (o) => `<tr><td>${esc(o.name)}</td><td>${esc(o.decision ?? '')}</td><td>${esc(o.description ?? '')}</td><td>${esc((o.to ?? []).join('; '))}</td><td>${esc((o.form ?? []).join(', '))}</td></tr>`,
  );
  return `<h4>Outputs</h4>\n<table>\n<thead><tr><th scope="col">Output</th><th scope="col">Decision</th><th scope="col">Description</th><th scope="col">To</th><th scope="col">Form</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

function workflowDescription(description: WorkflowDescription | undefined): string {
  if (!description) return '';
  const table = rowsOf([
    ['Mission / objectives', list(description.mission)],
    ['Triggers', list(description.triggers)],
    ['Completion criteria', list(description.completion)],
    ['Policies and rules', list(description.policies)],
    ['General requirements', list(description.requirements)],
    ['Source', description.source ? esc(description.source) : ''],
  ]);
  return `<h3>Workflow description</h3>\n${table}${describedInputs(description)}${describedOutputs(description)}`;
}

function party(map: ProcessMap, p: { map?: string; activity?: string; text?: string }): string {
  if (p.text) return p.text;
  if (p.activity && (!p.map || p.map === map.id)) return nodeName(map, p.activity);
  return [p.map, p.activity].filter(Boolean).join(' ');
}

function kindTable(name: string, kind: HandoffKind): string {
  const modes = Object.entries(kind.modes ?? {})
    .map(([form, list]) => `${form}: ${(list ?? []).join(', ')}`)
    .map((line) => `<li>${esc(line)}</li>`)
    .join('');
  return `<h4>${esc(name.replace(/-/g, ' '))}</h4>\n${rowsOf([
    ['Handoff requirements', list(kind.requirements)],
    ['Written procedures', list(kind.procedures)],
    ['Sending actors', list(kind.sendingActors)],
    ['Receiving actors', list(kind.receivingActors)],
    ['Transmission modes', modes ? `<ul>${modes}</ul>` : ''],
    ['Other', list(kind.other)],
  ])}`;
}

function handoffSection(map: ProcessMap, id: string, handoff: Handoff): string {
  const objects = (handoff.objects ?? []).map((o) => `${o.name}${o.description ? ` — ${o.description}` : ''}`);
  const table = rowsOf([
    ['Sending', list(handoff.sending.map((p) => party(map, p)))],
    ['Receiving', list(handoff.receiving.map((p) => party(map, p)))],
    ['Flows', list(handoff.flows)],
    ['Mission / objectives', list(handoff.mission)],
    ['Triggers', list(handoff.triggers)],
    ['Completion criteria', list(handoff.completion)],
    ['Policies and rules', list(handoff.policies)],
    ['General requirements', list(handoff.requirements)],
    ['Objects', list(objects)],
    ['Source', handoff.source ? esc(handoff.source) : ''],
  ]);
  const kinds = Object.entries(handoff.kinds ?? {})
    .map(([name, kind]) => (kind ? kindTable(name, kind) : ''))
    .join('');
  return `<h3 id="${esc(`${map.id}-handoff-${id}`)}">${esc(handoff.title ?? `Handoff ${id}`)}</h3>\n${table}${kinds}`;
}

function activitiesTable(map: ProcessMap): string {
  const rows = Object.entries(map.activities).map(([id, a]) => {
    const lane = a.lane ? laneLabel(map, a.lane) : '';
    return `<tr><td>${esc(id)}</td><td>${esc(a.name)}</td>${map.lanes ? `<td>${esc(lane)}</td>` : ''}<td>${esc(a.summary ?? '')}</td><td>${esc((a.inputs ?? []).join('; '))}</td><td>${esc((a.outputs ?? []).join('; '))}</td></tr>`;
  });
  const laneHead = map.lanes ? '<th scope="col">Lane</th>' : '';
  return `<h3>Activities</h3>\n<table>\n<thead><tr><th scope="col">Id</th><th scope="col">Activity</th>${laneHead}<th scope="col">Summary</th><th scope="col">Inputs</th><th scope="col">Outputs</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

function mapSection(entry: ReportEntry): string {
  const { map, geometry, svg } = entry;
  const source = map.source ? `<p class="meta">Source: ${esc(map.source.citation)}${map.source.figure ? `, ${esc(map.source.figure)}` : ''}</p>\n` : '';
  const summary = map.summary ? `<p>${esc(map.summary)}</p>\n` : '';
  const inline = svg.replace(/^<\?xml[^>]*>\n/, '');
  const triggers = Object.entries(map.triggers ?? {});
  const triggerHtml =
    triggers.length > 0
      ? `<h3>Triggers</h3>\n<ol>\n${triggers.map(([n, t]) => `<li value="${esc(n)}">${esc(t.text)} <span class="meta">(starts ${esc(t.starts.join(', '))})</span></li>`).join('\n')}\n</ol>\n`
      : '';
  const handoffs = Object.entries(map.handoffs ?? {});
  const handoffHtml = handoffs.length > 0 ? `<h3>Handoffs</h3>\n${handoffs.map(([id, h]) => handoffSection(map, id, h)).join('\n')}` : '';
  return [
    `<section id="${esc(`map-${map.id}`)}">`,
    `<h2>${esc(map.title)}</h2>`,
    `<p class="meta">Map ${esc(map.id)} · ${esc(map.kind)}${map.version ? ` · version ${esc(map.version)}` : ''}</p>`,
    source + summary,
    `<figure>\n${inline}<figcaption>${esc(map.title)}: workflow diagram.</figcaption>\n</figure>`,
    `<h3>Walk-through</h3>\n${walkThrough(map, geometry)}`,
    triggerHtml,
    activitiesTable(map),
    workflowDescription(map.description),
    handoffHtml,
    '</section>',
  ]
    .filter((part) => part.length > 0)
    .join('\n');
}

/** Renders the report for one map or several (e.g. a folder). */
export function renderReport(entries: readonly ReportEntry[], options: ReportOptions = {}): string {
  const title = options.title ?? (entries.length === 1 ? entries[0]!.map.title : 'Process maps');
  const paper = options.paper ?? 'auto';
  const page = `@page { size: ${paper === 'auto' ? 'auto' : paper}; margin: 14mm; }`;
  const nav =
    entries.length > 1
      ? `<nav aria-label="Maps">\n<ol>\n${entries.map((e) => `<li><a href="#${esc(`map-${e.map.id}`)}">${esc(e.map.title)}</a></li>`).join('\n')}\n</ol>\n</nav>\n`
      : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}${page}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${esc(title)}</h1>`,
    nav + entries.map(mapSection).join('\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
