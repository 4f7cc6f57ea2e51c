/**
 * Lays out a process map as a swimlane diagram in the notation of the CERT report (Table 3):
 * lanes stacked in map order, flow left to right, phases as columns, dashed coordination boxes,
 * start and end symbols, labelled orthogonal lines and numbered trigger notes.
 */
import type { ProcessMap } from '../model/schema';
import { layoutText } from '../text/measureText';
import { assignColumns } from './columns';
import type { EdgeGeometry, GroupGeometry, LaneGeometry, MapGeometry, NodeGeometry, PhaseGeometry, PlacedText, TriggerNoteGeometry } from './geometry';
import { buildLaneGrid } from './laneGrid';
import type { Item } from './laneGrid';
import { buildLayoutGraph } from './layoutGraph';
import type { LGraph, LNode, NameResolver } from './layoutGraph';
import { FONTS, SIZES } from './layoutStyle';
import { placeItems } from './placement';
import { assignCorridors, routeEdges } from './routing';

export interface LayoutOptions extends NameResolver {
  /** Use `layout.hints` of the map (default true). */
  readonly useHints?: boolean;
}

function nodeText(node: LNode, x: number, y: number, height: number): PlacedText | undefined {
  const block = node.text;
  if (!block) return undefined;
  const r = SIZES.circleRadius;
  switch (node.textPlacement) {
    case 'center': {
      const badge = node.triggers.length > 0 ? SIZES.badgeRow : 0;
      return { x: x + node.width / 2, y: y + badge + (height - badge - block.height) / 2, block, align: 'middle' };
    }
    case 'left':
      return { x: x + block.width, y: y + (height - block.height) / 2, block, align: 'end' };
    case 'right':
      return { x: x + (node.anchor ? 2 * r + 4 : 6), y: y + (height - block.height) / 2, block, align: 'start' };
    case 'below-icon':
      return { x: x + node.width / 2, y: y + SIZES.iconHeight + 2, block, align: 'middle' };
  }
}

/** Lays out one map. Pure and deterministic; async so that callers can move it to a worker. */
export async function layoutMap(map: ProcessMap, options: LayoutOptions = {}): Promise<MapGeometry> {
  return layoutMapSync(map, options);
}

/** The synchronous core of `layoutMap`. */
export function layoutMapSync(map: ProcessMap, options: LayoutOptions = {}): MapGeometry {
  const source = options.useHints === false ? { ...map, layout: map.layout ? { pinned: map.layout.pinned } : undefined } : map;
  const graph = buildLayoutGraph(source, options);
  const cols = assignColumns(graph);
  const grid = buildLaneGrid(graph, cols);
  const corridors = assignCorridors(graph, cols);

  const margin = SIZES.margin;
  const titleHeight = graph.title.height;
  const phaseHeader = graph.phases.length > 0 ? Math.max(...graph.phases.map((p) => p.label.height)) + 2 * SIZES.phaseHeaderPadding : 0;
  const contentTop = margin + titleHeight + SIZES.titleGap + phaseHeader;
  const originX = margin + (graph.hasLanes ? graph.laneHeaderWidth : 0);

  // 1. Place, then place again with pinned tops converted to lane-local coordinates.
  let placement = placeItems(graph, grid);
  let laneTops = laneTopsOf(graph, placement.laneHeights, corridors.perLane, contentTop);
  const pinnedTop = new Map<number, number>();
  for (const node of graph.nodes) {
    if (node.pinned) pinnedTop.set(node.index, node.pinned.y - laneTops.top[node.lane]! - SIZES.lanePadding);
  }
  // Lanes above a pinned node may change height, so repeat until the lane tops settle.
  for (let round = 0; pinnedTop.size > 0 && round < 4; round++) {
    for (const item of grid.items) item.y = NaN;
    placement = placeItems(graph, grid, pinnedTop);
    const previous = laneTops.top;
    laneTops = laneTopsOf(graph, placement.laneHeights, corridors.perLane, contentTop);
    if (laneTops.top.every((top, i) => top === previous[i])) break;
    for (const index of pinnedTop.keys()) {
      const node = graph.nodes[index]!;
      pinnedTop.set(index, node.pinned!.y - laneTops.top[node.lane]! - SIZES.lanePadding);
    }
  }
  for (const item of grid.items) item.y += laneTops.top[item.lane]! + SIZES.lanePadding;
  const corridorY = (lane: number, track: number): number =>
    laneTops.top[lane]! + SIZES.lanePadding + placement.laneHeights[lane]! + SIZES.corridorSpacing + track * SIZES.corridorSpacing;

  // 2. Route; pinned x become lower bounds of their columns.
  const minColumnX = new Map<number, number>();
  for (const node of graph.nodes) {
    if (!node.pinned) continue;
    const column = cols.column[node.index]!;
    minColumnX.set(column, Math.max(minColumnX.get(column) ?? -Infinity, node.pinned.x));
  }
  const { channels, routes, itemX } = routeEdges({ graph, cols, grid, corridorY, corridorTrack: corridors.track, originX, minColumnX });

  // 3. Geometry of nodes, lanes, phases, groups, edges.
  const nodeBox = (node: LNode): { item: Item; x: number; y: number } => {
    const item = grid.items[grid.nodeItem[node.index]!]!;
    return { item, x: itemX(item), y: item.y };
  };
  const allNodes: NodeGeometry[] = graph.nodes.map((node) => {
    const { item, x, y } = nodeBox(node);
    const r = SIZES.badgeRadius;
    return {
      id: node.id,
      kind: node.kind === 'anchor' ? 'activity' : node.kind,
      symbol: node.symbol,
      lane: graph.lanes[node.lane]?.id,
      column: item.column,
      order: item.order,
      x,
      y,
      width: node.width,
      height: item.height,
      text: nodeText(node, x, y, item.height),
      anchor: node.anchor ? { x: x + node.anchor.x, y: y + node.anchor.y } : undefined,
      triggers: node.triggers.map((number, i) => ({ number, center: { x: x + 4 + r + i * (2 * r + 3), y: y + 4 + r } })),
      title: node.title,
    };
  });

  // Anchors (where flows meet a dashed box) are not drawn.
  const nodes = allNodes.filter((_, i) => graph.nodes[i]!.kind !== 'anchor');
  const diagramRight = channels.right;
  const lanesBottom = laneTops.bottom;
  const lanes: LaneGeometry[] = graph.hasLanes
    ? graph.lanes.map((lane, i) => {
        const top = laneTops.top[i]!;
        const height = laneTops.height[i]!;
        const block = lane.label!;
        return {
          id: lane.id ?? '',
          title: lane.title,
          x: margin,
          y: top,
          width: diagramRight - margin,
          height,
          header: { x: margin, y: top, width: graph.laneHeaderWidth, height },
          label: { x: margin + graph.laneHeaderWidth / 2, y: top + (height - block.height) / 2, block, align: 'middle' as const },
        };
      })
    : [];

  const phases: PhaseGeometry[] = [];
  graph.phases.forEach((phase, p) => {
    const columns = graph.nodes.filter((n) => n.phase === p).map((n) => cols.column[n.index]!);
    if (columns.length === 0) return;
    const first = Math.min(...columns);
    const last = Math.max(...columns);
    const x0 = channels.x[first]! + (first === 0 ? 0 : channels.width[first]! / 2);
    const x1 = last === cols.count - 1 ? diagramRight : channels.x[last + 1]! + channels.width[last + 1]! / 2;
    const top = contentTop - phaseHeader;
    phases.push({
      id: phase.id,
      title: phase.title,
      x: x0,
      y: top,
      width: x1 - x0,
      height: lanesBottom - top,
      header: { x: x0, y: top, width: x1 - x0, height: phaseHeader },
      label: { x: (x0 + x1) / 2, y: top + SIZES.phaseHeaderPadding, block: phase.label, align: 'middle' },
    });
  });

  const groups: GroupGeometry[] = [];
  graph.groups.forEach((group, g) => {
    if (group.members.length === 0) return;
    const pad = SIZES.groupPadding;
    const labelRoom = group.label ? group.label.height + 4 : 0;
    const anchors = graph.nodes.filter((n) => n.kind === 'anchor' && n.group === g).map((n) => allNodes[n.index]!);
    const boxes = [...group.members.map((m) => allNodes[m]!), ...anchors];
    const firstColumn = Math.min(...boxes.map((b) => b.column));
    const lastColumn = Math.max(...boxes.map((b) => b.column));
    // Anchors are points on the border; without them the box hugs its members' columns.
    const entry = anchors.find((a) => a.column === firstColumn);
    const exit = anchors.find((a) => a.column === lastColumn);
    const x0 = entry ? entry.x : channels.columnX[firstColumn]! - pad;
    const x1 = exit ? exit.x : channels.columnX[lastColumn]! + channels.columnWidth[lastColumn]! + pad;
    let y0 = Math.min(...boxes.map((b) => b.y)) - pad - labelRoom;
    const segmentTops = grid.segments.map((s, i) => ({ s, top: placement.segmentTops[i]! })).filter(({ s }) => s.group === g);
    for (const { s, top } of segmentTops) y0 = Math.min(y0, laneTops.top[s.lane]! + SIZES.lanePadding + top);
    const y1 = Math.max(...boxes.map((b) => b.y + b.height)) + pad;
    const label: PlacedText | undefined = group.label ? { x: x0 + pad, y: y0 + 4, block: group.label, align: 'start' } : undefined;
    groups.push({ id: group.id, title: group.title, x: x0, y: y0, width: x1 - x0, height: y1 - y0, label });
  });

  const edges: EdgeGeometry[] = graph.edges.map((edge) => {
    const route = routes[edge.index]!;
    const lbl = edge.label;
    let label: EdgeGeometry['label'];
    if (lbl && route.labelAt) {
      const { x, y } = route.labelAt;
      const align = grid.labelSide[edge.index] === 'target' ? 'end' : 'start';
      const tx = align === 'end' ? x + lbl.width : x;
      label = {
        flow: edge.id,
        x,
        y,
        width: lbl.width,
        height: lbl.height,
        condition: lbl.condition ? { x: tx, y, block: lbl.condition, align } : undefined,
        outputs: lbl.outputs ? { x: tx, y: y + (lbl.condition?.height ?? 0), block: lbl.outputs, align } : undefined,
      };
    }
    const target = graph.nodes[edge.to]!;
    return {
      id: edge.id,
      from: graph.nodes[edge.from]!.id,
      to: target.id,
      points: route.points,
      arrow: target.symbol !== 'end-filled-circle',
      forks: route.forks,
      label,
    };
  });

  // 4. Trigger notes under the diagram.
  const triggerNotes: TriggerNoteGeometry[] = [];
  let bottom = lanesBottom;
  let triggerPanel: MapGeometry['triggerPanel'];
  const triggers = Object.entries(map.triggers ?? {});
  if (triggers.length > 0) {
    const width = Math.max(420, diagramRight - margin);
    const textWidth = width - 2 * SIZES.badgeRadius - 18;
    let y = lanesBottom + SIZES.triggerGap + 6;
    for (const [number, trigger] of triggers) {
      const block = layoutText(trigger.text, textWidth, FONTS.trigger);
      const height = Math.max(block.height, 2 * SIZES.badgeRadius);
      triggerNotes.push({ number, x: margin, y, width, height, text: { x: margin + 2 * SIZES.badgeRadius + 8, y, block, align: 'start' } });
      y += height + 6;
    }
    triggerPanel = { x: margin, y: lanesBottom + SIZES.triggerGap, width, height: y - lanesBottom - SIZES.triggerGap };
    bottom = y;
  }

  const width = Math.ceil(Math.max(diagramRight, margin + graph.title.width, triggerPanel ? triggerPanel.x + triggerPanel.width : 0) + margin);
  return {
    width,
    height: Math.ceil(bottom + margin),
    title: { x: margin, y: margin, block: graph.title, align: 'start' },
    lanes,
    phases,
    groups,
    nodes,
    edges,
    triggerNotes,
    triggerPanel,
  };
}

/** Lane tops and heights: content, padding, feedback corridors, and at least the header text. */
function laneTopsOf(graph: LGraph, contentHeights: number[], corridorsPerLane: number[], contentTop: number) {
  const top: number[] = [];
  const height: number[] = [];
  let y = contentTop;
  graph.lanes.forEach((lane, i) => {
    const corridor = corridorsPerLane[i]! > 0 ? corridorsPerLane[i]! * SIZES.corridorSpacing + SIZES.corridorSpacing : 0;
    const h = Math.max(contentHeights[i]! + 2 * SIZES.lanePadding + corridor, (lane.label?.height ?? 0) + 2 * SIZES.lanePadding);
    top.push(y);
    height.push(h);
    y += h;
  });
  return { top, height, bottom: y };
}

/** The layout hints to store in `layout.hints` so that the next layout keeps columns and cell order. */
export function layoutHintsOf(geometry: MapGeometry): Record<string, { column: number; order: number }> {
  const hints: Record<string, { column: number; order: number }> = {};
  for (const node of geometry.nodes) if (node.kind === 'activity') hints[node.id] = { column: node.column, order: node.order };
  return hints;
}
