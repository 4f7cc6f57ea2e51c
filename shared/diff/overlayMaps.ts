/**
 * Two maps laid over each other for a visual comparison: one map that holds every drawable element
 * of both (the "after" version of an element both have), so a single layout places the elements of
 * both maps, and the elements only one side has can be drawn as ghosts where they would be.
 */
import type { ProcessMap } from '../model/schema';

/** The collections whose elements are drawn (or name what is drawn) and so are overlaid. */
export const OVERLAID_COLLECTIONS = ['actors', 'lanes', 'phases', 'activities', 'groups', 'initiations', 'terminations', 'flows'] as const;
export type OverlaidCollection = (typeof OVERLAID_COLLECTIONS)[number];

/** `<collection>:<id>`, e.g. `activities:D2`: an element named across collections. */
export type ElementKey = `${OverlaidCollection}:${string}`;

export function elementKey(collection: OverlaidCollection, id: string): ElementKey {
  return `${collection}:${id}`;
}

export interface OverlaidMaps {
  /** Every element of `after`, plus those only `before` has, each placed after its predecessor in `before`. */
  readonly map: ProcessMap;
  /** Elements only `before` has (removed on the way to `after`). */
  readonly onlyBefore: ReadonlySet<ElementKey>;
  /** Elements only `after` has (added). */
  readonly onlyAfter: ReadonlySet<ElementKey>;
}

/**
 * The keys of `after` in their order, with the keys only `before` has inserted right after the key
 * that precedes them in `before` (or first, when nothing precedes them there).
 */
function mergedOrder(after: readonly string[], before: readonly string[]): string[] {
  const order = [...after];
  const present = new Set(after);
  let previous: string | undefined;
  for (const key of before) {
    if (!present.has(key)) {
      const at = previous === undefined ? 0 : order.indexOf(previous) + 1;
      order.splice(at, 0, key);
      present.add(key);
    }
    previous = key;
  }
  return order;
}

/** Lays `before` and `after` over each other (see `OverlaidMaps`). */
export function overlayMaps(before: ProcessMap, after: ProcessMap): OverlaidMaps {
  const onlyBefore = new Set<ElementKey>();
  const onlyAfter = new Set<ElementKey>();
  const map: Record<string, unknown> = { ...after };
  for (const collection of OVERLAID_COLLECTIONS) {
    const was = (before[collection] ?? {}) as Readonly<Record<string, unknown>>;
    const now = (after[collection] ?? {}) as Readonly<Record<string, unknown>>;
    for (const id of Object.keys(was)) if (!Object.hasOwn(now, id)) onlyBefore.add(elementKey(collection, id));
    for (const id of Object.keys(now)) if (!Object.hasOwn(was, id)) onlyAfter.add(elementKey(collection, id));
    if (before[collection] === undefined && after[collection] === undefined) continue;
    const merged: Record<string, unknown> = {};
    for (const id of mergedOrder(Object.keys(now), Object.keys(was))) merged[id] = Object.hasOwn(now, id) ? now[id] : was[id];
    map[collection] = merged;
  }
  return { map: map as ProcessMap, onlyBefore, onlyAfter };
}
