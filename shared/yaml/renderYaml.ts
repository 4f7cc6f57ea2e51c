/**
 * Renders plain data as YAML in the canonical style: keys in schema order, block mappings, short
 * lists of scalars inline (`[D1, D2]`), everything else one item per line, no line folding.
 */
import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { Node, ToStringOptions } from 'yaml';
import type { z } from 'zod';
import { childSchema, declaredKeyOrder, sortKeys } from '../model/keyOrder';

/** Inline lists stay on one line only while they are this short. */
export const MAX_INLINE_LIST_LENGTH = 72;
export const MAX_INLINE_ITEM_LENGTH = 40;

export const CANONICAL_TO_STRING: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
};

type AnySchema = z.core.$ZodType;

/** Numeric-looking keys (trigger numbers) are written plain, as authors write them. */
function keyNode(doc: Document, key: string): unknown {
  return /^(0|[1-9][0-9]{0,8})$/.test(key) ? Number(key) : key;
}

/** A short list of short names is written inline; the rule is the same for new content and `fmt`. */
export function shouldInlineList(items: readonly unknown[]): boolean {
  if (items.length === 0) return true;
  if (!items.every((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')) return false;
  const strings = items.map(String);
  // Sentences (prose items) always get a line each; names and ids may share one.
  if (strings.some((item) => item.includes('\n') || item.length === 0 || item.length > MAX_INLINE_ITEM_LENGTH || /\.(\s|$)/.test(item))) return false;
  return strings.join(', ').length + 2 <= MAX_INLINE_LIST_LENGTH;
}

/** Builds the yaml node for `value` in canonical form. */
export function canonicalNode(doc: Document, value: unknown, schema: AnySchema | undefined): Node {
  if (Array.isArray(value)) {
    const node = doc.createNode([]) as Node & { items: unknown[]; flow?: boolean };
    const itemSchema = schema ? childSchema(schema, 0) : undefined;
    for (const item of value) node.items.push(canonicalNode(doc, item, itemSchema));
    node.flow = shouldInlineList(value);
    return node;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = sortKeys(
      Object.keys(record).filter((key) => record[key] !== undefined),
      declaredKeyOrder(schema, record),
    );
    const node = doc.createNode({}) as Node & { items: unknown[]; flow?: boolean };
    for (const key of keys) {
      const pair = doc.createPair(keyNode(doc, key), null);
      pair.value = canonicalNode(doc, record[key], schema ? childSchema(schema, key) : undefined);
      node.items.push(pair);
    }
    // Points ({x, y}) read best inline: one pinned position per line.
    node.flow = isPoint(record);
    return node;
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string' && value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
  return scalar;
}

function isPoint(record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  return keys.length === 2 && typeof record['x'] === 'number' && typeof record['y'] === 'number';
}

/** Canonical YAML text for a whole value (a new file, or the fallback writer). */
export function renderCanonical(value: unknown, schema: AnySchema | undefined): string {
  const doc = new Document(null, { version: '1.2' });
  doc.contents = canonicalNode(doc, value, schema) as Document['contents'];
  return doc.toString(CANONICAL_TO_STRING);
}

/**
 * Renders `key: value` as lines indented by `indent` spaces, ending with a newline. Used to insert a
 * new entry into an existing block mapping.
 */
export function renderPair(key: string, value: unknown, schema: AnySchema | undefined, indent: number): string {
  const doc = new Document(null, { version: '1.2' });
  const map = doc.createNode({}) as Node & { items: unknown[] };
  const pair = doc.createPair(keyNode(doc, key), null);
  pair.value = canonicalNode(doc, value, schema);
  map.items.push(pair);
  doc.contents = map as Document['contents'];
  return indentLines(doc.toString(CANONICAL_TO_STRING), indent);
}

/** Renders `- value` as lines whose dash is at column `indent`, ending with a newline. */
export function renderSeqItem(value: unknown, schema: AnySchema | undefined, indent: number): string {
  const doc = new Document(null, { version: '1.2' });
  const seq = doc.createNode([]) as Node & { items: unknown[] };
  seq.items.push(canonicalNode(doc, value, schema));
  doc.contents = seq as Document['contents'];
  return indentLines(doc.toString(CANONICAL_TO_STRING), indent);
}

/** Inline (flow) rendering of a collection or scalar, for replacing a flow node in place. */
export function renderInline(value: unknown, schema: AnySchema | undefined): string {
  const doc = new Document(null, { version: '1.2' });
  const node = canonicalNode(doc, value, schema);
  forceFlow(node);
  doc.contents = node as Document['contents'];
  return doc.toString({ ...CANONICAL_TO_STRING, collectionStyle: 'flow' }).replace(/\n$/, '');
}

function forceFlow(node: unknown): void {
  if (isMap(node) || isSeq(node)) {
    node.flow = true;
    for (const item of node.items) {
      if (isScalar(item) || isMap(item) || isSeq(item)) forceFlow(item);
      else if (item && typeof item === 'object' && 'value' in item) forceFlow((item as { value: unknown }).value);
    }
  } else if (isScalar(node) && node.type === Scalar.BLOCK_LITERAL) {
    node.type = Scalar.QUOTE_DOUBLE;
  }
}

function indentLines(text: string, indent: number): string {
  if (indent === 0) return text;
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n');
}
