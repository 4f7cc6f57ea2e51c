/**
 * Where a long flow between two lanes changes lane. Its crossing points run in the source lane up
 * to some channel, cross over there, and run on in the target lane; the channel is chosen so that
 * the flow's links cross as few other links as the lane order forces (a crossing the ordering
 * inside cells can never remove), given the choices of every other flow.
 */
import type { ColumnAssignment } from './columns';
import type { LGraph } from './layoutGraph';

/**
 * Per flow, the first column whose crossing point lies in the target lane (the target's column
 * when all of them stay in the source lane, as for flows inside one lane and feedback flows).
 */
export function laneSwitchColumns(graph: LGraph, cols: ColumnAssignment): number[] {
  const { nodes, edges } = graph;
  const laneCount = graph.lanes.length;
  const switchAt = edges.map((e) => cols.column[e.to]!);
  const movable = edges.filter((e) => !cols.isBack[e.index] && nodes[e.from]!.lane !== nodes[e.to]!.lane && cols.column[e.to]! - cols.column[e.from]! > 1 && nodes[e.from]!.group === undefined && nodes[e.to]!.group === undefined);
  if (movable.length === 0) return switchAt;
  // links[channel][a * laneCount + b]: links from lane a (left column) to lane b (right column).
  const links = Array.from({ length: cols.count + 1 }, () => new Int32Array(laneCount * laneCount));
  const visit = (e: number, sign: 1 | -1): void => {
    const edge = edges[e]!;
    if (cols.isBack[e]) return;
    const from = nodes[edge.from]!.lane;
    const to = nodes[edge.to]!.lane;
    for (let c = cols.column[edge.from]! + 1; c <= cols.column[edge.to]!; c++) {
      const left = c - 1 < switchAt[e]! ? from : to;
      const right = c < switchAt[e]! ? from : to;
      links[c]![left * laneCount + right]! += sign;
    }
  };
  for (const e of edges) visit(e.index, 1);
  /** Links of channel c that a link a→b must cross. */
  const forced = (c: number, a: number, b: number): number => {
    const counts = links[c]!;
    let sum = 0;
    for (let x = 0; x < laneCount; x++) {
      if (x === a) continue;
      for (let y = 0; y < laneCount; y++) {
        if ((x < a && y > b) || (x > a && y < b)) sum += counts[x * laneCount + y]!;
      }
    }
    return sum;
  };
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const edge of movable) {
      const e = edge.index;
      visit(e, -1);
      const from = nodes[edge.from]!.lane;
      const to = nodes[edge.to]!.lane;
      const first = cols.column[edge.from]! + 1;
      const last = cols.column[edge.to]!;
      // cost(k) = Σ_{c<k} forced(c, from, from) + forced(k, from, to) + Σ_{c>k} forced(c, to, to).
      let best = switchAt[e]!;
      let bestCost = Infinity;
      let before = 0;
      let after = 0;
      for (let c = first + 1; c <= last; c++) after += forced(c, to, to);
      for (let k = first; k <= last; k++) {
        const cost = before + forced(k, from, to) + after;
        // Ties go to the latest channel: the lane change stays next to the target, as before.
        if (cost <= bestCost) {
          bestCost = cost;
          best = k;
        }
        before += forced(k, from, from);
        if (k + 1 <= last) after -= forced(k + 1, to, to);
      }
      if (best !== switchAt[e]) changed = true;
      switchAt[e] = best;
      visit(e, 1);
    }
    if (!changed) break;
  }
  return switchAt;
}
