/**
 * Column assignment (the layering phase): breaks cycles, then puts every node one column right of
 * its furthest predecessor, honouring phases (each phase owns a run of columns) and stored hints.
 */
import type { LGraph } from './layoutGraph';
import { promoteBlocks } from './promotion';

export interface ColumnAssignment {
  /** Column of each node, dense from 0. */
  readonly column: number[];
  /** Per edge: true when it points backwards (a feedback loop) and is routed around. */
  readonly isBack: boolean[];
  readonly count: number;
}

/** Marks the DFS back edges (in model order) of the given edges among `count` vertices. */
function dfsBackEdges(count: number, edges: readonly { from: number; to: number; index: number }[], isBack: boolean[], roots: readonly number[]): void {
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) if (!isBack[e.index]) out[e.from]!.push(e.index);
  const byIndex = new Map(edges.map((e) => [e.index, e]));
  const state = new Uint8Array(count); // 0 new, 1 on stack, 2 done
  for (const root of roots) {
    if (state[root] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = out[top.node]!;
      if (top.next >= list.length) {
        state[top.node] = 2;
        stack.pop();
        continue;
      }
      const edge = list[top.next++]!;
      const target = byIndex.get(edge)!.to;
      if (state[target] === 1) isBack[edge] = true;
      else if (state[target] === 0) {
        state[target] = 1;
        stack.push({ node: target, next: 0 });
      }
    }
  }
}

/**
 * 1. Marks feedback edges: edges into an earlier phase, self loops, then DFS back edges in model
 * order. A dashed box with anchors counts as one vertex first (so a loop through the box breaks on
 * a flow outside it), then its inside is ordered from the entry anchor, which keeps the layering-only
 * links forward.
 */
function findBackEdges(graph: LGraph, edges: readonly { from: number; to: number; index: number }[]): boolean[] {
  const { nodes } = graph;
  const isBack = edges.map((e) => {
    if (e.from === e.to) return true;
    const pf = nodes[e.from]!.phase;
    const pt = nodes[e.to]!.phase;
    return pf !== undefined && pt !== undefined && pt < pf;
  });
  const boxed = new Set(nodes.filter((n) => n.kind === 'anchor').map((n) => n.group!));
  const rep = nodes.map((n) => (n.group !== undefined && boxed.has(n.group) ? nodes.length + n.group : n.index));
  const outside = edges.filter((e) => rep[e.from] !== rep[e.to]).map((e) => ({ from: rep[e.from]!, to: rep[e.to]!, index: e.index }));
  const roots = nodes.map((n) => rep[n.index]!);
  dfsBackEdges(nodes.length + graph.groups.length, outside, isBack, roots);
  for (const g of boxed) {
    const inside = edges.filter((e) => rep[e.from] === nodes.length + g && rep[e.to] === nodes.length + g);
    const constraints = inside.filter((e) => e.index >= graph.edges.length);
    const flows = inside.filter((e) => e.index < graph.edges.length);
    const entry = nodes.filter((n) => n.kind === 'anchor' && n.group === g && graph.constraints.some((c) => c.from === n.index)).map((n) => n.index);
    // Constraint links first, so that DFS from the entry reaches members along them.
    dfsBackEdges(nodes.length, [...constraints, ...flows], isBack, [...entry, ...nodes.filter((n) => rep[n.index] === nodes.length + g).map((n) => n.index)]);
  }
  return isBack;
}

/** Assigns columns. Deterministic: depends only on the graph and its hints. */
export function assignColumns(graph: LGraph): ColumnAssignment {
  const { nodes } = graph;
  // Flows plus the layering-only links that keep a box's anchors beside its members.
  const edges = [...graph.edges.map((e) => ({ from: e.from, to: e.to, index: e.index })), ...graph.constraints.map((c, i) => ({ ...c, index: graph.edges.length + i }))];
  const isBack = findBackEdges(graph, edges);
  const preds: number[][] = nodes.map(() => []);
  const succs: number[][] = nodes.map(() => []);
  const indegree = new Int32Array(nodes.length);
  for (const e of edges) {
    if (isBack[e.index]) continue;
    preds[e.to]!.push(e.from);
    succs[e.from]!.push(e.to);
    indegree[e.to]!++;
  }
  // 2. Topological order of the forward graph (Kahn, smallest index first for determinism).
  const order: number[] = [];
  const ready = nodes.filter((n) => indegree[n.index] === 0).map((n) => n.index);
  const remaining = Int32Array.from(indegree);
  for (let i = 0; i < ready.length; i++) {
    const n = ready[i]!;
    order.push(n);
    for (const s of succs[n]!) if (--remaining[s]! === 0) ready.push(s);
  }

  // 3. Longest path with phase starts; phases are pushed right until they no longer overlap.
  const phaseCount = graph.phases.length;
  const phaseStart = new Array<number>(phaseCount).fill(0);
  const column = new Array<number>(nodes.length).fill(0);
  for (let round = 0; round <= phaseCount + 1; round++) {
    for (const n of order) {
      const node = nodes[n]!;
      let col = Math.max(node.hintColumn ?? 0, node.phase === undefined ? 0 : phaseStart[node.phase]!);
      for (const p of preds[n]!) col = Math.max(col, column[p]! + 1);
      column[n] = col;
    }
    if (phaseCount === 0) break;
    const phaseEnd = new Array<number>(phaseCount).fill(-1);
    for (const node of nodes) if (node.phase !== undefined) phaseEnd[node.phase] = Math.max(phaseEnd[node.phase]!, column[node.index]!);
    let changed = false;
    let nextStart = 0;
    for (let p = 0; p < phaseCount; p++) {
      const start = Math.max(phaseStart[p]!, nextStart);
      if (start !== phaseStart[p]) changed = true;
      phaseStart[p] = start;
      nextStart = Math.max(start, phaseEnd[p]! + 1);
    }
    if (!changed) break;
  }

  balanceColumns(graph, order, preds, succs, column);

  // 4. Anchors move right next to their box: the entry one column before its first member, the
  // exit one after its last (both moves keep every flow pointing right).
  for (const node of nodes) {
    if (node.kind !== 'anchor') continue;
    const entry = graph.constraints.filter((c) => c.from === node.index).map((c) => column[c.to]!);
    const exit = graph.constraints.filter((c) => c.to === node.index).map((c) => column[c.from]!);
    if (entry.length > 0) column[node.index] = Math.min(...entry) - 1;
    else if (exit.length > 0) column[node.index] = Math.max(...exit) + 1;
  }

  // 5. Start nodes move next to what they feed, so their lines stay short, and in front of the
  // dashed box around what they feed when the box has an entry.
  for (const node of nodes) {
    if (node.kind !== 'initiation' || preds[node.index]!.length > 0 || succs[node.index]!.length === 0) continue;
    const entryColumn = (s: number): number => {
      const group = nodes[s]!.group;
      const entry = group === undefined ? undefined : nodes.find((n) => n.kind === 'anchor' && n.group === group && graph.constraints.some((c) => c.from === n.index));
      return entry ? Math.min(column[s]!, column[entry.index]!) : column[s]!;
    };
    column[node.index] = Math.min(...succs[node.index]!.map(entryColumn)) - 1;
  }

  // 6. Moving anchors and start nodes may turn a flow backwards (boxes sharing members): route
  // any flow that does not point right as a feedback loop.
  for (const e of graph.edges) if (!isBack[e.index] && column[e.to]! <= column[e.from]!) isBack[e.index] = true;

  // 7. Drop empty columns.
  const used = [...new Set(column)].sort((a, b) => a - b);
  const dense = new Map(used.map((c, i) => [c, i]));
  return { column: column.map((c) => dense.get(c)!), isBack: isBack.slice(0, graph.edges.length), count: used.length };
}

/**
 * 3b. Shortens flows: a node with more lines in than out moves left, one with more out than in moves
 * right, as far as its neighbours and its phase allow (coordinate descent on the total column span,
 * the objective of network simplex layering). Hinted columns stay lower bounds.
 */
function balanceColumns(graph: LGraph, order: readonly number[], preds: readonly number[][], succs: readonly number[][], column: number[]): void {
  const { nodes } = graph;
  const phaseCount = graph.phases.length;
  const phaseFirst = new Array<number>(phaseCount).fill(Infinity);
  for (const node of nodes) if (node.phase !== undefined) phaseFirst[node.phase] = Math.min(phaseFirst[node.phase]!, column[node.index]!);
  // A phased node must stay left of the first column of every later phase.
  const phaseLimit = new Array<number>(phaseCount).fill(Infinity);
  for (let p = phaseCount - 2; p >= 0; p--) phaseLimit[p] = Math.min(phaseLimit[p + 1]!, phaseFirst[p + 1]! - 1);
  for (let round = 0; round < 8; round++) {
    let moved = false;
    const pass = round % 2 === 0 ? order : [...order].reverse();
    for (const n of pass) {
      const node = nodes[n]!;
      if (node.kind === 'anchor') continue;
      const ins = preds[n]!.length;
      const outs = succs[n]!.length;
      if (ins === outs) continue;
      let lo = Math.max(node.hintColumn ?? 0, node.phase === undefined ? 0 : phaseFirst[node.phase]!);
      for (const p of preds[n]!) lo = Math.max(lo, column[p]! + 1);
      let hi = node.phase === undefined ? Infinity : phaseLimit[node.phase]!;
      for (const s of succs[n]!) hi = Math.min(hi, column[s]! - 1);
      const target = ins > outs ? lo : hi;
      if (!Number.isFinite(target) || target < lo || target > hi || target === column[n]) continue;
      column[n] = target;
      moved = true;
    }
    if (!moved) break;
  }
  const phaseOf = (n: number): number | undefined => nodes[n]!.phase;
  promoteBlocks(
    {
      preds,
      succs,
      order,
      // Anchors and start nodes are placed next to their neighbours afterwards; an end symbol stays
      // right after what it ends, so a block that would carry it along does not move.
      movable: (n) => nodes[n]!.kind === 'activity',
      low: (n) => Math.max(nodes[n]!.hintColumn ?? 0, phaseOf(n) === undefined ? 0 : phaseFirst[phaseOf(n)!]!),
      high: (n) => (phaseOf(n) === undefined ? Infinity : phaseLimit[phaseOf(n)!]!),
    },
    column,
  );
}
