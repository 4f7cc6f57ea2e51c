/**
 * Vertical placement inside each lane. Every column of a lane band is solved as a small quadratic
 * programme — each item as close as possible to the ports it connects to, in cell order, with
 * enough separation for boxes, lines and the labels stacked above them — by weighted isotonic
 * regression (pool adjacent violators), sweeping left→right and right→left.
 */
import type { LaneGrid, Item, Port } from './laneGrid';
import type { LGraph } from './layoutGraph';
import { SIZES } from './layoutStyle';

/** Room a port's label takes above its line (0 without label). */
function labelExtent(port: Port | undefined): number {
  return port && port.labelHeight > 0 ? port.labelHeight + SIZES.labelGap : 0;
}

/** How far above the item's top its labels reach (≥ 0). */
function labelOverhang(item: Item): number {
  let overhang = 0;
  for (const port of item.inPorts) overhang = Math.max(overhang, labelExtent(port) - port.offset);
  for (const port of item.outPorts) overhang = Math.max(overhang, labelExtent(port) - port.offset);
  return overhang;
}

/**
 * Minimum distances between the tops of consecutive items of one column cell. Beyond box sizes,
 * a label stacked above a port line must clear the nearest line above it on the same side of the
 * column, which may belong to an item further up: that distance is carried down the chain.
 */
function separations(cell: readonly Item[]): number[] {
  const seps: number[] = [];
  const sides = [
    { ports: (item: Item) => item.inPorts, lastOffset: NaN, carried: 0 },
    { ports: (item: Item) => item.outPorts, lastOffset: NaN, carried: 0 },
  ];
  const first = cell[0];
  if (first) {
    for (const side of sides) {
      const ports = side.ports(first);
      if (ports.length > 0) side.lastOffset = ports[ports.length - 1]!.offset;
    }
  }
  for (let i = 1; i < cell.length; i++) {
    const a = cell[i - 1]!;
    const b = cell[i]!;
    let sep = a.height + (a.node !== undefined && b.node !== undefined ? SIZES.nodeGap : SIZES.dummyGap);
    for (const side of sides) {
      const top = side.ports(b)[0];
      if (!top || Number.isNaN(side.lastOffset)) continue;
      sep = Math.max(sep, side.lastOffset - top.offset + Math.max(SIZES.portGap, labelExtent(top) + SIZES.labelClearance) - side.carried);
    }
    seps.push(sep);
    for (const side of sides) {
      const ports = side.ports(b);
      if (ports.length > 0) {
        side.lastOffset = ports[ports.length - 1]!.offset;
        side.carried = 0;
      } else side.carried += sep;
    }
  }
  return seps;
}

/** Weighted isotonic regression with separations and lower bounds: returns item tops. */
function solveColumn(desired: number[], weights: number[], seps: number[], minTop: number[]): number[] {
  const n = desired.length;
  const offset = new Array<number>(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    offset[i] = acc;
    acc += seps[i] ?? 0;
  }
  const values: number[] = [];
  const blockWeight: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    values.push(desired[i]! - offset[i]!);
    blockWeight.push(weights[i]!);
    sizes.push(1);
    while (values.length > 1 && values[values.length - 2]! > values[values.length - 1]!) {
      const v2 = values.pop()!;
      const w2 = blockWeight.pop()!;
      const s2 = sizes.pop()!;
      const k = values.length - 1;
      const w = blockWeight[k]! + w2;
      values[k] = (values[k]! * blockWeight[k]! + v2 * w2) / w;
      blockWeight[k] = w;
      sizes[k]! += s2;
    }
  }
  const tops = new Array<number>(n);
  let i = 0;
  let previous = -Infinity;
  values.forEach((v, b) => {
    for (let j = 0; j < sizes[b]!; j++, i++) {
      const z = Math.max(v, previous, minTop[i]! - offset[i]!);
      previous = z;
      tops[i] = z + offset[i]!;
    }
  });
  return tops;
}

export interface Placement {
  /** Height of each lane's content (lane-local coordinates start at 0). */
  readonly laneHeights: number[];
  /** Per group segment (same order as grid.segments): the top of its band. */
  readonly segmentTops: number[];
  /** Per lane level: top and bottom of the band, for the dashed boxes. */
  readonly levelBands: { top: number; bottom: number }[][];
}

/**
 * Places items in lane-local y. `pinnedTop` gives lane-local tops that pinned nodes must keep when
 * the lane allows it.
 */
export function placeItems(graph: LGraph, grid: LaneGrid, pinnedTop: Map<number, number> = new Map()): Placement {
  const { items, columns } = grid;
  const portOffset = (item: Item, edge: number, side: 'in' | 'out'): number => {
    if (item.node === undefined) return 0;
    const port = side === 'in' ? item.inPorts[grid.inPortOf[edge]!] : item.outPorts[grid.outPortOf[edge]!];
    return port?.offset ?? 0;
  };
  const laneHeights = graph.lanes.map(() => 0);
  const levelBands: { top: number; bottom: number }[][] = graph.lanes.map(() => []);
  const segmentTops = grid.segments.map(() => 0);

  // Items of each lane band, per column, in cell order.
  const cellsOf = new Map<string, number[][]>();
  columns.forEach((column, c) => {
    for (const it of column) {
      const key = `${items[it]!.lane}/${items[it]!.band}`;
      let cells = cellsOf.get(key);
      if (!cells) {
        cells = columns.map(() => []);
        cellsOf.set(key, cells);
      }
      cells[c]!.push(it);
    }
  });
  const topLane = new Map<number, number>();
  for (const s of grid.segments) topLane.set(s.group, Math.min(topLane.get(s.group) ?? Infinity, s.lane));
  for (let lane = 0; lane < graph.lanes.length; lane++) {
    const levels = grid.levels[lane]!;
    const ungroupedFloor = new Array<number>(columns.length).fill(0);
    let bandTop = 0;
    for (let band = 0; band <= levels; band++) {
      const cells = cellsOf.get(`${lane}/${band}`) ?? [];
      if (cells.length === 0) continue;
      const levelSegments = grid.segments.filter((s) => s.lane === lane && s.level === band);
      // The group label sits in the top lane of its box only.
      const labelRoom = Math.max(0, ...levelSegments.filter((s) => s.lane === topLane.get(s.group)).map((s) => graph.groups[s.group]!.label?.height ?? 0));
      const floor = (c: number): number => (band < levels ? bandTop + SIZES.groupPadding + labelRoom + 4 : ungroupedFloor[c]!);

      // Separations and label overhangs depend only on the cell, not on positions: compute once.
      const cellSeps = cells.map((cell) => separations(cell.map((it) => items[it]!)));
      const cellOverhang = cells.map((cell) => cell.map((it) => labelOverhang(items[it]!)));
      const solve = (c: number, useLeft: boolean, useRight: boolean): void => {
        const cell = cells[c]!;
        if (cell.length === 0) return;
        const n = cell.length;
        const desired = new Array<number>(n);
        const weights = new Array<number>(n);
        const minTop = new Array<number>(n);
        const base = floor(c);
        for (let i = 0; i < n; i++) {
          const item = items[cell[i]!]!;
          const own = item.node === undefined ? 2 : 1;
          let sum = 0;
          let weight = 0;
          for (let side = 0; side < 2; side++) {
            if (side === 0 ? !useLeft : !useRight) continue;
            const others = side === 0 ? item.prev : item.next;
            const edges = side === 0 ? item.prevEdges : item.nextEdges;
            for (let k = 0; k < others.length; k++) {
              const other = items[others[k]!]!;
              if (other.lane !== lane || Number.isNaN(other.y)) continue;
              const edge = edges[k]!;
              const w = own * (other.node === undefined ? 2 : 1);
              const mine = side === 0 ? portOffset(item, edge, 'in') : portOffset(item, edge, 'out');
              const theirs = side === 0 ? portOffset(other, edge, 'out') : portOffset(other, edge, 'in');
              sum += w * (other.y + theirs - mine);
              weight += w;
            }
          }
          const pinned = item.node === undefined ? undefined : pinnedTop.get(item.node);
          if (pinned !== undefined) {
            sum += 1000 * pinned;
            weight += 1000;
          }
          if (weight === 0) {
            desired[i] = Number.isNaN(item.y) ? base : item.y;
            weights[i] = 0.01;
          } else {
            desired[i] = sum / weight;
            weights[i] = weight;
          }
          minTop[i] = base + cellOverhang[c]![i]!;
        }
        const tops = solveColumn(desired, weights, cellSeps[c]!, minTop);
        // Whole pixels: separations are whole, so rounding keeps them, and lines stay crisp.
        for (let i = 0; i < n; i++) items[cell[i]!]!.y = Math.round(tops[i]!);
      };

      // Sweeps: left→right, right→left, twice, then both sides at once.
      for (let c = 0; c < columns.length; c++) solve(c, true, false);
      for (let c = columns.length - 1; c >= 0; c--) solve(c, false, true);
      for (let c = 0; c < columns.length; c++) solve(c, true, false);
      for (let c = columns.length - 1; c >= 0; c--) solve(c, false, true);
      for (let c = 0; c < columns.length; c++) solve(c, true, true);

      let bottom = bandTop;
      for (const cell of cells) for (const it of cell) bottom = Math.max(bottom, items[it]!.y + items[it]!.height);
      straighten({ items, cells, cellSeps, lane, bottom, portOffset, minTop: (c, i) => floor(c) + cellOverhang[c]![i]!, fixed: (item) => item.node !== undefined && pinnedTop.has(item.node) });
      if (band < levels) {
        const levelBottom = bottom + SIZES.groupPadding;
        levelBands[lane]!.push({ top: bandTop, bottom: levelBottom });
        for (const s of levelSegments) {
          segmentTops[grid.segments.indexOf(s)] = bandTop;
          for (let c = s.first; c <= s.last; c++) ungroupedFloor[c] = Math.max(ungroupedFloor[c]!, levelBottom + SIZES.nodeGap);
        }
        bandTop = levelBottom + SIZES.nodeGap;
      }
      laneHeights[lane] = Math.max(laneHeights[lane]!, bottom);
    }
  }
  return { laneHeights, segmentTops, levelBands };
}

interface StraightenInput {
  readonly items: Item[];
  /** Items of one lane band, per column, in cell order. */
  readonly cells: number[][];
  readonly cellSeps: number[][];
  readonly lane: number;
  /** Lowest bottom the band has now: straightening does not make it taller. */
  readonly bottom: number;
  readonly portOffset: (item: Item, edge: number, side: 'in' | 'out') => number;
  readonly minTop: (column: number, position: number) => number;
  readonly fixed: (item: Item) => boolean;
}

/**
 * Straightening: the least-squares placement leaves many lines with a small jog (two bends). An
 * item moves to a height where more of its lines run straight, within the room its cell mates
 * leave it; a line's straightness depends only on its two ends, so every move removes bends.
 */
function straighten(input: StraightenInput): void {
  const { items, cells, cellSeps, lane, portOffset } = input;
  /** Tops of `item` at which one of its links in this lane runs straight. */
  const straightTops = (item: Item): number[] => {
    const tops: number[] = [];
    item.prev.forEach((p, k) => {
      const other = items[p]!;
      if (other.lane === lane) tops.push(other.y + portOffset(other, item.prevEdges[k]!, 'out') - portOffset(item, item.prevEdges[k]!, 'in'));
    });
    item.next.forEach((n, k) => {
      const other = items[n]!;
      if (other.lane === lane) tops.push(other.y + portOffset(other, item.nextEdges[k]!, 'in') - portOffset(item, item.nextEdges[k]!, 'out'));
    });
    return tops;
  };
  const straightAt = (tops: readonly number[], y: number): number => tops.filter((t) => Math.abs(t - y) < 0.5).length;
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    const order = pass % 2 === 0 ? cells.map((_, c) => c) : cells.map((_, c) => cells.length - 1 - c);
    for (const c of order) {
      const cell = cells[c]!;
      cell.forEach((it, i) => {
        const item = items[it]!;
        if (input.fixed(item)) return;
        const low = Math.max(input.minTop(c, i), i > 0 ? items[cell[i - 1]!]!.y + cellSeps[c]![i - 1]! : -Infinity);
        const high = Math.min(input.bottom - item.height, i + 1 < cell.length ? items[cell[i + 1]!]!.y - cellSeps[c]![i]! : Infinity);
        const tops = straightTops(item);
        let best = item.y;
        let bestCount = straightAt(tops, item.y);
        for (const top of tops) {
          const count = straightAt(tops, top);
          if (top >= low && top <= high && count > bestCount) {
            best = top;
            bestCount = count;
          }
        }
        if (best !== item.y) {
          item.y = best;
          moved = true;
        }
      });
    }
    if (!moved) break;
  }
}
