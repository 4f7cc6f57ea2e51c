/**
 * Applying a map diff: every change sets (or deletes) the value at its path, then sections and
 * orders are restored, so `applyDiff(a, diffMaps(a, b))` rebuilds `b`.
 */
import type { ProcessMap } from '../model/schema';
import type { ChangePath, MapChange, MapDiff } from './changeKinds';
import { withMapReferencesRenamed } from './mapReferences';
import { clonePlain, isPlainRecord, sameValue } from './sameValue';

type Rec = Record<string, unknown>;

/** Collections whose key order means something (lanes top to bottom, phases left to right). */
export const ORDERED_COLLECTIONS = new Set<string>(['lanes', 'phases']);

function isReorder(change: MapChange): boolean {
  return change.kind === 'order.changed' || change.kind === 'lane.reordered' || change.kind === 'phase.reordered';
}

/** Sets (or, with `undefined`, deletes) the value at `path`, creating parent records as needed. */
export function setAtPath(root: Rec, path: ChangePath, value: unknown, follows?: string | null): void {
  let parent: Rec = root;
  for (const segment of path.slice(0, -1)) {
    const key = String(segment);
    if (!isPlainRecord(parent[key])) parent[key] = {};
    parent = parent[key] as Rec;
  }
  const key = String(path[path.length - 1]);
  if (value === undefined) {
    delete parent[key];
    return;
  }
  parent[key] = clonePlain(value);
  if (follows !== undefined) {
    const order = Object.keys(parent).filter((candidate) => candidate !== key);
    order.splice(follows === null ? 0 : order.indexOf(follows) + 1, 0, key);
    reorderRecord(parent, order);
  }
}

/** Reorders the keys of `record` in place: `order` first, any others after in their old order. */
export function reorderRecord(record: Rec, order: readonly string[]): void {
  const entries = [...order.filter((key) => Object.hasOwn(record, key)), ...Object.keys(record).filter((key) => !order.includes(key))].map((key) => [key, record[key]] as const);
  for (const key of Object.keys(record)) delete record[key];
  for (const [key, value] of entries) record[key] = value;
}

export function valueAtPath(root: unknown, path: ChangePath): unknown {
  let current = root;
  for (const segment of path) {
    if (!isPlainRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Rec)[String(segment)];
  }
  return current;
}

/** `map` with the changes of `diff` applied; applying `diffMaps(a, b)` to `a` gives `b`. */
export function applyDiff(map: ProcessMap, diff: MapDiff): ProcessMap {
  const all = [...diff.changes, ...diff.layout];
  // 0. Renamed map references first: the other changes were found with them made.
  const renames = new Map(all.filter((change) => change.kind === 'map.references-renamed').map((change) => [change.before as string, { to: change.after as string }]));
  const result = clonePlain(renames.size > 0 ? withMapReferencesRenamed(map, renames) : map) as unknown as Rec;
  // 1. Values, in order (elements before the fields of elements added in the same diff cannot occur).
  for (const change of all) {
    if (!isReorder(change) && change.kind !== 'section.changed' && change.kind !== 'map.references-renamed') setAtPath(result, change.path, change.after, change.follows);
  }
  // 2. Sections that appear or disappear empty.
  for (const change of all) {
    if (change.kind !== 'section.changed') continue;
    if (change.after === undefined) setAtPath(result, change.path, undefined);
    else if (valueAtPath(result, change.path) === undefined) setAtPath(result, change.path, {});
  }
  // 3. Reorders last, when every key is in place.
  for (const change of all) {
    if (!isReorder(change)) continue;
    const record = valueAtPath(result, change.path);
    if (isPlainRecord(record)) reorderRecord(record, change.after as string[]);
  }
  return result as unknown as ProcessMap;
}

/** Semantic equality of maps: values equal, and lanes and phases in the same order. */
export function equalMaps(a: ProcessMap, b: ProcessMap): boolean {
  if (!sameValue(a, b)) return false;
  return [...ORDERED_COLLECTIONS].every((collection) => {
    const left = Object.keys((a as unknown as Rec)[collection] ?? {});
    const right = Object.keys((b as unknown as Rec)[collection] ?? {});
    return left.join('\u0000') === right.join('\u0000');
  });
}
