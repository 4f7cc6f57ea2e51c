/**
 * Key order for data about to be written over an existing file: keys the file already has keep its
 * order, and new keys go after their canonical predecessor — the order in which the minimal YAML
 * writer (`updateMapText`) inserts them, so the written text reads back exactly as the data.
 */
import type { z } from 'zod';
import { childSchema, declaredKeyOrder, sortKeys } from '../model/keyOrder';
import { ProcessMap } from '../model/schema';
import { isPlainRecord } from '../diff/sameValue';

type AnySchema = z.core.$ZodType;

/** `next` with object keys ordered to match `previous` (the data of the file being updated). */
export function alignKeyOrder<T>(next: T, previous: unknown, schema: AnySchema | undefined = ProcessMap): T {
  return align(next, previous, schema) as T;
}

function align(next: unknown, previous: unknown, schema: AnySchema | undefined): unknown {
  if (Array.isArray(next)) {
    const itemSchema = schema ? childSchema(schema, 0) : undefined;
    return next.map((item, index) => align(item, Array.isArray(previous) ? previous[index] : undefined, itemSchema));
  }
  if (!isPlainRecord(next)) return next;
  const old = isPlainRecord(previous) ? previous : undefined;
  const keys = Object.keys(next).filter((key) => next[key] !== undefined);
  const declared = declaredKeyOrder(schema, next);
  let order: string[];
  if (!declared) order = keys; // a record: the author's order, as given
  else if (!old) order = sortKeys(keys, declared);
  else {
    const canonical = sortKeys(keys, declared);
    order = Object.keys(old).filter((key) => keys.includes(key));
    for (const key of canonical) {
      if (order.includes(key)) continue;
      const position = canonical.indexOf(key);
      const predecessor = canonical
        .slice(0, position)
        .reverse()
        .find((candidate) => order.includes(candidate));
      order.splice(predecessor === undefined ? 0 : order.indexOf(predecessor) + 1, 0, key);
    }
  }
  return Object.fromEntries(order.map((key) => [key, align(next[key], old?.[key], schema ? childSchema(schema, key) : undefined)]));
}
