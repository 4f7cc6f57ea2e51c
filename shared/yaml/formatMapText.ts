/**
 * The canonical formatter (`swimlane fmt`): keys in schema order, canonical collection styles and
 * indentation, comments kept. Idempotent: formatting formatted text changes nothing.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { z } from 'zod';
import { childSchema, declaredKeyOrder, rootSchemaFor, sortKeys } from '../model/keyOrder';
import type { Issue } from '../model/issue';
import { crlfToLf, parseYamlSource, YAML_PARSE_OPTIONS } from './parseYamlSource';
import { CANONICAL_TO_STRING, shouldInlineList } from './renderYaml';
import { z as zod } from 'zod';

type AnySchema = z.core.$ZodType;

export type FormatResult = { readonly text: string; readonly issues: readonly [] } | { readonly text?: undefined; readonly issues: readonly Issue[] };

/**
 * Formats map or catalogue text. Refuses (returns the issues) when the text is not valid YAML or
 * breaks a limit; schema problems do not stop formatting, since fixing them is easier in tidy text.
 */
export function formatMapText(text: string, file: string): FormatResult {
  const checked = parseYamlSource(text, file, zod.unknown());
  if (checked.issues.length > 0) return { issues: checked.issues };
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const source = crlfToLf(text.replace(/^\uFEFF/, ''));
  // parseYamlSource above refused key collisions; the package's own check compares each key with all before it.
  const doc = parseDocument(source, { ...YAML_PARSE_OPTIONS, uniqueKeys: false, keepSourceTokens: false });
  keepKeyLineComments(doc, source);
  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> | null;
  keepHeaderComment(doc.contents as Node | null, () => canonicalize(doc.contents as Node | null, rootSchemaFor(data?.['format'])));
  keepInvisibleCharactersEscaped(doc);
  let formatted = doc.toString(CANONICAL_TO_STRING).replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (eol !== '\n') formatted = formatted.replace(/\n/g, eol);
  return { text: bom + formatted, issues: [] };
}

/** Characters that change how text reads without showing (bidi overrides, zero-width marks). */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Text holding invisible characters stays double-quoted, so that the writer's escapes (`\u202E`)
 * can stand for them: written raw they would hide in the file (the "Trojan Source" trick).
 */
function keepInvisibleCharactersEscaped(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && new RegExp(INVISIBLE.source).test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}

/**
 * The reader gives `A: # why` (a comment after a key whose value is a block below) to the value, as
 * if it stood above the first item; the source says which it was, and the key keeps its own.
 */
function keepKeyLineComments(doc: ReturnType<typeof parseDocument>, source: string): void {
  visit(doc, {
    Pair(_key, pair) {
      const { key, value } = pair as Pair<Node, Node | null>;
      if (!isScalar(key) || !(isMap(value) || isSeq(value)) || value.flow || !value.commentBefore || !key.range) return;
      const lineEnd = source.indexOf('\n', key.range[1]);
      const restOfKeyLine = source.slice(key.range[1], lineEnd === -1 ? undefined : lineEnd);
      if (!/^\s*:\s*#/.test(restOfKeyLine)) return;
      // Comment lines below the key line stay above the first item.
      const [onKeyLine, ...below] = value.commentBefore.split('\n');
      key.comment = onKeyLine;
      value.commentBefore = below.length > 0 ? below.join('\n') : undefined;
    },
  });
}

/** A comment above the file's first key is the file's header: it stays on top when keys move. */
function keepHeaderComment(root: Node | null, reorder: () => void): void {
  const firstKey = isMap(root) ? ((root.items[0] as Pair | undefined)?.key as Node | undefined) : undefined;
  const header = firstKey?.commentBefore;
  if (firstKey && header) firstKey.commentBefore = undefined;
  reorder();
  const newFirstKey = isMap(root) ? ((root.items[0] as Pair | undefined)?.key as Node | undefined) : undefined;
  if (newFirstKey && header) newFirstKey.commentBefore = newFirstKey.commentBefore ? `${header}\n${newFirstKey.commentBefore}` : header;
}

function canonicalize(node: Node | null, schema: AnySchema | undefined): void {
  if (!node) return;
  if (isMap(node)) {
    const pairs = node.items as Pair[];
    const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);
    const kindPair = pairs.find((pair) => keyOf(pair) === 'kind');
    const kind = isScalar(kindPair?.value) ? kindPair.value.value : undefined;
    const order = sortKeys(pairs.map(keyOf), declaredKeyOrder(schema, { kind }));
    // Keys are unique once read (the loader refuses collisions), so a lookup table finds each pair.
    const pairByKey = new Map(pairs.map((pair) => [keyOf(pair), pair]));
    node.items = order.map((key) => pairByKey.get(key)!) as typeof node.items;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const value = pair.value as Node | null;
      const wasFlow = (isMap(value) || isSeq(value)) && value.flow === true;
      canonicalize(value, schema ? childSchema(schema, keyOf(pair as Pair)) : undefined);
      if (wasFlow) keepLineEndComment(pair as Pair);
    }
    const record = Object.fromEntries(pairs.map((pair) => [keyOf(pair), isScalar(pair.value) ? pair.value.value : pair.value]));
    node.flow = Object.keys(record).length === 2 && typeof record['x'] === 'number' && typeof record['y'] === 'number';
    return;
  }
  if (isSeq(node)) {
    const itemSchema = schema ? childSchema(schema, 0) : undefined;
    for (const item of node.items) canonicalize(item as Node, itemSchema);
    const values = node.items.map((item) => (isScalar(item) ? item.value : item));
    // Comments inside a list keep it in block style, where they have a line to live on.
    const hasComments = node.items.some((item) => isScalar(item) && (item.comment || item.commentBefore));
    node.flow = !hasComments && shouldInlineList(values);
  }
}

/**
 * A comment at the end of a flow-style line (`A: {name: A}  # why`) belongs to that line: when the
 * collection turns to block style the comment goes after its key, not below the last item.
 */
function keepLineEndComment(pair: Pair): void {
  const value = pair.value as Node | null;
  if (!(isMap(value) || isSeq(value)) || value.flow || !value.comment || !isScalar(pair.key)) return;
  pair.key.comment = pair.key.comment ? `${pair.key.comment} ${value.comment.trim()}` : value.comment;
  value.comment = undefined;
}
