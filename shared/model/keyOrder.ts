/**
 * Canonical key order, read from the zod schema itself so it can never drift from the format:
 * the keys of an object appear in the order its schema declares them.
 */
import type { z } from 'zod';
import { ActorCatalogue, ProcessMap } from './schema';

type AnySchema = z.core.$ZodType;

interface SchemaDef {
  type: string;
  shape?: Record<string, AnySchema>;
  valueType?: AnySchema;
  element?: AnySchema;
  innerType?: AnySchema;
  options?: AnySchema[];
  in?: AnySchema;
}

function defOf(schema: AnySchema): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Strips optional/nullable/default/readonly/pipe wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType && ['optional', 'nullable', 'default', 'readonly', 'nonoptional', 'catch', 'prefault'].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
}

/** Object options of a schema: itself if it is an object, its object members if it is a union. */
function objectOptions(schema: AnySchema): AnySchema[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object') return [inner];
  if (def.type === 'union') return (def.options ?? []).flatMap(objectOptions);
  return [];
}

/** The schema of the value found under `key` of a value of `schema`, when the schema says. */
export function childSchema(schema: AnySchema, key: string | number): AnySchema | undefined {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'object':
      return ownShapeEntry(def.shape, key);
    case 'record':
      return def.valueType;
    case 'array':
      return def.element;
    case 'union':
      for (const option of objectOptions(inner)) {
        const child = ownShapeEntry(defOf(option).shape, key);
        if (child) return child;
      }
      // A union of a scalar and an object (notes): the object option holds the keys.
      return undefined;
    default:
      return undefined;
  }
}

/** A shape's own entry: a key named like an `Object.prototype` member (`constructor`) is not in the shape. */
function ownShapeEntry(shape: Record<string, AnySchema> | undefined, key: string | number): AnySchema | undefined {
  return shape && Object.hasOwn(shape, String(key)) ? shape[String(key)] : undefined;
}

/** The schema at `path` from `root`, or undefined where the path leaves the schema. */
export function schemaAtPath(root: AnySchema, path: readonly (string | number)[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

/**
 * Canonical key order of the object that `schema` describes; undefined for records (whose order is
 * the author's: lane order is top-to-bottom order) and for non-objects.
 */
export function declaredKeyOrder(schema: AnySchema | undefined, value?: unknown): readonly string[] | undefined {
  if (!schema) return undefined;
  let options = objectOptions(schema);
  if (options.length === 0) return undefined;
  // A discriminated union (initiations, terminations): the variant named by `kind` gives the order.
  const kind = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['kind'] : undefined;
  const matching = options.filter((option) => literalValues(defOf(option).shape?.['kind']).includes(kind));
  if (matching.length > 0) options = matching;
  const keys: string[] = [];
  for (const option of options) {
    for (const key of Object.keys(defOf(option).shape ?? {})) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function literalValues(schema: AnySchema | undefined): unknown[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema)) as SchemaDef & { values?: unknown[] };
  return def.type === 'literal' ? (def.values ?? []) : [];
}

/** Sorts `keys` into canonical order; keys the schema does not declare keep their order, last. */
export function sortKeys(keys: readonly string[], order: readonly string[] | undefined): string[] {
  if (!order) return [...keys];
  const rank = (key: string): number => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.index - b.index)
    .map(({ key }) => key);
}

/** Root schema of a file, chosen by its `format` value. */
export function rootSchemaFor(format: unknown): AnySchema {
  return typeof format === 'string' && format.startsWith('swimlane-actors/') ? ActorCatalogue : ProcessMap;
}
