/**
 * Immutable operations on id-keyed records (the format's element collections). Key order is the
 * order of the YAML mapping, so every operation states what it does to the order.
 */

/** A field patch: a value sets the field, `null` removes it, an absent key leaves it alone. */
export type Patch<T> = { readonly [K in keyof T]?: T[K] | null };

/** A thrown, plain-data failure of an edit that does not fit the map (unknown or duplicate id). */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

/** The value under `id`, or an `EditError` naming what was looked for. */
export function mustGet<T>(record: Readonly<Record<string, T>> | undefined, id: string, what: string): T {
  const value = record && Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
  if (value === undefined) throw new EditError(`no ${what} "${id}"`);
  return value;
}

/** Inserts a new entry at `index` (default: the end); refuses an id that is already taken. */
export function insertEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  id: string,
  value: T,
  what: string,
  index?: number,
): Record<string, T> {
  const entries = Object.entries(record ?? {});
  if (entries.some(([key]) => key === id)) throw new EditError(`${what} "${id}" already exists`);
  const at = index === undefined ? entries.length : Math.max(0, Math.min(index, entries.length));
  entries.splice(at, 0, [id, value]);
  return Object.fromEntries(entries);
}

/** Replaces the value under an existing id, keeping its position. */
export function replaceEntry<T>(record: Readonly<Record<string, T>> | undefined, id: string, value: T, what: string): Record<string, T> {
  mustGet(record, id, what);
  return { ...record, [id]: value };
}

/** Removes an entry; `undefined` when the record becomes empty, so an empty section disappears. */
export function removeEntry<T>(record: Readonly<Record<string, T>> | undefined, id: string, what: string): Record<string, T> | undefined {
  mustGet(record, id, what);
  const next = Object.fromEntries(Object.entries(record ?? {}).filter(([key]) => key !== id));
  return Object.keys(next).length === 0 ? undefined : next;
}

/** Moves an existing entry to `index` among the others (0 = first). */
export function moveEntry<T>(record: Readonly<Record<string, T>> | undefined, id: string, index: number, what: string): Record<string, T> {
  const value = mustGet(record, id, what);
  const others = Object.entries(record ?? {}).filter(([key]) => key !== id);
  const at = Math.max(0, Math.min(index, others.length));
  others.splice(at, 0, [id, value]);
  return Object.fromEntries(others);
}

/**
 * Applies a patch to an object: existing keys keep their position, new keys go to their place in
 * `canonicalOrder` (the schema's key order), `null` removes a key.
 */
export function patchObject<T extends object>(base: T, patch: Patch<T>, canonicalOrder: readonly string[]): T {
  const current = base as Record<string, unknown>;
  const changes = patch as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  const keys = new Set(Object.keys(current));
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) keys.delete(key);
    else keys.add(key);
  }
  const ordered = orderKeys(Object.keys(current), [...keys], canonicalOrder);
  for (const key of ordered) {
    const changed = Object.prototype.hasOwnProperty.call(changes, key) && changes[key] !== undefined;
    next[key] = changed ? changes[key] : current[key];
  }
  return next as T;
}

/** Orders `keys`: those already in `existing` keep their order, new ones slot in by canonical position. */
function orderKeys(existing: readonly string[], keys: readonly string[], canonicalOrder: readonly string[]): string[] {
  const rank = (key: string): number => {
    const position = canonicalOrder.indexOf(key);
    return position === -1 ? canonicalOrder.length : position;
  };
  const kept = existing.filter((key) => keys.includes(key));
  const result = [...kept];
  for (const key of keys) {
    if (kept.includes(key)) continue;
    // Insert before the first kept key that comes later in canonical order.
    const before = result.findIndex((other) => rank(other) > rank(key));
    if (before === -1) result.push(key);
    else result.splice(before, 0, key);
  }
  return result;
}
