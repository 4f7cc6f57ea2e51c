/**
 * How the items of an old list map onto a new one for a minimal save: unchanged items are found by
 * a longest common subsequence of their data; in a changed run between them, items are paired by
 * identity (their `id`, else their `name`), so inserting one item and editing another edits the
 * right one in place; what is left of a run is paired by position, then removed or added.
 */
import { sequenceSteps } from '../text/lcs';

export type ListItemStep =
  | { readonly kind: 'same'; readonly old: number; readonly next: number }
  | { readonly kind: 'changed'; readonly old: number; readonly next: number }
  | { readonly kind: 'removed'; readonly old: number }
  /** New items, written after old item `after` (-1: before the first item). */
  | { readonly kind: 'added'; readonly next: readonly number[]; readonly after: number };

/** Beyond this many cells the comparison table costs more than the save; items pair by position. */
const LARGEST_TABLE = 4_000_000;

/** The steps from `old` to `next`, in the order of both lists. */
export function pairListItems(old: readonly unknown[], next: readonly unknown[]): ListItemStep[] {
  const steps: ListItemStep[] = [];
  const emit = new StepSink(steps);
  if (old.length * next.length > LARGEST_TABLE) {
    emit.byPosition(range(0, old.length), range(0, next.length));
    return steps;
  }
  let removed: number[] = [];
  let added: number[] = [];
  for (const step of sequenceSteps(old.map(dataKey), next.map(dataKey))) {
    if (step.kind === 'removed') removed.push(step.a);
    else if (step.kind === 'added') added.push(step.b);
    else {
      emit.byIdentity(old, next, removed, added);
      removed = [];
      added = [];
      emit.push({ kind: 'same', old: step.a, next: step.b });
    }
  }
  emit.byIdentity(old, next, removed, added);
  return steps;
}

class StepSink {
  private lastOld = -1;

  constructor(private readonly steps: ListItemStep[]) {}

  push(step: ListItemStep): void {
    if (step.kind !== 'added') this.lastOld = step.old;
    this.steps.push(step);
  }

  /** A changed run: items of equal identity pair in order; the gaps between them pair by position. */
  byIdentity(old: readonly unknown[], next: readonly unknown[], removed: readonly number[], added: readonly number[]): void {
    if (removed.length === 0 || added.length === 0) {
      this.byPosition(removed, added);
      return;
    }
    // Items without an identity get a token no other item has, so they never pair here.
    const oldIds = removed.map((index) => identityOf(old[index]) ?? `\u0000old${index}`);
    const nextIds = added.map((index) => identityOf(next[index]) ?? `\u0000next${index}`);
    let gapOld: number[] = [];
    let gapNext: number[] = [];
    for (const step of sequenceSteps(oldIds, nextIds)) {
      if (step.kind === 'removed') gapOld.push(removed[step.a]!);
      else if (step.kind === 'added') gapNext.push(added[step.b]!);
      else {
        this.byPosition(gapOld, gapNext);
        gapOld = [];
        gapNext = [];
        this.push({ kind: 'changed', old: removed[step.a]!, next: added[step.b]! });
      }
    }
    this.byPosition(gapOld, gapNext);
  }

  byPosition(removed: readonly number[], added: readonly number[]): void {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) this.push({ kind: 'changed', old: removed[k]!, next: added[k]! });
    for (let k = paired; k < removed.length; k++) this.push({ kind: 'removed', old: removed[k]! });
    if (added.length > paired) this.steps.push({ kind: 'added', next: added.slice(paired), after: this.lastOld });
  }
}

function dataKey(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/** What names a list item whatever its other fields say: its `id`, else its `name`. */
function identityOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const field of ['id', 'name']) {
    const identity = record[field];
    if (typeof identity === 'string' || typeof identity === 'number') return `${field}:${identity}`;
  }
  return undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
