/** Plain JSON data out of any JS value a map edit may produce. */
/**
 * Plain JSON data, as `JSON.parse(JSON.stringify(value))` would give it (no `undefined` members,
 * `null` for `undefined` items and non-finite numbers), but copying only the objects that change:
 * an edited map is almost entirely plain already, and copying it whole cost more than the diff.
 */
export function toPlainData(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const plain = toPlainData(item);
      if (!Object.is(plain, item)) copy ??= value.slice(0, index);
      if (copy) copy.push(plain);
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const member = record[key];
    if (member === undefined) {
      copy ??= plainCopyBefore(record, key);
      continue;
    }
    const plain = toPlainData(member);
    if (!Object.is(plain, member)) copy ??= plainCopyBefore(record, key);
    if (copy) setOwnProperty(copy, key, plain);
  }
  return copy ?? value;
}

/** The members of `record` before `stop`, normalized: the start of a copy that must differ. */
function plainCopyBefore(record: Record<string, unknown>, stop: string): Record<string, unknown> {
  const partial: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key === stop) break;
    if (record[key] !== undefined) setOwnProperty(partial, key, toPlainData(record[key]));
  }
  return partial;
}

/** Sets an own property, also for the key `__proto__` (as JSON.parse and the YAML readers do). */
export function setOwnProperty(object: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

/** A scalar that plain data holds as it is (what JSON keeps unchanged): no `undefined`, non-finite number or -0. */
export function isPlainScalar(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}

/** An object or array as plain data has it (no class instance, such as a Date). */
export function isPlainCollection(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

/** Equal data, with object keys in the same order (a reordering must be written too). */
export function sameDataInOrder(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) {
    const left = a as unknown[];
    const right = b as unknown[];
    if (left.length !== right.length) return false;
    for (let index = 0; index < left.length; index++) if (!sameDataInOrder(left[index], right[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  for (let index = 0; index < leftKeys.length; index++) {
    const key = leftKeys[index]!;
    if (key !== rightKeys[index] || !sameDataInOrder(left[key], right[key])) return false;
  }
  return true;
}
