/**
 * Draws a laid-out map on a PDF surface with vector primitives and real text, from the same
 * `MapGeometry` (and the same sizes, colours and text placement) that `renderSvg` writes as SVG.
 * Coordinates are diagram units; the caller sets the transform that puts them on paper.
 */
import type { EdgeGeometry, MapGeometry, NodeGeometry, PlacedText } from '../layout/geometry';
import { FONTS, SIZES } from '../layout/layoutStyle';
import type { PdfSurface } from './pdfSurface';
import { drawTextLine } from './pdfSurface';
import { baselineOffset } from '../text/measureText';
import { DIAGRAM_COLORS } from './diagramColors';

const { ink: INK, muted: MUTED, laneFill: LANE_FILL, phaseFill: PHASE_FILL, laneHeaderFill } = DIAGRAM_COLORS;
/** Arrowhead length in diagram units (the SVG marker: a 10-unit path drawn at 8 units). */
const ARROW_LENGTH = 8;

function drawText(surface: PdfSurface, text: PlacedText, color: string = INK): void {
  const { block } = text;
  block.lines.forEach((line, i) => drawTextLine(surface, line, text.x, text.y + i * block.lineHeight, block.font, text.align, color));
}

function strokeRect(surface: PdfSurface, x: number, y: number, width: number, height: number, fill: string, stroke: string, lineWidth: number): void {
  surface.lineWidth(lineWidth);
  surface.rect(x, y, width, height);
  surface.fillAndStroke(fill, stroke);
}

function strokeLine(surface: PdfSurface, points: readonly { x: number; y: number }[], color: string, lineWidth: number): void {
  surface.lineWidth(lineWidth);
  surface.strokeColor(color);
  points.forEach((p, i) => (i === 0 ? surface.moveTo(p.x, p.y) : surface.lineTo(p.x, p.y)));
  surface.stroke();
}

function drawArrowhead(surface: PdfSurface, edge: EdgeGeometry): void {
  const tip = edge.points.at(-1)!;
  const before = edge.points.at(-2) ?? tip;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const ux = (tip.x - before.x) / length;
  const uy = (tip.y - before.y) / length;
  const half = ARROW_LENGTH / 2;
  const baseX = tip.x - ux * ARROW_LENGTH;
  const baseY = tip.y - uy * ARROW_LENGTH;
  surface.moveTo(tip.x, tip.y);
  surface.lineTo(baseX - uy * half, baseY + ux * half);
  surface.lineTo(baseX + uy * half, baseY - ux * half);
  surface.closePath();
  surface.fill(INK);
}

function drawBadge(surface: PdfSurface, number: string, cx: number, cy: number): void {
  surface.circle(cx, cy, SIZES.badgeRadius);
  surface.fill(INK);
  // The SVG puts the badge's baseline 0.36 em under the centre; the line box starts one baseline offset higher.
  const font = FONTS.badge;
  drawTextLine(surface, number, cx, cy + font.size * 0.36 - baselineOffset(font), font, 'middle', '#ffffff');
}

function drawNode(surface: PdfSurface, node: NodeGeometry): void {
  const r = SIZES.circleRadius;
  const anchor = node.anchor;
  switch (node.symbol) {
    case 'box':
      surface.lineWidth(1.5);
      surface.roundedRect(node.x, node.y, node.width, node.height, 2);
      surface.fillAndStroke('#ffffff', INK);
      break;
    case 'start-open-circle':
      surface.lineWidth(1.5);
      surface.circle(anchor!.x, anchor!.y, r);
      surface.fillAndStroke('#ffffff', INK);
      break;
    case 'start-filled-circle':
    case 'end-filled-circle':
      surface.circle(anchor!.x, anchor!.y, r);
      surface.fill(INK);
      break;
    case 'end-archive': {
      const x = anchor!.x - SIZES.iconWidth / 2;
      const y = anchor!.y - SIZES.iconHeight / 2;
      const w = SIZES.iconWidth;
      strokeRect(surface, x, y + 6, w, SIZES.iconHeight - 6, '#ffffff', INK, 1.2);
      strokeRect(surface, x - 2, y, w + 4, 6, '#ffffff', INK, 1.2);
      strokeLine(surface, [{ x: x + 6, y: y + 12 }, { x: x + w - 6, y: y + 12 }], INK, 1.2);
      break;
    }
    case 'end-document': {
      const x = anchor!.x - SIZES.iconWidth / 2;
      const y = anchor!.y - SIZES.iconHeight / 2;
      const w = SIZES.iconWidth;
      const h = SIZES.iconHeight;
      surface.lineWidth(1.2);
      surface.moveTo(x, y);
      surface.lineTo(x + w - 6, y);
      surface.lineTo(x + w, y + 6);
      surface.lineTo(x + w, y + h);
      surface.lineTo(x, y + h);
      surface.closePath();
      surface.fillAndStroke('#ffffff', INK);
      for (let k = 0; k < 3; k++) strokeLine(surface, [{ x: x + 4, y: y + 9 + k * 5 }, { x: x + w - 4, y: y + 9 + k * 5 }], MUTED, 1);
      break;
    }
    default:
      break;
  }
  if (node.text) drawText(surface, node.text);
  for (const badge of node.triggers) drawBadge(surface, badge.number, badge.center.x, badge.center.y);
}

/** Draws the whole map in diagram units: bands, lanes, groups, flows, nodes, trigger notes and title. */
export function drawPdfMap(surface: PdfSurface, geometry: MapGeometry): void {
  surface.rect(0, 0, geometry.width, geometry.height);
  surface.fill('#ffffff');
  geometry.phases.forEach((phase, i) => {
    surface.rect(phase.x, phase.y, phase.width, phase.height);
    surface.fill(PHASE_FILL[i % 2]!);
    drawText(surface, phase.label);
  });
  geometry.lanes.forEach((lane, i) => {
    const fill = geometry.phases.length > 0 ? undefined : LANE_FILL[i % 2]!;
    surface.lineWidth(1);
    surface.rect(lane.x, lane.y, lane.width, lane.height);
    if (fill) surface.fillAndStroke(fill, MUTED);
    else {
      surface.strokeColor(MUTED);
      surface.stroke();
    }
    strokeRect(surface, lane.header.x, lane.header.y, lane.header.width, lane.header.height, laneHeaderFill, MUTED, 1);
    drawText(surface, lane.label);
  });
  for (const group of geometry.groups) {
    surface.dash(6, { space: 4 });
    surface.lineWidth(1.2);
    surface.strokeColor(INK);
    surface.roundedRect(group.x, group.y, group.width, group.height, 4);
    surface.stroke();
    surface.undash();
    if (group.label) drawText(surface, group.label, MUTED);
  }
  for (const edge of geometry.edges) {
    strokeLine(surface, edge.points, INK, 1.3);
    if (edge.arrow) drawArrowhead(surface, edge);
    for (const fork of edge.forks) {
      surface.circle(fork.x, fork.y, 2.5);
      surface.fill(INK);
    }
    if (edge.label?.condition) drawText(surface, edge.label.condition);
    if (edge.label?.outputs) drawText(surface, edge.label.outputs);
  }
  for (const node of geometry.nodes) drawNode(surface, node);
  if (geometry.triggerPanel) {
    for (const note of geometry.triggerNotes) {
      const cx = note.x + SIZES.badgeRadius;
      const cy = note.y + Math.min(note.height, note.text.block.lineHeight) / 2;
      drawBadge(surface, note.number, cx, cy);
      drawText(surface, note.text);
    }
  }
  drawText(surface, geometry.title);
}
