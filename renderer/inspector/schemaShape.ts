/**
 * Reading the zod schema to build the inspector: the schema is the single source of truth for the
 * format, so every field it declares gets an editor, with its description as help text.
 */
import type { z } from 'zod';

type AnySchema = z.ZodType;

interface Def {
  readonly type: string;
  readonly innerType?: AnySchema;
  readonly element?: AnySchema;
  readonly shape?: Record<string, AnySchema>;
  readonly entries?: Record<string, string>;
  readonly keyType?: AnySchema;
  readonly valueType?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly values?: readonly unknown[];
  readonly discriminator?: string;
}

export function defOf(schema: AnySchema): Def {
  return (schema as unknown as { def: Def }).def;
}

export interface FieldSchema {
  /** The schema with `optional` removed. */
  readonly base: AnySchema;
  readonly isOptional: boolean;
  readonly description: string | undefined;
}

export function unwrap(schema: AnySchema): FieldSchema {
  let current = schema;
  let isOptional = false;
  let description = schema.description;
  while (defOf(current).type === 'optional') {
    isOptional = true;
    current = defOf(current).innerType!;
    description ??= current.description;
  }
  return { base: current, isOptional, description };
}

export type FieldKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'constant'; readonly value: string }
  | { readonly kind: 'lines'; readonly item: AnySchema }
  | { readonly kind: 'notes' }
  | { readonly kind: 'list'; readonly item: AnySchema }
  | { readonly kind: 'object'; readonly shape: Readonly<Record<string, AnySchema>> }
  | { readonly kind: 'keyed'; readonly keys: readonly string[]; readonly value: AnySchema }
  | { readonly kind: 'pairs' }
  | { readonly kind: 'variant'; readonly discriminator: string; readonly options: readonly AnySchema[] }
  | { readonly kind: 'unsupported' };

/** Which editor a (non-optional) schema gets. */
export function fieldKind(schema: AnySchema): FieldKind {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return { kind: 'text' };
    case 'number':
      return { kind: 'number' };
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'constant', value: String(def.values?.[0]) };
    case 'array': {
      const item = unwrap(def.element!).base;
      const itemDef = defOf(item);
      if (itemDef.type === 'string') return { kind: 'lines', item };
      if (itemDef.type === 'union' && !itemDef.discriminator) return { kind: 'notes' };
      return { kind: 'list', item };
    }
    case 'object':
      return { kind: 'object', shape: def.shape ?? {} };
    case 'record': {
      const keyDef = defOf(def.keyType!);
      if (keyDef.type === 'enum') return { kind: 'keyed', keys: Object.values(keyDef.entries ?? {}), value: def.valueType! };
      if (defOf(def.valueType!).type === 'string') return { kind: 'pairs' };
      return { kind: 'unsupported' };
    }
    case 'union':
      return def.discriminator ? { kind: 'variant', discriminator: def.discriminator, options: def.options ?? [] } : { kind: 'unsupported' };
    default:
      return { kind: 'unsupported' };
  }
}

/** "keyPeople" → "Key people". */
export function labelOf(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The first problem zod finds with `value`, as a sentence; undefined when it is valid. */
export function problemOf(schema: AnySchema, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? `item ${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Fields written as multi-line text rather than one line. */
export const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set(['summary', 'description', 'text', 'decision']);
