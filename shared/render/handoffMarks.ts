/**
 * Handoff marks: a small mark on each line that crosses lanes. A described handoff shows its
 * transmission mode and mechanism, with a tooltip of who sends, who receives and by what; a
 * crossing no complete handoff describes shows the warning mark. Computed as data, so the canvas
 * and the SVG export draw the same marks.
 */
import type { EdgeGeometry, MapGeometry, Point } from '../layout/geometry';
import { isCrossLaneFlow } from '../model/mapQueries';
import type { Actor, Handoff, ProcessMap } from '../model/schema';
import { isHandoffComplete } from '../rules/handoff-without-description';
import { attr, type XmlWriter } from './xmlWriter';

export type HandoffMarkStatus = 'described' | 'undescribed';
export type HandoffMode = 'verbal' | 'electronic' | 'physical';

export interface HandoffMark {
  readonly flow: string;
  /** The complete handoff describing the flow, when there is one. */
  readonly handoff?: string;
  readonly status: HandoffMarkStatus;
  readonly center: Point;
  readonly radius: number;
  /** The first mode with a mechanism (the mark's icon), absent on a warning. */
  readonly mode?: HandoffMode;
  /** One letter drawn in the mark: V, E, P, or ! for the warning. */
  readonly glyph: string;
  /** Short mechanism label beside the mark, e.g. "Email". */
  readonly label?: string;
  /** Hover text: actors and modes, or what is missing. */
  readonly tooltip: string;
}

export const HANDOFF_MARK_RADIUS = 7;
const GLYPHS: Readonly<Record<HandoffMode, string>> = { verbal: 'V', electronic: 'E', physical: 'P' };
const MODES: readonly HandoffMode[] = ['verbal', 'electronic', 'physical'];

/** The point halfway along a polyline (by length), where a mark sits clear of both ends. */
export function midpointOf(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((point, index) => Math.hypot(point.x - points[index]!.x, point.y - points[index]!.y));
  let remaining = lengths.reduce((sum, length) => sum + length, 0) / 2;
  for (let index = 0; index < lengths.length; index++) {
    const length = lengths[index]!;
    if (remaining <= length && length > 0) {
      const from = points[index]!;
      const to = points[index + 1]!;
      const share = remaining / length;
      return { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share };
    }
    remaining -= length;
  }
  return points[0] ?? { x: 0, y: 0 };
}

function names(ids: readonly string[] | undefined, actors: ReadonlyMap<string, Actor>): string {
  return (ids ?? []).map((id) => actors.get(id)?.name ?? id).join(', ') || '?';
}

/** "Help desk → SOC analysts; electronic: Email, Ticket" for each complete kind of the handoff. */
function describeHandoff(id: string, handoff: Handoff, actors: ReadonlyMap<string, Actor>): string {
  const kinds = Object.entries(handoff.kinds ?? {}).flatMap(([kindName, kind]) => {
    if (!kind) return [];
    const modes = MODES.filter((mode) => (kind.modes?.[mode]?.length ?? 0) > 0).map((mode) => `${mode}: ${kind.modes![mode]!.join(', ')}`);
    return [`${kindName}: ${names(kind.sendingActors, actors)} → ${names(kind.receivingActors, actors)}${modes.length ? `; ${modes.join('; ')}` : ''}`];
  });
  return [`Handoff ${handoff.title ?? id}`, ...kinds].join('\n');
}

function firstMechanism(handoff: Handoff): { mode: HandoffMode; mechanism: string } | undefined {
  for (const kind of Object.values(handoff.kinds ?? {})) {
    for (const mode of MODES) {
      const mechanism = kind?.modes?.[mode]?.[0];
      if (mechanism !== undefined) return { mode, mechanism };
    }
  }
  return undefined;
}

/** The marks of every drawn cross-lane flow of `map`. */
export function handoffMarks(map: ProcessMap, geometry: MapGeometry, actors: ReadonlyMap<string, Actor> = new Map(Object.entries(map.actors ?? {}))): HandoffMark[] {
  const handoffsOfFlow = new Map<string, string[]>();
  for (const [id, handoff] of Object.entries(map.handoffs ?? {})) for (const flow of handoff.flows ?? []) handoffsOfFlow.set(flow, [...(handoffsOfFlow.get(flow) ?? []), id]);
  const marks: HandoffMark[] = [];
  for (const edge of geometry.edges as readonly EdgeGeometry[]) {
    const flow = map.flows?.[edge.id];
    if (!flow || !isCrossLaneFlow(map, flow) || edge.points.length < 2) continue;
    const center = midpointOf(edge.points);
    const complete = (handoffsOfFlow.get(edge.id) ?? []).find((id) => isHandoffComplete(map.handoffs![id]!));
    if (complete === undefined) {
      const from = map.activities[flow.from]!.lane;
      const to = map.activities[flow.to]!.lane;
      marks.push({ flow: edge.id, status: 'undescribed', center, radius: HANDOFF_MARK_RADIUS, glyph: '!', tooltip: `Undescribed handoff from lane ${from} to lane ${to}: name the sending and receiving actors and a mechanism` });
      continue;
    }
    const handoff = map.handoffs![complete]!;
    const first = firstMechanism(handoff)!;
    marks.push({ flow: edge.id, handoff: complete, status: 'described', center, radius: HANDOFF_MARK_RADIUS, mode: first.mode, glyph: GLYPHS[first.mode], label: first.mechanism, tooltip: describeHandoff(complete, handoff, actors) });
  }
  return marks;
}

/** Draws the marks into an SVG document (a group of circles with their glyphs, labels and tooltips). */
export function writeHandoffMarks(out: XmlWriter, marks: readonly HandoffMark[]): void {
  if (marks.length === 0) return;
  out.open('g', attr('data-kind', 'handoff-marks'));
  for (const mark of marks) {
    const isWarning = mark.status === 'undescribed';
    out.open('g', attr('data-kind', 'handoff-mark') + attr('data-flow', mark.flow) + attr('data-handoff', mark.handoff) + attr('data-status', mark.status));
    out.leaf('title', '', mark.tooltip);
    out.leaf('circle', attr('cx', mark.center.x) + attr('cy', mark.center.y) + attr('r', mark.radius) + attr('fill', isWarning ? '#fff8c5' : '#ffffff') + attr('stroke', isWarning ? '#9a6700' : '#0969da') + attr('stroke-width', 1.3));
    out.leaf('text', attr('x', mark.center.x) + attr('y', mark.center.y + 3.5) + attr('font-size', 10) + attr('font-weight', 'bold') + attr('text-anchor', 'middle') + attr('fill', isWarning ? '#9a6700' : '#0969da'), mark.glyph);
    if (mark.label) out.leaf('text', attr('x', mark.center.x + mark.radius + 3) + attr('y', mark.center.y + 3.5) + attr('font-size', 9) + attr('fill', '#0969da'), mark.label);
    out.close();
  }
  out.close();
}
