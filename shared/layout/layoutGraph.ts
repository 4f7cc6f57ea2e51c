/**
 * Turns a map into the graph the lane-grid layout works on: nodes with their measured sizes and
 * symbols, flows with measured labels, lanes, phases and coordination groups, all by index.
 */
import type { ProcessMap } from '../model/schema';
import { layoutText, measureText } from '../text/measureText';
import type { TextBlock } from '../text/measureText';
import type { NodeSymbol, Point } from './geometry';
import { activityLabel } from './activityLabel';
import { FONTS, SIZES } from './layoutStyle';

/** Looks up display names in other maps of the workspace (e.g. "Triage Events" for T/T1). */
export interface NameResolver {
  activityName?: (mapId: string, activityId: string) => string | undefined;
  actorName?: (actorId: string) => string | undefined;
}

/** Where the node's text sits relative to its box. */
export type TextPlacement = 'center' | 'left' | 'right' | 'below-icon';

export interface LNode {
  readonly id: string;
  readonly index: number;
  /** `anchor`: where flows into or out of a dashed coordination box meet its border (not drawn). */
  readonly kind: 'activity' | 'initiation' | 'termination' | 'anchor';
  readonly symbol: NodeSymbol;
  lane: number;
  readonly phase: number | undefined;
  readonly group: number | undefined;
  readonly width: number;
  /** Height before ports are fitted; activities grow when many labelled lines meet them. */
  readonly baseHeight: number;
  readonly text: TextBlock | undefined;
  readonly textPlacement: TextPlacement;
  /** Circle or icon centre, relative to the node's top-left corner. */
  readonly anchor: Point | undefined;
  /** Offset of the single port of a start or end node (activities have several). */
  readonly portOffset: number;
  readonly triggers: string[];
  readonly title: string;
  readonly hintColumn: number | undefined;
  readonly hintOrder: number | undefined;
  readonly pinned: Point | undefined;
}

export interface LLabel {
  readonly condition: TextBlock | undefined;
  readonly outputs: TextBlock | undefined;
  readonly width: number;
  readonly height: number;
}

export interface LEdge {
  readonly id: string;
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly label: LLabel | undefined;
  readonly inputFork: string | undefined;
  readonly outputFork: string | undefined;
}

export interface LLane {
  readonly id: string | undefined;
  readonly title: string;
  readonly label: TextBlock | undefined;
}

export interface LGroup {
  readonly id: string;
  readonly title: string;
  readonly label: TextBlock | undefined;
  /** Node indices of all members (drawn), whether or not the group is their layout group. */
  readonly members: number[];
}

export interface LGraph {
  readonly nodes: LNode[];
  readonly edges: LEdge[];
  /** Layering-only links (node index pairs): a box's entry anchor before its members, its exit after. */
  readonly constraints: { readonly from: number; readonly to: number }[];
  readonly lanes: LLane[];
  readonly hasLanes: boolean;
  /** Width of the lane header column: wide enough for the longest word of any lane title. */
  readonly laneHeaderWidth: number;
  readonly phases: { readonly id: string; readonly title: string; readonly label: TextBlock }[];
  readonly groups: LGroup[];
  readonly title: TextBlock;
}

function measureLabel(outputs: readonly string[] | undefined, condition: string | undefined): LLabel | undefined {
  const cond = condition ? layoutText(condition, SIZES.labelWidth, FONTS.condition) : undefined;
  const outs = outputs && outputs.length > 0 ? layoutText(outputs.join('\n'), SIZES.labelWidth, FONTS.output) : undefined;
  if (!cond && !outs) return undefined;
  return {
    condition: cond,
    outputs: outs,
    width: Math.max(cond?.width ?? 0, outs?.width ?? 0),
    height: (cond?.height ?? 0) + (outs?.height ?? 0),
  };
}

interface Shape {
  symbol: NodeSymbol;
  width: number;
  height: number;
  text: TextBlock | undefined;
  textPlacement: TextPlacement;
  anchor: Point | undefined;
  portOffset: number;
}

/** A circle with text on one side: `left` for initiations (line leaves to the right), `right` for terminations. */
function circleShape(symbol: NodeSymbol, text: string, side: 'left' | 'right'): Shape {
  const block = layoutText(text, SIZES.terminalTextWidth, FONTS.terminal);
  const r = SIZES.circleRadius;
  const height = Math.max(2 * r, block.height);
  const width = block.width + 4 + 2 * r;
  const anchor = side === 'left' ? { x: width - r, y: height / 2 } : { x: r, y: height / 2 };
  return { symbol, width, height, text: block, textPlacement: side, anchor, portOffset: Math.round(height / 2) };
}

function textShape(symbol: NodeSymbol, text: string | undefined, side: 'left' | 'right'): Shape {
  if (!text) return { symbol, width: SIZES.stubLength, height: 2, text: undefined, textPlacement: side, anchor: undefined, portOffset: 1 };
  const block = layoutText(text, SIZES.terminalTextWidth, FONTS.terminal);
  return { symbol, width: block.width + 6, height: block.height, text: block, textPlacement: side, anchor: undefined, portOffset: Math.round(block.height / 2) };
}

function iconShape(symbol: NodeSymbol, text: string | undefined): Shape {
  const block = text ? layoutText(text, SIZES.terminalTextWidth, FONTS.terminal) : undefined;
  const width = Math.max(SIZES.iconWidth, block?.width ?? 0);
  const height = SIZES.iconHeight + (block ? 2 + block.height : 0);
  const anchor = { x: width / 2, y: SIZES.iconHeight / 2 };
  return { symbol, width, height, text: block, textPlacement: 'below-icon', anchor, portOffset: SIZES.iconHeight / 2 };
}

/** Builds the layout graph of a map. Flows naming unknown nodes are left out (validation reports them). */
export function buildLayoutGraph(map: ProcessMap, names: NameResolver = {}): LGraph {
  const laneIds = Object.keys(map.lanes ?? {});
  const hasLanes = laneIds.length > 0;
  const laneTitles = laneIds.map((id) => {
    const lane = map.lanes![id]!;
    return lane.label ?? map.actors?.[lane.actor]?.name ?? names.actorName?.(lane.actor) ?? lane.actor;
  });
  // Headers widen (up to a limit) so that no word of a lane title has to be broken.
  const longestWord = Math.max(0, ...laneTitles.flatMap((title) => title.split(/\s+/).map((word) => measureText(word, FONTS.lane))));
  const laneHeaderWidth = Math.ceil(Math.min(SIZES.laneHeaderMaxWidth, Math.max(SIZES.laneHeaderWidth, longestWord + 16)));
  const lanes: LLane[] = laneIds.map((id, i) => ({ id, title: laneTitles[i]!, label: layoutText(laneTitles[i]!, laneHeaderWidth - 16, FONTS.lane) }));
  const laneIndex = new Map(laneIds.map((id, i) => [id, i]));
  let unassignedLane: number | undefined;
  const laneOf = (laneId: string | undefined): number => {
    if (!hasLanes) return 0;
    const index = laneId === undefined ? undefined : laneIndex.get(laneId);
    if (index !== undefined) return index;
    if (unassignedLane === undefined) {
      unassignedLane = lanes.length;
      lanes.push({ id: undefined, title: '(no lane)', label: layoutText('(no lane)', laneHeaderWidth - 16, FONTS.lane) });
    }
    return unassignedLane;
  };
  if (!hasLanes) lanes.push({ id: undefined, title: '', label: undefined });

  const phaseIds = Object.keys(map.phases ?? {});
  const phaseIndex = new Map(phaseIds.map((id, i) => [id, i]));
  const phases = phaseIds.map((id) => ({ id, title: map.phases![id]!.name, label: layoutText(map.phases![id]!.name, SIZES.activityWidth, FONTS.phase) }));

  const groupIds = Object.keys(map.groups ?? {});
  const firstGroup = new Map<string, number>();
  groupIds.forEach((gid, g) => {
    for (const member of map.groups![gid]!.members) if (!firstGroup.has(member)) firstGroup.set(member, g);
  });

  const triggersOf = new Map<string, string[]>();
  for (const [number, trigger] of Object.entries(map.triggers ?? {})) {
    for (const id of trigger.starts) triggersOf.set(id, [...(triggersOf.get(id) ?? []), number]);
  }

  const hints = map.layout?.hints ?? {};
  const pinned = map.layout?.pinned ?? {};
  const nodes: LNode[] = [];
  const add = (id: string, kind: LNode['kind'], shape: Shape, lane: number, phase: number | undefined, group: number | undefined, title: string): void => {
    nodes.push({
      id,
      index: nodes.length,
      kind,
      symbol: shape.symbol,
      lane,
      phase,
      group,
      width: shape.width,
      baseHeight: shape.height,
      text: shape.text,
      textPlacement: shape.textPlacement,
      anchor: shape.anchor,
      portOffset: shape.portOffset,
      triggers: triggersOf.get(id) ?? [],
      title,
      hintColumn: hints[id]?.column,
      hintOrder: hints[id]?.order,
      pinned: pinned[id],
    });
  };

  const referenceLabel = (mapId: string | undefined, activityId: string): string => {
    const local = mapId === undefined || mapId === map.id ? map.activities[activityId]?.name : undefined;
    const name = local ?? (mapId ? names.activityName?.(mapId, activityId) : undefined);
    if (name) return activityLabel(activityId, name);
    return mapId && mapId !== map.id && !activityId.startsWith(mapId) ? `${mapId} ${activityId}` : activityId;
  };

  for (const [id, init] of Object.entries(map.initiations ?? {})) {
    let shape: Shape;
    if (init.kind === 'outside') shape = textShape('start-plain', init.text, 'left');
    else if (init.kind === 'any') shape = circleShape('start-open-circle', init.text, 'left');
    else shape = circleShape('start-filled-circle', init.text ?? `From ${referenceLabel(init.map, init.activity)}`, 'left');
    add(id, 'initiation', shape, 0, undefined, undefined, shape.text ? shape.text.lines.join(' ') : 'Input from outside the process');
  }
  for (const [id, activity] of Object.entries(map.activities)) {
    const label = activityLabel(id, activity.name);
    const hasBadges = triggersOf.has(id);
    const text = layoutText(label, SIZES.activityWidth - 2 * SIZES.activityPadding, FONTS.activity);
    const height = Math.max(SIZES.activityMinHeight, text.height + 2 * SIZES.activityPadding + (hasBadges ? SIZES.badgeRow : 0));
    const shape: Shape = { symbol: 'box', width: SIZES.activityWidth, height, text, textPlacement: 'center', anchor: undefined, portOffset: Math.round(height / 2) };
    const phase = activity.phase === undefined ? undefined : phaseIndex.get(activity.phase);
    add(id, 'activity', shape, laneOf(activity.lane), phase, firstGroup.get(id), label);
  }
  for (const [id, term] of Object.entries(map.terminations ?? {})) {
    let shape: Shape;
    if (term.kind === 'end') shape = textShape('end-plain', undefined, 'right');
    else if (term.kind === 'icon') shape = iconShape(term.icon === 'archive' ? 'end-archive' : 'end-document', term.text);
    else if (term.kind === 'label') shape = textShape('end-label', term.text, 'right');
    else shape = circleShape('end-filled-circle', term.text ?? `To ${referenceLabel(term.map, term.activity)}`, 'right');
    const title = term.kind === 'end' ? 'End of the workflow' : term.kind === 'icon' ? `${term.icon}${term.text ? `: ${term.text}` : ''}` : shape.text!.lines.join(' ');
    add(id, 'termination', shape, 0, undefined, undefined, title);
  }

  const byId = new Map(nodes.map((n) => [n.id, n.index]));
  const memberIndices = (gid: string): number[] =>
    map.groups![gid]!.members.map((m) => byId.get(m)).filter((n): n is number => n !== undefined && nodes[n]!.kind === 'activity');

  // Flows may start or end at a dashed box: they meet its border at an anchor inside the box.
  const constraints: { from: number; to: number }[] = [];
  const anchors = new Map<string, number>();
  const anchorOf = (gid: string, side: 'in' | 'out'): number | undefined => {
    const key = `${side}:${gid}`;
    const known = anchors.get(key);
    if (known !== undefined) return known;
    const members = memberIndices(gid);
    if (members.length === 0) return undefined;
    const shape: Shape = { symbol: 'box', width: 0, height: 0, text: undefined, textPlacement: 'center', anchor: undefined, portOffset: 0 };
    add(gid, 'anchor', shape, nodes[members[0]!]!.lane, undefined, groupIds.indexOf(gid), map.groups![gid]!.label ?? gid);
    const index = nodes.length - 1;
    anchors.set(key, index);
    for (const m of members) constraints.push(side === 'in' ? { from: index, to: m } : { from: m, to: index });
    return index;
  };
  // A box's entry anchor is its left border, its exit anchor its right border. A flow from a
  // member to its own box goes to the right border; a flow from a box to its own member leaves
  // from the left border.
  const endpoint = (id: string, other: string, side: 'from' | 'to'): number | undefined => {
    const known = byId.get(id);
    if (known !== undefined || !map.groups?.[id]) return known;
    const inside = map.groups[id]!.members.includes(other);
    return anchorOf(id, side === 'to' ? (inside ? 'out' : 'in') : inside ? 'in' : 'out');
  };

  const edges: LEdge[] = [];
  for (const [id, flow] of Object.entries(map.flows ?? {})) {
    const from = endpoint(flow.from, flow.to, 'from');
    const to = endpoint(flow.to, flow.from, 'to');
    if (from === undefined || to === undefined) continue;
    edges.push({
      id,
      index: edges.length,
      from,
      to,
      label: measureLabel(flow.outputs, flow.condition),
      inputFork: flow.inputFork,
      outputFork: flow.outputFork,
    });
  }

  // Start and end nodes sit in the lane of the first activity (or box) they connect to.
  const isStartOrEnd = (n: LNode): boolean => n.kind === 'initiation' || n.kind === 'termination';
  for (const node of nodes) {
    if (!isStartOrEnd(node)) continue;
    const edge = edges.find((e) => (e.from === node.index && !isStartOrEnd(nodes[e.to]!)) || (e.to === node.index && !isStartOrEnd(nodes[e.from]!)));
    if (edge) node.lane = nodes[edge.from === node.index ? edge.to : edge.from]!.lane;
    else if (hasLanes) node.lane = 0;
  }

  const groups: LGroup[] = groupIds.map((id) => {
    const group = map.groups![id]!;
    return {
      id,
      title: group.label ?? id,
      label: group.label ? layoutText(group.label, SIZES.activityWidth, FONTS.group) : undefined,
      members: memberIndices(id),
    };
  });

  return { nodes, edges, constraints, lanes, hasLanes, laneHeaderWidth, phases, groups, title: layoutText(map.title, 900, FONTS.title) };
}
