/**
 * The HTML process report: one self-contained file (inline CSS and SVG, no scripts) with, per map,
 * the diagram, a plain-text walk-through per actor that also serves screen-reader users, the
 * activities, the responsibility and handoff matrices, the workflow description, the triggers and
 * every handoff description as tables. Everything is named as the diagram names it (ids follow in
 * small type). Prints landscape by default; a diagram prints with no text under 8 pt, as a poster
 * of page-sized tiles when it does not fit one page at that size.
 */
import type { Handoff, HandoffKind, ProcessMap, WorkflowDescription } from '../model/schema';
import type { MapGeometry } from '../layout/geometry';
import type { NameResolver } from '../layout/layoutGraph';
import { mapMatrices } from '../matrix/formatMatrix';
import { MATRIX_CSS, matrixHtml } from './renderMatrix';
import { MIN_PRINT_TEXT_PT, PAGE_MARGIN_MM, printableArea, printTilesHtml, withContentId } from './printTiles';
import type { Orientation, PrintPaper } from './printTiles';
import { actorLabel, flowHtml, idTag, laneLabel, nodeHtml } from './reportNames';
import { walkThrough } from './reportWalkThrough';
import { escapeXml } from './xmlWriter';

export interface ReportEntry {
  readonly map: ProcessMap;
  readonly geometry: MapGeometry;
  /** The SVG of the map, as produced by `renderSvg` with a unique `idPrefix`. */
  readonly svg: string;
  /** Actor names from the folder's catalogue and activity names of other maps. */
  readonly names?: NameResolver;
}

export interface ReportOptions {
  /** Document title; defaults to the title of the only map or "Process maps". */
  readonly title?: string;
  /** Paper size for printing; `auto` lets the print dialog decide (tiles fit both A4 and Letter). */
  readonly paper?: PrintPaper;
  /** Page orientation for printing (default landscape, which suits swimlanes). */
  readonly orientation?: Orientation;
}

const esc = escapeXml;

const CSS = `
:root { color-scheme: light; }
body { font-family: 'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Segoe UI', Arial, sans-serif; color: #1f2328; margin: 0 auto; max-width: 70rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.5rem; border-bottom: 2px solid #1f2328; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
figure { margin: 1rem 0; overflow: auto; max-height: 80vh; border: 1px solid #d0d7de; padding: 0.5rem; }
figure > svg { display: block; max-width: none; }
figcaption { font-size: 0.85rem; color: #57606a; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
th[scope=row] { width: 14rem; }
ul, ol { margin: 0.2rem 0 0.6rem; padding-left: 1.4rem; }
.walk { margin: 0.2rem 0 0.6rem; }
.meta { color: #57606a; font-size: 0.9rem; }
nav ol { columns: 2; }
.print-tiles { display: none; }
${MATRIX_CSS}
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  h2 { break-before: page; }
  section:first-of-type h2 { break-before: avoid; }
  h2, h3, h4 { break-after: avoid; }
  /* The screen figure scrolls; on paper the tiles show the same drawing at a readable size. */
  figure { border: none; padding: 0; overflow: visible; max-height: none; }
  figure > svg { position: absolute; width: 0; height: 0; overflow: hidden; }
  figure > figcaption { display: none; }
  .print-tiles { display: block; }
  .tile { break-inside: avoid; margin: 0 0 0.5rem; }
  .tile + .tile { break-before: page; }
  .tile > svg { display: block; }
  .tile-caption { margin: 0.1rem 0 0; color: #57606a; font-size: ${MIN_PRINT_TEXT_PT + 1}pt; }
  .id, table.matrix caption { font-size: ${MIN_PRINT_TEXT_PT}pt; }
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

function party(map: ProcessMap, p: { map?: string; activity?: string; text?: string }, names: NameResolver): string {
  if (p.text) return esc(p.text);
  if (p.activity && (!p.map || p.map === map.id)) return nodeHtml(map, p.activity, names);
  const name = p.map && p.activity ? names.activityName?.(p.map, p.activity) : undefined;
  if (name) return `${esc(name)}${idTag(`${p.map} ${p.activity}`)}`;
  return esc([p.map, p.activity].filter(Boolean).join(' '));
}

/** A list whose items are already HTML. */
function htmlList(items: readonly string[]): string {
  return items.length === 0 ? '' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** Handoff actors are actor ids in a tailored map and free text (key people) in a reference map. */
function actorList(map: ProcessMap, actors: readonly string[] | undefined, names: NameResolver): string {
  return htmlList((actors ?? []).map((actor) => actorLabel(map, actor, names)));
}

function kindTable(map: ProcessMap, name: string, kind: HandoffKind, names: NameResolver): string {
  const modes = Object.entries(kind.modes ?? {})
    .map(([form, list]) => `${form}: ${(list ?? []).join(', ')}`)
    .map((line) => `<li>${esc(line)}</li>`)
    .join('');
  return `<h4>${esc(name.replace(/-/g, ' '))}</h4>\n${rowsOf([
    ['Handoff requirements', list(kind.requirements)],
    ['Written procedures', list(kind.procedures)],
    ['Sending actors', actorList(map, kind.sendingActors, names)],
    ['Receiving actors', actorList(map, kind.receivingActors, names)],
    ['Transmission modes', modes ? `<ul>${modes}</ul>` : ''],
    ['Other', list(kind.other)],
  ])}`;
}

function handoffSection(map: ProcessMap, id: string, handoff: Handoff, names: NameResolver): string {
  const objects = (handoff.objects ?? []).map((o) => `${o.name}${o.description ? ` — ${o.description}` : ''}`);
  const table = rowsOf([
    ['Sending', htmlList(handoff.sending.map((p) => party(map, p, names)))],
    ['Receiving', htmlList(handoff.receiving.map((p) => party(map, p, names)))],
    ['Flows', htmlList((handoff.flows ?? []).map((flowId) => flowHtml(map, flowId, names)))],
    ['Mission / objectives', list(handoff.mission)],
    ['Triggers', list(handoff.triggers)],
    ['Completion criteria', list(handoff.completion)],
    ['Policies and rules', list(handoff.policies)],
    ['General requirements', list(handoff.requirements)],
    ['Objects', list(objects)],
    ['Source', handoff.source ? esc(handoff.source) : ''],
  ]);
  const kinds = Object.entries(handoff.kinds ?? {})
    .map(([name, kind]) => (kind ? kindTable(map, name, kind, names) : ''))
    .join('');
  return `<h3 id="${esc(`${map.id}-handoff-${id}`)}">${esc(handoff.title ?? `Handoff ${id}`)}</h3>\n${table}${kinds}`;
}

function activitiesTable(map: ProcessMap, names: NameResolver): string {
  const rows = Object.entries(map.activities).map(([id, a]) => {
    const lane = a.lane ? laneLabel(map, a.lane, names) : '';
    return `<tr><td>${esc(a.name)}${idTag(id)}</td>${map.lanes ? `<td>${lane}</td>` : ''}<td>${esc(a.summary ?? '')}</td><td>${esc((a.inputs ?? []).join('; '))}</td><td>${esc((a.outputs ?? []).join('; '))}</td></tr>`;
  });
  const laneHead = map.lanes ? '<th scope="col">Lane</th>' : '';
  return `<h3>Activities</h3>\n<table>\n<thead><tr><th scope="col">Activity</th>${laneHead}<th scope="col">Summary</th><th scope="col">Inputs</th><th scope="col">Outputs</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

/** The RACI and handoff matrices, when the map has actors to put in them. */
function matrixSection(map: ProcessMap, names: NameResolver): string {
  const matrices = mapMatrices(map, names);
  return matrices.responsibility.actors.length === 0 ? '' : matrixHtml(matrices, 3);
}

function mapSection(entry: ReportEntry, index: number, page: { width: number; height: number }): string {
  const { map, geometry, svg } = entry;
  const names = entry.names ?? {};
  const source = map.source ? `<p class="meta">Source: ${esc(map.source.citation)}${map.source.figure ? `, ${esc(map.source.figure)}` : ''}</p>\n` : '';
  const summary = map.summary ? `<p>${esc(map.summary)}</p>\n` : '';
  const contentId = `report-diagram-${index + 1}`;
  const inline = withContentId(svg.replace(/^<\?xml[^>]*>\n/, ''), contentId);
  const triggers = Object.entries(map.triggers ?? {});
  const starts = (ids: readonly string[]): string => ids.map((id) => nodeHtml(map, id, names)).join(', ');
  const triggerHtml =
    triggers.length > 0
      ? `<h3>Triggers</h3>\n<ol>\n${triggers.map(([n, t]) => `<li value="${esc(n)}">${esc(t.text)} <span class="meta">(starts ${starts(t.starts)})</span></li>`).join('\n')}\n</ol>\n`
      : '';
  const handoffs = Object.entries(map.handoffs ?? {});
  const handoffHtml = handoffs.length > 0 ? `<h3>Handoffs</h3>\n${handoffs.map(([id, h]) => handoffSection(map, id, h, names)).join('\n')}` : '';
  return [
    `<section id="${esc(`map-${map.id}`)}">`,
    `<h2>${esc(map.title)}</h2>`,
    `<p class="meta">Map ${esc(map.id)} · ${esc(map.kind)}${map.version ? ` · version ${esc(map.version)}` : ''}</p>`,
    source + summary,
    `<figure>\n${inline}<figcaption>${esc(map.title)}: workflow diagram.</figcaption>\n${printTilesHtml(svg, contentId, map.title, page)}\n</figure>`,
    `<h3>Walk-through</h3>\n${walkThrough(map, geometry, names)}`,
    triggerHtml,
    activitiesTable(map, names),
    matrixSection(map, names),
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
  const orientation = options.orientation ?? 'landscape';
  // CSS pages are portrait unless told otherwise, so portrait needs no keyword.
  const size = paper === 'auto' ? (orientation === 'landscape' ? 'landscape' : 'auto') : orientation === 'landscape' ? `${paper} landscape` : paper;
  const page = `@page { size: ${size}; margin: ${PAGE_MARGIN_MM}mm; }`;
  const area = printableArea(paper, orientation);
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
    nav + entries.map((entry, index) => mapSection(entry, index, area)).join('\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
