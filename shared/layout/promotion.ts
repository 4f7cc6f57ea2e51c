/**
 * Block moves for the layering: shortens the total column span of the flows by shifting a node one
 * column together with every neighbour it would otherwise run into (the "promotion" heuristic for
 * minimum-span layering, an LP-free stand-in for network simplex). Single-node moves cannot do this
 * when a node and its successor both pull the same way.
 */

export interface PromotionInput {
  readonly preds: readonly number[][];
  readonly succs: readonly number[][];
  /** Per node: may it move at all (anchors are placed afterwards), and its column bounds. */
  readonly movable: (node: number) => boolean;
  readonly low: (node: number) => number;
  readonly high: (node: number) => number;
  readonly order: readonly number[];
}

/** Largest block tried in one move: keeps the worst case linear in practice. */
const BLOCK_LIMIT = 50;

/**
 * The nodes that must move with `start` when it moves one column in `direction` (+1 right, -1
 * left), or undefined when one of them cannot move.
 */
function blockOf(input: PromotionInput, column: readonly number[], start: number, direction: 1 | -1, mark: Marks): number[] | undefined {
  const block = [start];
  const stamp = ++mark.stamp;
  mark.of[start] = stamp;
  for (let i = 0; i < block.length; i++) {
    const node = block[i]!;
    const target = column[node]! + direction;
    if (!input.movable(node) || target < input.low(node) || target > input.high(node)) return undefined;
    // A neighbour one column away in the direction of the move would end up in the same column.
    for (const next of direction === 1 ? input.succs[node]! : input.preds[node]!) {
      if (mark.of[next] === stamp || column[next]! !== column[node]! + direction) continue;
      if (block.length >= BLOCK_LIMIT) return undefined;
      mark.of[next] = stamp;
      block.push(next);
    }
  }
  return block;
}

/** Block membership by stamp: a node is in the current block when its mark equals the stamp. */
interface Marks {
  stamp: number;
  readonly of: Int32Array;
}

/** Change of the total span if `block` moves one column in `direction`. */
function spanChange(input: PromotionInput, block: readonly number[], direction: 1 | -1, mark: Marks): number {
  const stamp = mark.stamp;
  let change = 0;
  for (const node of block) {
    for (const p of input.preds[node]!) if (mark.of[p] !== stamp) change += direction;
    for (const s of input.succs[node]!) if (mark.of[s] !== stamp) change -= direction;
  }
  return change;
}

/** Moves blocks while a move shortens the total span; deterministic (fixed visiting order). */
export function promoteBlocks(input: PromotionInput, column: number[], rounds = 6): void {
  const mark: Marks = { stamp: 0, of: new Int32Array(column.length) };
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const node of input.order) {
      // Only a node that pulls the way of the move starts a block (others would lengthen its lines).
      const pull = input.succs[node]!.length - input.preds[node]!.length;
      if (pull === 0) continue;
      {
        const direction = pull > 0 ? 1 : -1;
        const block = blockOf(input, column, node, direction, mark);
        if (!block || spanChange(input, block, direction, mark) >= 0) continue;
        for (const member of block) column[member]! += direction;
        moved = true;
      }
    }
    if (!moved) break;
  }
}
