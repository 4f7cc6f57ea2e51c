/**
 * A fast, allocation-free yes/no check compiled from a zod schema.
 *
 * zod builds a full copy of every object it validates, which on a 1,000-activity map costs more
 * than reading the YAML. Maps that load are almost always valid, so the loader first asks this
 * acceptor; only when it says no (or cannot say) does zod run, and zod then produces the located
 * messages. The acceptor is derived from the zod schema's own definition, so the schema stays the
 * single source of truth.
 *
 * Soundness is the contract: `accept(value)` is true only when `schema.safeParse(value)` succeeds
 * and returns data equal to `value` (the schema has no defaults or transforms on the accepted
 * path). Anything the compiler does not understand makes it return `undefined` (no fast path),
 * and any doubt at run time answers false (zod decides). `test/model/compileAcceptor.test.ts`
 * checks agreement with zod on generated and corrupted maps.
 */
import type { z } from 'zod';

export type Acceptor = (value: unknown) => boolean;

/**
 * The same check as an acceptor, laid out so that a reader can apply it while it builds the value
 * (no second walk over a large document): block mappings and sequences are checked key by key
 * and item by item as they are read; everything else is handed to `accept` once built.
 * Every guide's `accept` is the full acceptor of its schema.
 */
export type SchemaGuide =
  | { readonly kind: 'object'; readonly accept: Acceptor; readonly fields: ReadonlyMap<string, FieldGuide>; readonly requiredCount: number }
  | { readonly kind: 'record'; readonly accept: Acceptor; readonly acceptKey: Acceptor; readonly value: SchemaGuide }
  | { readonly kind: 'array'; readonly accept: Acceptor; readonly element: SchemaGuide; readonly minimum: number; readonly maximum: number }
  | { readonly kind: 'value'; readonly accept: Acceptor };

export interface FieldGuide {
  readonly guide: SchemaGuide;
  readonly required: boolean;
}

/** The parts of zod 4's internal definition objects the compiler reads. */
interface Definition {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDefinition } }[];
  readonly shape?: Record<string, Schema>;
  readonly catchall?: Schema;
  readonly element?: Schema;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly partial?: boolean;
  readonly mode?: string;
  readonly options?: readonly Schema[];
  readonly innerType?: Schema;
  readonly values?: readonly unknown[];
  readonly entries?: Record<string, unknown>;
}

interface CheckDefinition {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}

interface Schema {
  readonly _zod: { readonly def: Definition };
}

class Unsupported extends Error {}

const hasOwn = Object.prototype.hasOwnProperty;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Compiles `schema` into an acceptor, or `undefined` when it uses something the compiler does not know. */
export function compileAcceptor(schema: z.ZodType): Acceptor | undefined {
  try {
    return compile(schema as unknown as Schema);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const compiled = new WeakMap<object, Acceptor | null>();

/** `compileAcceptor`, compiled once per schema object. */
export function acceptorOf(schema: z.ZodType): Acceptor | undefined {
  let acceptor = compiled.get(schema);
  if (acceptor === undefined) {
    acceptor = compileAcceptor(schema) ?? null;
    compiled.set(schema, acceptor);
  }
  return acceptor ?? undefined;
}

const guides = new WeakMap<object, SchemaGuide | null>();

/** The schema's acceptor as a guide for readers (see SchemaGuide), or `undefined` when it has no acceptor. */
export function guideOf(schema: z.ZodType): SchemaGuide | undefined {
  let guide = guides.get(schema);
  if (guide === undefined) {
    try {
      guide = compileGuide(schema as unknown as Schema);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      guide = null;
    }
    guides.set(schema, guide);
  }
  return guide ?? undefined;
}

function compileGuide(schema: Schema): SchemaGuide {
  const def = schema._zod.def;
  const accept = compile(schema);
  switch (def.type) {
    // A reader never produces `undefined`: an optional field's value is checked as its inner type.
    case 'optional':
      return compileGuide(def.innerType!);
    case 'object': {
      const fields = new Map<string, FieldGuide>();
      let requiredCount = 0;
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const required = field._zod.def.type !== 'optional';
        if (required) requiredCount++;
        fields.set(key, { guide: compileGuide(field), required });
      }
      return { kind: 'object', accept, fields, requiredCount };
    }
    case 'record':
      return { kind: 'record', accept, acceptKey: compile(def.keyType!), value: compileGuide(def.valueType!) };
    case 'array':
      return { kind: 'array', accept, element: compileGuide(def.element!), ...lengthBounds(def) };
    default:
      return { kind: 'value', accept };
  }
}

function compile(schema: Schema): Acceptor {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return compileString(def);
    case 'number':
      return compileNumber(def);
    case 'literal': {
      const values = def.values ?? [];
      return (value) => values.includes(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'array':
      return compileArray(def);
    case 'object':
      return compileObject(def);
    case 'record':
      return compileRecord(def);
    case 'union': {
      // Also covers discriminated unions: their options have disjoint discriminators.
      const options = (def.options ?? []).map(compile);
      return (value) => options.some((option) => option(value));
    }
    default:
      throw new Unsupported(def.type);
  }
}

/** The length bounds of a string or array; checks other than lengths go to `other`, or are unsupported. */
function lengthBounds(def: Definition, other: (check: CheckDefinition) => boolean = () => false): { minimum: number; maximum: number } {
  let minimum = 0;
  let maximum = Infinity;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') minimum = Math.max(minimum, c.minimum!);
    else if (c.check === 'max_length') maximum = Math.min(maximum, c.maximum!);
    else if (!other(c)) throw new Unsupported(`${def.type} check ${c.check}`);
  }
  return { minimum, maximum };
}

function compileString(def: Definition): Acceptor {
  const patterns: RegExp[] = [];
  const { minimum, maximum } = lengthBounds(def, (c) => {
    if (c.check !== 'string_format' || c.format !== 'regex' || !c.pattern) return false;
    patterns.push(new RegExp(c.pattern.source, c.pattern.flags.replace(/[gy]/g, '')));
    return true;
  });
  return (value) => {
    if (typeof value !== 'string' || value.length < minimum || value.length > maximum) return false;
    for (const pattern of patterns) if (!pattern.test(value)) return false;
    return true;
  };
}

function compileNumber(def: Definition): Acceptor {
  const tests: Array<(value: number) => boolean> = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'number_format' && c.format === 'safeint') tests.push(Number.isSafeInteger);
    else if (c.check === 'greater_than') {
      const bound = c.value!;
      tests.push(c.inclusive ? (value) => value >= bound : (value) => value > bound);
    } else if (c.check === 'less_than') {
      const bound = c.value!;
      tests.push(c.inclusive ? (value) => value <= bound : (value) => value < bound);
    } else throw new Unsupported(`number check ${c.check}`);
  }
  return (value) => typeof value === 'number' && Number.isFinite(value) && tests.every((test) => test(value));
}

function compileArray(def: Definition): Acceptor {
  const element = compile(def.element!);
  const { minimum, maximum } = lengthBounds(def);
  return (value) => {
    if (!Array.isArray(value) || value.length < minimum || value.length > maximum) return false;
    for (let index = 0; index < value.length; index++) if (!element(value[index])) return false;
    return true;
  };
}

/** Strict objects only: a key outside the shape is a zod error, so the acceptor refuses it too. */
function compileObject(def: Definition): Acceptor {
  if (def.catchall?._zod.def.type !== 'never' || (def.checks?.length ?? 0) > 0) throw new Unsupported('non-strict object');
  const fieldAcceptors = new Map<string, Acceptor>();
  const required: string[] = [];
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    fieldAcceptors.set(key, compile(field));
    if (field._zod.def.type !== 'optional') required.push(key);
  }
  return (value) => {
    if (!isPlainRecord(value)) return false;
    for (const key in value) {
      const accept = fieldAcceptors.get(key);
      if (accept === undefined || !hasOwn.call(value, key) || !accept(value[key])) return false;
    }
    for (const key of required) if (!hasOwn.call(value, key)) return false;
    return true;
  };
}

function compileRecord(def: Definition): Acceptor {
  const keyDef = def.keyType!._zod.def;
  // An exhaustive enum-keyed record needs every key present: not used by the format, not compiled.
  if (keyDef.type === 'enum' && !def.partial) throw new Unsupported('exhaustive record');
  if (def.mode === 'loose' || (def.checks?.length ?? 0) > 0) throw new Unsupported('loose record');
  const acceptKey = compile(def.keyType!);
  const acceptValue = compile(def.valueType!);
  return (value) => {
    if (!isPlainRecord(value)) return false;
    for (const key in value) {
      // zod silently drops `__proto__`, so the output would differ from the input: let zod decide.
      if (key === '__proto__' || !hasOwn.call(value, key)) return false;
      if (!acceptKey(key) || !acceptValue(value[key])) return false;
    }
    return Object.getOwnPropertySymbols(value).length === 0;
  };
}
