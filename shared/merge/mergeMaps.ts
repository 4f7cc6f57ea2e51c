/**
 * Three-way merge of maps by element id. Each element (an activity, a flow, a lane, a top-level
 * field such as `title` or `description`) is merged on its own, field by field: a change made on
 * one side only is taken; the same change on both sides is taken once; different changes to the
 * same field of the same element are a conflict of that element, and only of that element.
 */
import { ProcessMap } from '../model/schema';
import { ELEMENT_COLLECTIONS } from '../model/elementKinds';
import { clonePlain, isPlainRecord, sameValue } from '../diff/sameValue';

type Rec = Record<string, unknown>;
export type UnitPath = readonly string[];

/** An element changed differently on both sides. The merged value holds ours (or theirs when ours deleted it). */
export interface MergeConflict {
  /** The element: `[collection, id]`, `['layout', part, id]` or `[field]` for a map-level field. */
  readonly path: UnitPath;
  /** Fields changed differently on both sides; empty when the element as a whole conflicts (delete vs change, order). */
  readonly fields: readonly string[];
  readonly base: unknown;
  readonly ours: unknown;
  readonly theirs: unknown;
}

export interface MergeResult {
  readonly merged: ProcessMap;
  readonly conflicts: readonly MergeConflict[];
  /** False when the merged data does not satisfy the schema even after marking conflicts. */
  readonly isValid: boolean;
}

const RECORD_COLLECTIONS = new Set<string>(ELEMENT_COLLECTIONS);
const ORDERED = new Set(['lanes', 'phases']);

/** The three-way choice for one value; `conflict` when both sides changed it differently. */
function pick(base: unknown, ours: unknown, theirs: unknown): { value: unknown; conflict: boolean } {
  if (sameValue(ours, theirs)) return { value: ours, conflict: false };
  if (sameValue(base, ours)) return { value: theirs, conflict: false };
  if (sameValue(base, theirs)) return { value: ours, conflict: false };
  return { value: ours === undefined ? theirs : ours, conflict: true };
}

/** Keys of all three in a sensible order: ours first, then what only theirs and base have. */
function allKeys(...records: Array<Rec | undefined>): string[] {
  const keys: string[] = [];
  for (const record of records) for (const key of Object.keys(record ?? {})) if (!keys.includes(key)) keys.push(key);
  return keys;
}

/** One element: field by field when it exists on all three sides as an object, whole otherwise. */
function mergeElement(path: UnitPath, base: unknown, ours: unknown, theirs: unknown, conflicts: MergeConflict[]): unknown {
  if (sameValue(ours, theirs)) return ours;
  if (isPlainRecord(base) && isPlainRecord(ours) && isPlainRecord(theirs)) {
    const result: Rec = {};
    const clashing: string[] = [];
    for (const key of allKeys(ours, theirs, base)) {
      const choice = pick(base[key], ours[key], theirs[key]);
      if (choice.conflict) clashing.push(key);
      if (choice.value !== undefined) result[key] = choice.value;
    }
    if (clashing.length === 0) return orderLike(result, ours, theirs);
    conflicts.push({ path, fields: clashing, base, ours, theirs });
    return ours;
  }
  const choice = pick(base, ours, theirs);
  if (choice.conflict) conflicts.push({ path, fields: [], base, ours, theirs });
  return choice.value;
}

/** `record`'s keys in ours' order, with keys only theirs has placed after their predecessor there. */
function orderLike(record: Rec, ours: Rec, theirs: Rec): Rec {
  const order = mergeKeyOrder(Object.keys(ours), Object.keys(ours), Object.keys(theirs), new Set(Object.keys(record)));
  return Object.fromEntries(order.map((key) => [key, record[key]]));
}

/** True when the keys both lists share appear in a different relative order. */
function isReordered(base: readonly string[], side: readonly string[]): boolean {
  const common = side.filter((key) => base.includes(key));
  const baseCommon = base.filter((key) => side.includes(key));
  return common.some((key, index) => key !== baseCommon[index]);
}

/** Result key order: the side that reordered leads (ours by default); the other side's additions follow their predecessors. */
function mergeKeyOrder(base: readonly string[], ours: readonly string[], theirs: readonly string[], present: ReadonlySet<string>): string[] {
  const theirsLeads = isReordered(base, theirs) && !isReordered(base, ours);
  const [primary, secondary] = theirsLeads ? [theirs, ours] : [ours, theirs];
  const order = primary.filter((key) => present.has(key));
  secondary.forEach((key, index) => {
    if (!present.has(key) || order.includes(key)) return;
    const predecessor = secondary
      .slice(0, index)
      .reverse()
      .find((candidate) => order.includes(candidate));
    order.splice(predecessor === undefined ? 0 : order.indexOf(predecessor) + 1, 0, key);
  });
  for (const key of present) if (!order.includes(key)) order.push(key);
  return order;
}

function mergeRecord(path: UnitPath, base: Rec | undefined, ours: Rec | undefined, theirs: Rec | undefined, conflicts: MergeConflict[], isOrdered: boolean): Rec | undefined {
  if (sameValue(ours, theirs) && Object.keys(ours ?? {}).join('\u0000') === Object.keys(theirs ?? {}).join('\u0000')) return ours;
  const result: Rec = {};
  for (const id of allKeys(ours, theirs, base)) {
    const value = mergeElement([...path, id], base?.[id], ours?.[id], theirs?.[id], conflicts);
    if (value !== undefined) result[id] = value;
  }
  const baseKeys = Object.keys(base ?? {});
  const oursKeys = Object.keys(ours ?? {});
  const theirsKeys = Object.keys(theirs ?? {});
  if (isOrdered && isReordered(baseKeys, oursKeys) && isReordered(baseKeys, theirsKeys) && isReordered(oursKeys, theirsKeys)) {
    conflicts.push({ path, fields: [], base, ours, theirs });
  }
  const order = mergeKeyOrder(baseKeys, oursKeys, theirsKeys, new Set(Object.keys(result)));
  const ordered = Object.fromEntries(order.map((key) => [key, result[key]]));
  // A section both sides kept (or either side created) stays, even when it ends up empty.
  const isPresent = pick(base !== undefined, ours !== undefined, theirs !== undefined).value === true || Object.keys(ordered).length > 0;
  return isPresent ? ordered : undefined;
}

/** Merges `ours` and `theirs`, both descended from `base`. */
export function mergeMaps(base: ProcessMap, ours: ProcessMap, theirs: ProcessMap): MergeResult {
  const conflicts: MergeConflict[] = [];
  const b = base as unknown as Rec;
  const o = ours as unknown as Rec;
  const t = theirs as unknown as Rec;
  const merged: Rec = {};
  for (const key of allKeys(o, t, b)) {
    let value: unknown;
    if (RECORD_COLLECTIONS.has(key)) {
      value = mergeRecord([key], b[key] as Rec | undefined, o[key] as Rec | undefined, t[key] as Rec | undefined, conflicts, ORDERED.has(key));
    } else if (key === 'layout' && [b[key], o[key], t[key]].every((part) => part === undefined || isPlainRecord(part))) {
      const parts: Rec = {};
      const [lb, lo, lt] = [b[key], o[key], t[key]] as Array<Rec | undefined>;
      for (const part of allKeys(lo, lt, lb)) {
        const mergedPart = mergeRecord(['layout', part], lb?.[part] as Rec | undefined, lo?.[part] as Rec | undefined, lt?.[part] as Rec | undefined, conflicts, false);
        if (mergedPart !== undefined) parts[part] = mergedPart;
      }
      const isPresent = pick(lb !== undefined, lo !== undefined, lt !== undefined).value === true || Object.keys(parts).length > 0;
      value = isPresent ? parts : undefined;
    } else {
      value = mergeElement([key], b[key], o[key], t[key], conflicts);
    }
    if (value !== undefined) merged[key] = value;
  }
  // Field-by-field merging can combine values that do not fit together (an initiation's kind from
  // one side, its fields from the other): any element the schema rejects becomes a conflict.
  let result = clonePlain(merged) as unknown as ProcessMap;
  let isValid = ProcessMap.safeParse(result).success;
  if (!isValid) {
    for (const issue of ProcessMap.safeParse(result).error?.issues ?? []) {
      const head = String(issue.path[0]);
      const unit = (RECORD_COLLECTIONS.has(head) ? issue.path.slice(0, 2) : head === 'layout' ? issue.path.slice(0, 3) : issue.path.slice(0, 1)).map(String);
      if (conflicts.some((conflict) => conflict.path.join('\u0000') === unit.join('\u0000'))) continue;
      const at = (root: Rec): unknown => unit.reduce<unknown>((value, segment) => (isPlainRecord(value) ? value[segment] : undefined), root);
      const [vb, vo, vt] = [at(b), at(o), at(t)];
      conflicts.push({ path: unit, fields: [], base: vb, ours: vo, theirs: vt });
      setUnit(merged, unit, vo === undefined ? vt : vo);
    }
    result = clonePlain(merged) as unknown as ProcessMap;
    isValid = ProcessMap.safeParse(result).success;
  }
  return { merged: result, conflicts, isValid };
}

function setUnit(root: Rec, path: UnitPath, value: unknown): void {
  let parent = root;
  for (const segment of path.slice(0, -1)) {
    if (!isPlainRecord(parent[segment])) parent[segment] = {};
    parent = parent[segment] as Rec;
  }
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}
