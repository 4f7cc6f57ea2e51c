/**
 * Orthogonal routing on the lane grid. Horizontal lines run only at port heights (which placement
 * keeps clear of boxes and labels); vertical lines run only in the channels between columns, each
 * on its own track; feedback loops run back along a corridor under their lane. A channel is laid
 * out as [labels of lines leaving the column on its left][tracks][labels of lines entering the
 * column on its right], so labels never sit on a track or a box.
 */
import type { ColumnAssignment } from './columns';
import type { Point } from './geometry';
import type { LaneGrid, Item } from './laneGrid';
import type { LGraph } from './layoutGraph';
import { SIZES } from './layoutStyle';

export interface RoutedEdge {
  readonly points: Point[];
  readonly forks: Point[];
  /** Label box top-left, when the flow has a label. */
  readonly labelAt: Point | undefined;
}

export interface Channels {
  /** Left x of each channel; channel k+1 is the one right of column k (index 0 is left of column 0). */
  readonly x: number[];
  readonly width: number[];
  readonly columnX: number[];
  readonly columnWidth: number[];
  readonly right: number;
}

export interface ChannelSegment {
  key: string;
  channel: number;
  low: number;
  high: number;
  track: number;
  /** Heights of the horizontal lines that join this track from the left and leave it to the right. */
  readonly leftYs: number[];
  readonly rightYs: number[];
}

/** Crossings caused by putting track `a` left of track `b` in one channel. */
function crossingsIfLeft(a: ChannelSegment, b: ChannelSegment): number {
  let count = 0;
  for (const y of b.leftYs) if (y > a.low + 0.5 && y < a.high - 0.5) count++;
  for (const y of a.rightYs) if (y > b.low + 0.5 && y < b.high - 0.5) count++;
  return count;
}

/**
 * Left-to-right order of a channel's segments with few crossings: starting from top-to-bottom
 * order, each segment in turn moves to the position where it crosses fewest lines (sifting), until
 * no move helps. Pairwise costs make the result independent of how a sort treats ties.
 */
function siftOrder(order: ChannelSegment[]): ChannelSegment[] {
  const n = order.length;
  if (n < 2) return order;
  const cost = order.map((a) => order.map((b) => (a === b ? 0 : crossingsIfLeft(a, b))));
  let list = order.map((_, i) => i);
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (let s = 0; s < n; s++) {
      const rest = list.filter((i) => i !== s);
      // Cost of s at position p: Σ_{j<p} cost[j][s] + Σ_{j≥p} cost[s][j].
      let current = 0;
      for (const j of rest) current += cost[s]![j]!;
      let best = current;
      let bestAt = 0;
      for (let p = 0; p < rest.length; p++) {
        const j = rest[p]!;
        current += cost[j]![s]! - cost[s]![j]!;
        if (current < best) {
          best = current;
          bestAt = p + 1;
        }
      }
      const was = list.indexOf(s);
      const before = list.slice(0, was).reduce((sum, j) => sum + cost[j]![s]!, 0) + list.slice(was + 1).reduce((sum, j) => sum + cost[s]![j]!, 0);
      if (best < before) {
        rest.splice(bestAt, 0, s);
        list = rest;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return list.map((i) => order[i]!);
}

/**
 * Tracks of one channel: segments are ordered left to right so that fewer horizontal lines cross
 * a neighbouring track, then each takes the first track right of every earlier segment it overlaps.
 */
export function assignTracks(list: ChannelSegment[], gap: number): number {
  const order = siftOrder([...list].sort((a, b) => a.low - b.low || a.high - b.high || (a.key < b.key ? -1 : 1)));
  let count = 0;
  order.forEach((s, i) => {
    let track = 0;
    for (let j = 0; j < i; j++) {
      const t = order[j]!;
      if (t.low - gap <= s.high && s.low - gap <= t.high) track = Math.max(track, t.track + 1);
    }
    s.track = track;
    count = Math.max(count, track + 1);
  });
  return count;
}

/** Greedy interval colouring: returns the track of each interval and the number of tracks. */
function colourIntervals(intervals: { low: number; high: number }[], gap: number): { track: number[]; count: number } {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.low - intervals[b]!.low || intervals[a]!.high - intervals[b]!.high || a - b);
  const ends: number[] = [];
  const track = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const { low, high } = intervals[i]!;
    let t = ends.findIndex((end) => end + gap < low);
    if (t < 0) {
      t = ends.length;
      ends.push(high);
    } else ends[t] = high;
    track[i] = t;
  }
  return { track, count: ends.length };
}

/** Corridor track (under the source lane) of each feedback flow, and the count per lane. */
export function assignCorridors(graph: LGraph, cols: ColumnAssignment): { track: number[]; perLane: number[] } {
  const perLane = graph.lanes.map(() => 0);
  const track = graph.edges.map(() => -1);
  for (let lane = 0; lane < graph.lanes.length; lane++) {
    const back = graph.edges.filter((e) => cols.isBack[e.index] && graph.nodes[e.from]!.lane === lane);
    const intervals = back.map((e) => ({ low: cols.column[e.to]! - 1, high: cols.column[e.from]! }));
    const result = colourIntervals(intervals, -1);
    back.forEach((e, i) => (track[e.index] = result.track[i]!));
    perLane[lane] = result.count;
  }
  return { track, perLane };
}

export interface RouteInput {
  readonly graph: LGraph;
  readonly cols: ColumnAssignment;
  readonly grid: LaneGrid;
  /** Global y of the corridor track k of each lane. */
  readonly corridorY: (lane: number, track: number) => number;
  readonly corridorTrack: number[];
  /** Left x of channel 0 (left of column 0). */
  readonly originX: number;
  /** Smallest left x of a column, from pinned nodes. */
  readonly minColumnX: Map<number, number>;
}

/** Routes every flow. Items must carry global y. Sets no item x: returns column geometry instead. */
export function routeEdges(input: RouteInput): { channels: Channels; routes: RoutedEdge[]; itemX: (item: Item) => number } {
  const { graph, cols, grid, corridorY, corridorTrack } = input;
  const { items, chains, nodeItem } = grid;
  const columnCount = cols.count;
  const portY = (item: Item, edge: number, side: 'in' | 'out'): number => {
    if (item.node === undefined) return item.y;
    const port = side === 'in' ? item.inPorts[grid.inPortOf[edge]!]! : item.outPorts[grid.outPortOf[edge]!]!;
    return item.y + port.offset;
  };
  const sharedOut = (e: number): string | undefined => {
    const edge = graph.edges[e]!;
    const port = items[nodeItem[edge.from]!]!.outPorts[grid.outPortOf[e]!]!;
    return port.edges.length > 1 ? `out:${edge.from}:${grid.outPortOf[e]}` : undefined;
  };
  const sharedIn = (e: number): string | undefined => {
    const edge = graph.edges[e]!;
    const port = items[nodeItem[edge.to]!]!.inPorts[grid.inPortOf[e]!]!;
    return port.edges.length > 1 ? `in:${edge.to}:${grid.inPortOf[e]}` : undefined;
  };

  // 1. Vertical segments per channel, merged by key (forked lines share their track).
  const segments = new Map<string, ChannelSegment>();
  /** Adds a vertical run to a track; `left` and `right` are the heights of the lines that meet it from each side. */
  const addSegment = (key: string, channel: number, left: number[], right: number[]): void => {
    const low = Math.min(...left, ...right);
    const high = Math.max(...left, ...right);
    let segment = segments.get(key);
    if (segment) {
      segment.low = Math.min(segment.low, low);
      segment.high = Math.max(segment.high, high);
    } else {
      segment = { key, channel, low, high, track: 0, leftYs: [], rightYs: [] };
      segments.set(key, segment);
    }
    segment.leftYs.push(...left);
    segment.rightYs.push(...right);
  };
  const segmentKeys: string[][] = graph.edges.map(() => []);
  for (const edge of graph.edges) {
    const e = edge.index;
    const chain = chains[e]!;
    if (cols.isBack[e]) {
      const y = corridorY(graph.nodes[edge.from]!.lane, corridorTrack[e]!);
      const outKey = `${sharedOut(e) ?? `back-out:${e}`}@${cols.column[edge.from]! + 1}`;
      const inKey = `${sharedIn(e) ?? `back-in:${e}`}@${cols.column[edge.to]!}`;
      // Out of the source on the left, back along the corridor to the left; in from the corridor
      // on the right, into the target on the right.
      const yOut = portY(items[chain[0]!]!, e, 'out');
      const yIn = portY(items[chain[1]!]!, e, 'in');
      const outChannel = cols.column[edge.from]! + 1;
      const inChannel = cols.column[edge.to]!;
      addSegment(outKey, outChannel, [yOut, y], []);
      addSegment(inKey, inChannel, [], [y, yIn]);
      segmentKeys[e] = [outKey, inKey];
      continue;
    }
    for (let i = 0; i + 1 < chain.length; i++) {
      const p = items[chain[i]!]!;
      const q = items[chain[i + 1]!]!;
      const channel = p.column + 1;
      const yOut = portY(p, e, 'out');
      const yIn = portY(q, e, 'in');
      let key = `edge:${e}`;
      if (i === 0 && sharedOut(e)) key = sharedOut(e)!;
      else if (i + 2 === chain.length && sharedIn(e)) key = sharedIn(e)!;
      key = `${key}@${channel}`;
      segmentKeys[e]!.push(key);
      if (Math.abs(yOut - yIn) > 0.5 || segments.has(key)) addSegment(key, channel, [yOut], [yIn]);
    }
  }
  const trackCount = new Array<number>(columnCount + 1).fill(0);
  const byChannel: ChannelSegment[][] = Array.from({ length: columnCount + 1 }, () => []);
  for (const s of segments.values()) byChannel[s.channel]!.push(s);
  byChannel.forEach((list, channel) => {
    trackCount[channel] = assignTracks(list, 4);
  });

  // 2. Label zones: widest source-side label leaving each column, widest target-side label entering it.
  const leftZone = new Array<number>(columnCount + 1).fill(0);
  const rightZone = new Array<number>(columnCount + 1).fill(0);
  for (const edge of graph.edges) {
    const side = grid.labelSide[edge.index];
    if (!side || !edge.label) continue;
    if (side === 'source') leftZone[cols.column[edge.from]! + 1] = Math.max(leftZone[cols.column[edge.from]! + 1]!, edge.label.width);
    else rightZone[cols.column[edge.to]!] = Math.max(rightZone[cols.column[edge.to]!]!, edge.label.width);
  }

  // 3. Column and channel x.
  const columnWidth = new Array<number>(columnCount).fill(0);
  for (const item of items) columnWidth[item.column] = Math.max(columnWidth[item.column]!, item.width);
  const channelWidth = leftZone.map((left, k) => {
    const tracks = trackCount[k]! * SIZES.trackSpacing;
    const right = rightZone[k]!;
    return Math.max(SIZES.minChannel, 2 * SIZES.channelPadding + left + (left ? 6 : 0) + tracks + (right ? 6 : 0) + right);
  });
  const channelX: number[] = [];
  const columnX: number[] = [];
  let x = input.originX;
  for (let k = 0; k <= columnCount; k++) {
    channelX.push(x);
    x += channelWidth[k]!;
    if (k < columnCount) {
      const pinned = input.minColumnX.get(k);
      if (pinned !== undefined && pinned > x) {
        channelWidth[k]! += pinned - x;
        x = pinned;
      }
      columnX.push(x);
      x += columnWidth[k]!;
    }
  }
  const trackX = (channel: number, track: number): number => {
    const left = leftZone[channel]!;
    return channelX[channel]! + SIZES.channelPadding + left + (left ? 6 : 0) + track * SIZES.trackSpacing + SIZES.trackSpacing / 2;
  };
  // Start symbols hug the channel on their right, end symbols the channel on their left.
  const itemX = (item: Item): number => {
    const kind = item.node === undefined ? 'activity' : graph.nodes[item.node]!.kind;
    const free = columnWidth[item.column]! - item.width;
    return columnX[item.column]! + (kind === 'initiation' ? free : kind === 'termination' ? 0 : free / 2);
  };
  const outX = (node: number): number => {
    const item = items[nodeItem[node]!]!;
    return graph.nodes[node]!.symbol === 'start-plain' && !graph.nodes[node]!.text ? itemX(item) : itemX(item) + item.width;
  };
  const inX = (node: number): number => {
    const item = items[nodeItem[node]!]!;
    const n = graph.nodes[node]!;
    if (n.symbol === 'end-plain') return itemX(item) + item.width;
    if (n.symbol === 'end-archive' || n.symbol === 'end-document') return itemX(item) + n.anchor!.x - SIZES.iconWidth / 2;
    return itemX(item);
  };

  // 4. Polylines, fork dots and label positions.
  const routes: RoutedEdge[] = graph.edges.map((edge) => {
    const e = edge.index;
    const chain = chains[e]!;
    const keys = segmentKeys[e]!;
    const source = items[chain[0]!]!;
    const target = items[chain[chain.length - 1]!]!;
    const yStart = portY(source, e, 'out');
    const yEnd = portY(target, e, 'in');
    const points: Point[] = [{ x: outX(edge.from), y: yStart }];
    const forks: Point[] = [];
    const vertical = (key: string, yTo: number): void => {
      const s = segments.get(key);
      if (!s) return;
      const tx = trackX(s.channel, s.track);
      const last = points[points.length - 1]!;
      points.push({ x: tx, y: last.y }, { x: tx, y: yTo });
    };
    if (cols.isBack[e]) {
      const y = corridorY(graph.nodes[edge.from]!.lane, corridorTrack[e]!);
      vertical(keys[0]!, y);
      vertical(keys[1]!, yEnd);
    } else {
      for (let i = 0; i + 1 < chain.length; i++) vertical(keys[i]!, portY(items[chain[i + 1]!]!, e, 'in'));
    }
    points.push({ x: inX(edge.to), y: yEnd });
    const out = sharedOut(e);
    if (out && grid.outPortOf[e] !== undefined && items[nodeItem[edge.from]!]!.outPorts[grid.outPortOf[e]!]!.edges[0] === e) {
      const s = segments.get(keys[0]!);
      if (s) forks.push({ x: trackX(s.channel, s.track), y: yStart });
    }
    const inn = sharedIn(e);
    if (inn && items[nodeItem[edge.to]!]!.inPorts[grid.inPortOf[e]!]!.edges[0] === e) {
      const s = segments.get(keys[keys.length - 1]!);
      if (s) forks.push({ x: trackX(s.channel, s.track), y: yEnd });
    }
    let labelAt: Point | undefined;
    const side = grid.labelSide[e];
    if (side && edge.label) {
      if (side === 'source') {
        const channel = cols.column[edge.from]! + 1;
        labelAt = { x: channelX[channel]! + SIZES.channelPadding, y: yStart - SIZES.labelGap - edge.label.height };
      } else {
        const channel = cols.column[edge.to]!;
        const zoneRight = channelX[channel]! + channelWidth[channel]! - SIZES.channelPadding;
        labelAt = { x: zoneRight - edge.label.width, y: yEnd - SIZES.labelGap - edge.label.height };
      }
    }
    return { points: simplify(points), forks, labelAt };
  });
  return { channels: { x: channelX, width: channelWidth, columnX, columnWidth, right: x }, routes, itemX };
}

/** Drops repeated and collinear points. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    out.push(p);
    while (out.length >= 3) {
      const a = out[out.length - 3]!;
      const b = out[out.length - 2]!;
      const c = out[out.length - 1]!;
      const collinear = (Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - c.x) < 0.01) || (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - c.y) < 0.01);
      if (!collinear) break;
      out.splice(out.length - 2, 1);
    }
  }
  return out;
}
