/**
 * Renders a laid-out map as a standalone SVG: deterministic, pretty-printed one element per line so
 * that exports diff well, text as plain `<text>` lines (no `<foreignObject>`), every string escaped,
 * no scripts or event attributes, `<title>`/`<desc>` and `data-id`/`data-kind` for tools and
 * screen readers.
 */
import type { ProcessMap } from '../model/schema';
import type { EdgeGeometry, MapGeometry, NodeGeometry, PlacedText } from '../layout/geometry';
import { FONTS, SIZES } from '../layout/layoutStyle';
import { FONT_FAMILY, baselineOffset } from '../text/measureText';
import { DIAGRAM_COLORS } from './diagramColors';
import { handoffMarks, writeHandoffMarks } from './handoffMarks';
import { XmlWriter, attr, num } from './xmlWriter';

const { ink: INK, muted: MUTED, laneFill: LANE_FILL, phaseFill: PHASE_FILL, laneHeaderFill: LANE_HEADER_FILL } = DIAGRAM_COLORS;

export interface SvgOptions {
  /** Id prefix for the elements referenced inside the SVG (for several SVGs in one HTML page). */
  readonly idPrefix?: string;
  /** Draws a mark on each cross-lane line: the handoff's mechanism, or a warning when none is described. */
  readonly handoffMarks?: boolean;
}

/** Writes the lines of a placed text block as `<text>` elements. */
function writeText(out: XmlWriter, text: PlacedText, fill?: string): void {
  const { block } = text;
  const base = baselineOffset(block.font);
  const anchor = text.align === 'start' ? undefined : text.align;
  const weight = block.font.face === 'bold' ? 'bold' : undefined;
  const style = block.font.face === 'italic' ? 'italic' : undefined;
  // Attributes shared by every line of the block, built once.
  const common = attr('font-size', block.font.size) + attr('font-weight', weight) + attr('font-style', style) + attr('text-anchor', anchor) + attr('fill', fill);
  const x = attr('x', text.x);
  block.lines.forEach((line, i) => {
    out.leaf('text', x + attr('y', text.y + i * block.lineHeight + base) + common, line);
  });
}

function pathOf(edge: EdgeGeometry): string {
  return edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
}

/** Plain-language description of the whole map for `<desc>`. */
function describe(map: ProcessMap): string {
  const activities = Object.keys(map.activities).length;
  const lanes = Object.keys(map.lanes ?? {}).length;
  const flows = Object.keys(map.flows ?? {}).length;
  const parts = [`${activities} activities`, `${flows} flows`];
  if (lanes > 0) parts.push(`${lanes} lanes`);
  const summary = map.summary ? `${map.summary} ` : '';
  return `${summary}Process map ${map.id} (${map.kind}): ${parts.join(', ')}.`;
}

function writeNode(out: XmlWriter, node: NodeGeometry): void {
  out.open('g', attr('data-id', node.id) + attr('data-kind', node.kind) + attr('data-symbol', node.symbol));
  out.leaf('title', '', node.title);
  const r = SIZES.circleRadius;
  switch (node.symbol) {
    case 'box':
      out.leaf('rect', attr('x', node.x) + attr('y', node.y) + attr('width', node.width) + attr('height', node.height) + attr('rx', 2) + attr('fill', '#ffffff') + attr('stroke', INK) + attr('stroke-width', 1.5));
      break;
    case 'start-open-circle':
      out.leaf('circle', attr('cx', node.anchor!.x) + attr('cy', node.anchor!.y) + attr('r', r) + attr('fill', '#ffffff') + attr('stroke', INK) + attr('stroke-width', 1.5));
      break;
    case 'start-filled-circle':
    case 'end-filled-circle':
      out.leaf('circle', attr('cx', node.anchor!.x) + attr('cy', node.anchor!.y) + attr('r', r) + attr('fill', INK));
      break;
    case 'end-archive': {
      const x = node.anchor!.x - SIZES.iconWidth / 2;
      const y = node.anchor!.y - SIZES.iconHeight / 2;
      const w = SIZES.iconWidth;
      const h = SIZES.iconHeight;
      out.leaf('rect', attr('x', x) + attr('y', y + 6) + attr('width', w) + attr('height', h - 6) + attr('fill', '#ffffff') + attr('stroke', INK) + attr('stroke-width', 1.2));
      out.leaf('rect', attr('x', x - 2) + attr('y', y) + attr('width', w + 4) + attr('height', 6) + attr('fill', '#ffffff') + attr('stroke', INK) + attr('stroke-width', 1.2));
      out.leaf('path', attr('d', `M${num(x + 6)} ${num(y + 12)} L${num(x + w - 6)} ${num(y + 12)}`) + attr('stroke', INK) + attr('stroke-width', 1.2) + attr('fill', 'none'));
      break;
    }
    case 'end-document': {
      const x = node.anchor!.x - SIZES.iconWidth / 2;
      const y = node.anchor!.y - SIZES.iconHeight / 2;
      const w = SIZES.iconWidth;
      const h = SIZES.iconHeight;
      const d = `M${num(x)} ${num(y)} L${num(x + w - 6)} ${num(y)} L${num(x + w)} ${num(y + 6)} L${num(x + w)} ${num(y + h)} L${num(x)} ${num(y + h)} Z`;
      out.leaf('path', attr('d', d) + attr('fill', '#ffffff') + attr('stroke', INK) + attr('stroke-width', 1.2));
      for (let k = 0; k < 3; k++) {
        const ly = y + 9 + k * 5;
        out.leaf('path', attr('d', `M${num(x + 4)} ${num(ly)} L${num(x + w - 4)} ${num(ly)}`) + attr('stroke', MUTED) + attr('stroke-width', 1) + attr('fill', 'none'));
      }
      break;
    }
    default:
      break;
  }
  if (node.text) writeText(out, node.text);
  for (const badge of node.triggers) {
    out.leaf('circle', attr('cx', badge.center.x) + attr('cy', badge.center.y) + attr('r', SIZES.badgeRadius) + attr('fill', INK));
    out.leaf(
      'text',
      attr('x', badge.center.x) + attr('y', badge.center.y + FONTS.badge.size * 0.36) + attr('font-size', FONTS.badge.size) + attr('font-weight', 'bold') + attr('text-anchor', 'middle') + attr('fill', '#ffffff'),
      badge.number,
    );
  }
  out.close();
}

/** Renders the SVG document for a map and its geometry. */
export function renderSvg(map: ProcessMap, geometry: MapGeometry, options: SvgOptions = {}): string {
  const prefix = options.idPrefix ?? 'swl';
  const markerId = `${prefix}-arrow`;
  const out = new XmlWriter();
  out.raw('<?xml version="1.0" encoding="UTF-8"?>');
  out.open('svg', attr('xmlns', 'http://www.w3.org/2000/svg') +
        attr('width', geometry.width) +
        attr('height', geometry.height) +
        attr('viewBox', `0 0 ${num(geometry.width)} ${num(geometry.height)}`) +
        attr('role', 'img') +
        attr('aria-labelledby', `${prefix}-title ${prefix}-desc`) +
        attr('font-family', FONT_FAMILY) +
        attr('fill', INK) +
        attr('data-map', map.id));
  out.leaf('title', attr('id', `${prefix}-title`), map.title);
  out.leaf('desc', attr('id', `${prefix}-desc`), describe(map));
  out.open('defs');
  out.open('marker', attr('id', markerId) + attr('viewBox', '0 0 10 10') + attr('refX', 10) + attr('refY', 5) + attr('markerWidth', 8) + attr('markerHeight', 8) + attr('orient', 'auto') + attr('markerUnits', 'userSpaceOnUse'));
  out.leaf('path', attr('d', 'M0 0 L10 5 L0 10 Z') + attr('fill', INK));
  out.close();
  out.close();
  out.leaf('rect', attr('x', 0) + attr('y', 0) + attr('width', geometry.width) + attr('height', geometry.height) + attr('fill', '#ffffff'));

  if (geometry.phases.length > 0) {
    out.open('g', attr('data-kind', 'phases'));
    geometry.phases.forEach((phase, i) => {
      out.open('g', attr('data-id', phase.id) + attr('data-kind', 'phase'));
      out.leaf('title', '', `Phase: ${phase.title}`);
      out.leaf('rect', attr('x', phase.x) + attr('y', phase.y) + attr('width', phase.width) + attr('height', phase.height) + attr('fill', PHASE_FILL[i % 2]!));
      writeText(out, phase.label);
      out.close();
    });
    out.close();
  }

  if (geometry.lanes.length > 0) {
    out.open('g', attr('data-kind', 'lanes'));
    geometry.lanes.forEach((lane, i) => {
      out.open('g', attr('data-id', lane.id) + attr('data-kind', 'lane'));
      out.leaf('title', '', `Lane: ${lane.title}`);
      const fill = geometry.phases.length > 0 ? 'none' : LANE_FILL[i % 2]!;
      out.leaf('rect', attr('x', lane.x) + attr('y', lane.y) + attr('width', lane.width) + attr('height', lane.height) + attr('fill', fill) + attr('stroke', MUTED) + attr('stroke-width', 1));
      out.leaf('rect', attr('x', lane.header.x) + attr('y', lane.header.y) + attr('width', lane.header.width) + attr('height', lane.header.height) + attr('fill', LANE_HEADER_FILL) + attr('stroke', MUTED) + attr('stroke-width', 1));
      writeText(out, lane.label);
      out.close();
    });
    out.close();
  }

  if (geometry.groups.length > 0) {
    out.open('g', attr('data-kind', 'groups'));
    for (const group of geometry.groups) {
      out.open('g', attr('data-id', group.id) + attr('data-kind', 'group'));
      out.leaf('title', '', `Coordination: ${group.title}`);
      out.leaf('rect', attr('x', group.x) + attr('y', group.y) + attr('width', group.width) + attr('height', group.height) + attr('rx', 4) + attr('fill', 'none') + attr('stroke', INK) + attr('stroke-width', 1.2) + attr('stroke-dasharray', '6 4'));
      if (group.label) writeText(out, group.label, MUTED);
      out.close();
    }
    out.close();
  }

  const handoffsOfFlow = new Map<string, string[]>();
  for (const [id, handoff] of Object.entries(map.handoffs ?? {})) {
    for (const flow of handoff.flows ?? []) handoffsOfFlow.set(flow, [...(handoffsOfFlow.get(flow) ?? []), id]);
  }
  out.open('g', attr('data-kind', 'flows'));
  for (const edge of geometry.edges) {
    const flow = map.flows?.[edge.id];
    const handoffs = handoffsOfFlow.get(edge.id);
    out.open('g', attr('data-id', edge.id) + attr('data-kind', 'flow') + attr('data-from', edge.from) + attr('data-to', edge.to) + attr('data-handoffs', handoffs?.join(' ')));
    const what = flow?.outputs?.length ? `: ${flow.outputs.join(', ')}` : '';
    const when = flow?.condition ? ` (${flow.condition})` : '';
    out.leaf('title', '', `Flow from ${edge.from} to ${edge.to}${what}${when}`);
    out.leaf('path', attr('d', pathOf(edge)) + attr('fill', 'none') + attr('stroke', INK) + attr('stroke-width', 1.3) + attr('marker-end', edge.arrow ? `url(#${markerId})` : undefined));
    for (const fork of edge.forks) out.leaf('circle', attr('cx', fork.x) + attr('cy', fork.y) + attr('r', 2.5) + attr('fill', INK));
    if (edge.label?.condition) writeText(out, edge.label.condition);
    if (edge.label?.outputs) writeText(out, edge.label.outputs);
    out.close();
  }
  out.close();

  out.open('g', attr('data-kind', 'nodes'));
  for (const node of geometry.nodes) writeNode(out, node);
  out.close();
  if (options.handoffMarks) writeHandoffMarks(out, handoffMarks(map, geometry));

  const handoffs = Object.entries(map.handoffs ?? {});
  if (handoffs.length > 0) {
    out.open('g', attr('data-kind', 'handoffs'));
    for (const [id, handoff] of handoffs) {
      out.open('g', attr('data-id', id) + attr('data-kind', 'handoff') + attr('data-flows', handoff.flows?.join(' ')));
      out.leaf('title', '', handoff.title ?? `Handoff ${id}`);
      out.close();
    }
    out.close();
  }

  if (geometry.triggerNotes.length > 0 && geometry.triggerPanel) {
    out.open('g', attr('data-kind', 'triggers'));
    for (const note of geometry.triggerNotes) {
      out.open('g', attr('data-id', note.number) + attr('data-kind', 'trigger'));
      const cx = note.x + SIZES.badgeRadius;
      const cy = note.y + Math.min(note.height, note.text.block.lineHeight) / 2;
      out.leaf('circle', attr('cx', cx) + attr('cy', cy) + attr('r', SIZES.badgeRadius) + attr('fill', INK));
      out.leaf('text', attr('x', cx) + attr('y', cy + FONTS.badge.size * 0.36) + attr('font-size', FONTS.badge.size) + attr('font-weight', 'bold') + attr('text-anchor', 'middle') + attr('fill', '#ffffff'), note.number);
      writeText(out, note.text);
      out.close();
    }
    out.close();
  }

  writeText(out, geometry.title);
  out.close();
  return out.toString();
}
