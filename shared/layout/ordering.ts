/**
 * Crossing reduction on the lane grid: layer sweeps over whole columns where every item keeps its
 * lane and band (the lane order is a constraint of the sort, not a separate pass per cell), with
 * barycentres of the neighbouring column, adjacent exchanges, and the best order seen kept.
 */
import type { Item } from './laneGrid';

/** Items whose sort keys may be exchanged: same lane and band. */
const sameCell = (a: Item, b: Item): boolean => a.lane === b.lane && a.band === b.band;

/** Links from each item to items of the next column only (feedback links skip columns and do not count). */
function adjacentLinks(items: readonly Item[]): { next: number[][]; prev: number[][] } {
  const next: number[][] = items.map(() => []);
  const prev: number[][] = items.map(() => []);
  for (const item of items) {
    for (const n of item.next) {
      if (items[n]!.column !== item.column + 1) continue;
      next[item.index]!.push(n);
      prev[n]!.push(item.index);
    }
  }
  return { next, prev };
}

/** Crossings between straight links of two adjacent columns, counted by inversions (Fenwick tree). */
function crossingsBetween(items: readonly Item[], left: readonly number[], next: readonly number[][], width: number): number {
  const pairs: number[] = [];
  for (const it of left) {
    const targets = next[it]!.map((n) => items[n]!.rank).sort((a, b) => a - b);
    for (const t of targets) pairs.push(t);
  }
  const tree = new Int32Array(width + 1);
  let crossings = 0;
  let seen = 0;
  for (const t of pairs) {
    let greater = 0;
    for (let i = t + 1; i > 0; i -= i & -i) greater += tree[i]!;
    crossings += seen - greater;
    for (let i = t + 1; i <= width; i += i & -i) tree[i]!++;
    seen++;
  }
  return crossings;
}

/** Orders every column in place (and sets `rank`); deterministic. */
export function orderColumns(items: Item[], columns: number[][]): void {
  const { next, prev } = adjacentLinks(items);
  const widest = Math.max(1, ...columns.map((c) => c.length));
  const total = (): number => {
    let sum = 0;
    for (let c = 0; c + 1 < columns.length; c++) sum += crossingsBetween(items, columns[c]!, next, widest);
    return sum;
  };
  const key = new Float64Array(items.length);
  const both = items.map((it) => [...prev[it.index]!, ...next[it.index]!]);
  const sweep = (column: number[], links: readonly number[][]): void => {
    for (const it of column) {
      const list = links[it]!;
      if (list.length === 0) key[it] = items[it]!.rank;
      else {
        let sum = 0;
        for (const n of list) sum += items[n]!.rank;
        key[it] = sum / list.length;
      }
    }
    column.sort((p, q) => {
      const a = items[p]!;
      const b = items[q]!;
      return a.lane - b.lane || a.band - b.band || key[p]! - key[q]! || a.rank - b.rank;
    });
    for (let r = 0; r < column.length; r++) items[column[r]!]!.rank = r;
  };
  // Adjacent exchange inside a cell when it removes crossings with both neighbouring columns.
  const crossingsIfAbove = (u: Item, v: Item): number => {
    let count = 0;
    for (const links of [prev, next]) {
      for (const a of links[u.index]!) for (const b of links[v.index]!) if (items[a]!.rank > items[b]!.rank) count++;
    }
    return count;
  };
  const transpose = (column: number[]): void => {
    for (let pass = 0; pass < 4; pass++) {
      let improved = false;
      for (let i = 0; i + 1 < column.length; i++) {
        const u = items[column[i]!]!;
        const v = items[column[i + 1]!]!;
        if (!sameCell(u, v)) continue;
        if (crossingsIfAbove(v, u) < crossingsIfAbove(u, v)) {
          column[i] = v.index;
          column[i + 1] = u.index;
          u.rank = i + 1;
          v.rank = i;
          improved = true;
        }
      }
      if (!improved) break;
    }
  };
  let best = total();
  let bestColumns = columns.map((c) => [...c]);
  let stale = 0;
  for (let round = 0; round < ROUNDS && stale < 3; round++) {
    // After a few one-sided rounds, barycentres of both neighbouring columns settle the middle.
    const twoSided = round >= 4;
    if (round % 2 === 0) {
      for (let c = 1; c < columns.length; c++) {
        sweep(columns[c]!, twoSided ? both : prev);
        transpose(columns[c]!);
      }
    } else {
      for (let c = columns.length - 2; c >= 0; c--) {
        sweep(columns[c]!, twoSided ? both : next);
        transpose(columns[c]!);
      }
    }
    const crossings = total();
    if (crossings < best) {
      best = crossings;
      bestColumns = columns.map((c) => [...c]);
      stale = 0;
    } else stale++;
  }
  bestColumns.forEach((order, c) => {
    columns[c] = order;
    order.forEach((it, r) => (items[it]!.rank = r));
  });
}

/** Sweeps seldom improve after a dozen rounds (measured on the layout cases). */
const ROUNDS = 12;
