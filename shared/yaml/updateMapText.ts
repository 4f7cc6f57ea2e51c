/**
 * Saving an edited map without disturbing what did not change: the new data is compared with the
 * data of the original text and only the changed nodes' text is replaced, so comments, key order,
 * quoting, line endings and untouched lines survive byte for byte.
 *
 * Invariant: the returned text always parses back to exactly `next` (checked before returning);
 * where a splice could not guarantee that, the whole map is written canonically instead and
 * `isMinimal` says so.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { childSchema, declaredKeyOrder, rootSchemaFor, sortKeys } from '../model/keyOrder';
import { YAML_PARSE_OPTIONS } from './parseYamlSource';
import { readYamlSubset } from './fastYaml';
import { renderCanonical, renderInline, renderPair, renderSeqItem } from './renderYaml';
import { lineStartsOf, positionOf, treeFromYamlDocument } from './sourceTree';
import type { SourceNode, SourcePair } from './sourceTree';

type MapNode = Extract<SourceNode, { kind: 'map' }>;
type SeqNode = Extract<SourceNode, { kind: 'seq' }>;
type ScalarNode = Extract<SourceNode, { kind: 'scalar' }>;

type AnySchema = z.core.$ZodType;

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface UpdateResult {
  readonly text: string;
  /** False when the fallback (canonical rewrite) was used. */
  readonly isMinimal: boolean;
}

/** Text of `originalText` changed to hold `next`, touching only what changed. */
export function updateMapText(originalText: string, next: unknown): string {
  return updateYamlText(originalText, next).text;
}

/** As updateMapText, reporting whether the minimal splice succeeded. */
export function updateYamlText(originalText: string, next: unknown): UpdateResult {
  const normalizedNext = normalize(next);
  const eol = originalText.includes('\r\n') ? '\r\n' : '\n';
  const bom = originalText.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Work on LF text without BOM; restore both at the end so the file keeps its conventions.
  const text = (bom ? originalText.slice(1) : originalText).replace(/\r\n/g, '\n');
  const schema = rootSchemaFor((normalizedNext as Record<string, unknown> | null)?.['format']);
  const source = readSource(text);
  if (source) {
    try {
      const writer = new SpliceWriter(text);
      writer.diffValue(source.root, source.value, normalizedNext, schema, 0, undefined);
      const updated = writer.apply();
      // Swapping scalars in place is exact by construction (quoting checked per value); any structural
      // splice is verified by reading the whole result back.
      if (!writer.hasStructuralSplices || readsBackAs(updated, normalizedNext)) return { text: bom + restoreEol(updated, eol), isMinimal: true };
    } catch {
      // Fall through to the canonical writer: correctness beats minimality.
    }
  }
  const leadingComments = text.match(/^(?:#[^\n]*\n)+/)?.[0] ?? '';
  return { text: bom + restoreEol(leadingComments + renderCanonical(normalizedNext, schema), eol), isMinimal: false };
}

function restoreEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

/** Plain JSON data: drops `undefined` members so that comparison matches what YAML can hold. */
function normalize(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** The last text read and its tree: an editor saves over the same original text many times. */
let lastRead: { text: string; source: { root: SourceNode | null; value: unknown } } | undefined;

/** Tree and data of LF text: the fast reader where it applies, else the `yaml` package. */
function readSource(text: string): { root: SourceNode | null; value: unknown } | undefined {
  if (lastRead?.text === text) return lastRead.source;
  const fast = readYamlSubset(text);
  if (fast) {
    lastRead = { text, source: { root: fast.root, value: fast.value } };
    return lastRead.source;
  }
  const doc = parseDocument(text, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0) return undefined;
  try {
    return { root: treeFromYamlDocument(doc, text).root, value: doc.toJS({ maxAliasCount: 0 }) };
  } catch {
    return undefined;
  }
}

function readsBackAs(text: string, expected: unknown): boolean {
  const read = readSource(text);
  return read !== undefined && deepEqual(read.value, expected);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => deepEqual(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  return leftKeys.length === rightKeys.length && leftKeys.every((key, index) => key === rightKeys[index] && deepEqual(left[key], right[key]));
}

function isInlineScalarList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


class SpliceWriter {
  private readonly splices: Splice[] = [];
  private lineStarts: number[] | undefined;
  /** False while every splice only swaps one scalar for another. */
  hasStructuralSplices = false;

  constructor(private readonly text: string) {}

  private pushStructural(splice: Splice): void {
    this.hasStructuralSplices = true;
    this.splices.push(splice);
  }

  apply(): string {
    let result = this.text;
    // At one offset, splices recorded later (outer entries) are applied first, so they end up after
    // the inner ones recorded earlier: a new field of the last entry precedes a new top-level key.
    const ordered = this.splices.map((splice, seq) => ({ ...splice, seq })).sort((a, b) => b.start - a.start || b.end - a.end || b.seq - a.seq);
    let lastStart = Infinity;
    for (const splice of ordered) {
      if (splice.end > lastStart) throw new Error('overlapping splices');
      result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
      lastStart = splice.start;
    }
    return result;
  }

  private column(offset: number): number {
    this.lineStarts ??= lineStartsOf(this.text);
    return positionOf(this.lineStarts, offset).column - 1;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Offset just past the newline that ends the line holding the character before `offset`. */
  private lineEndAfter(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === '\n') return offset;
    const newline = this.text.indexOf('\n', offset);
    return newline === -1 ? this.text.length : newline + 1;
  }

  /** Offset where a node's own text ends (for a block collection, after its last line). */
  private valueEnd(node: SourceNode): number {
    return node.end;
  }

  /** End of a pair's text: its value's, or its key's when it has no value. */
  private pairEnd(pair: SourcePair): number {
    return pair.value ? pair.value.end : pair.keyEnd;
  }

  /**
   * Compares `old` with `next` under `node` and records splices. `pairContext` is the pair that holds
   * the node, used when the whole entry must be rewritten.
   */
  diffValue(
    node: SourceNode | null,
    old: unknown,
    next: unknown,
    schema: AnySchema | undefined,
    indent: number,
    pairContext: { pair: SourcePair; key: string; parentIndent: number; schema: AnySchema | undefined } | undefined,
  ): void {
    if (deepEqual(old, next)) return;
    if (node && (node.kind === 'map' || node.kind === 'seq') && node.flow) {
      // An empty inline `{}`/`[]` that gains content is written in canonical block style.
      if (pairContext && (node.kind === 'map' ? node.pairs.length : node.items.length) === 0 && !isInlineScalarList(next)) {
        this.rewritePair(pairContext.pair, pairContext.key, next, pairContext.schema, pairContext.parentIndent);
      } else {
        this.replaceNode(node, renderInline(next, schema));
      }
      return;
    }
    if (node && node.kind === 'map' && isPlainObject(old) && isPlainObject(next) && node.pairs.length > 0) {
      this.diffMap(node, old, next, schema);
      return;
    }
    if (node && node.kind === 'seq' && Array.isArray(old) && Array.isArray(next) && node.items.length > 0 && next.length > 0) {
      this.diffSeq(node, old, next, schema);
      return;
    }
    if (node && node.kind === 'scalar' && !isPlainObject(next) && !Array.isArray(next)) {
      const rendered = renderScalarLike(node, next);
      if (rendered !== undefined) {
        this.replaceNode(node, rendered, true);
        return;
      }
    }
    if (pairContext) {
      this.rewritePair(pairContext.pair, pairContext.key, next, pairContext.schema, pairContext.parentIndent);
      return;
    }
    throw new Error(`cannot splice a ${typeof next} at indent ${indent}`);
  }

  private replaceNode(node: SourceNode, text: string, isScalarSwap = false): void {
    if (!isScalarSwap) this.hasStructuralSplices = true;
    this.splices.push({ start: node.start, end: this.valueEnd(node), text });
  }

  /** Rewrites a whole `key: value` entry of a block mapping. */
  private rewritePair(pair: SourcePair, key: string, value: unknown, schema: AnySchema | undefined, indent: number): void {
    // Start at the key itself: in `- name: x` the dash before it must stay.
    const start = pair.keyStart;
    const end = this.lineEndAfter(this.pairEnd(pair));
    this.pushStructural({ start, end, text: renderPair(key, value, schema, indent).slice(indent) });
  }

  /** True when only spaces stand before `offset` on its line (not a `- ` of a list item). */
  private startsLine(offset: number): boolean {
    return /^ *$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  /** Removes a `key: value` entry; a first entry after `- ` pulls the next entry up to the dash. */
  private removePair(pair: SourcePair): void {
    const keyStart = pair.keyStart;
    const end = this.lineEndAfter(this.pairEnd(pair));
    if (this.startsLine(keyStart)) {
      this.pushStructural({ start: this.lineStart(keyStart), end, text: '' });
    } else {
      const nextIndent = /^ */.exec(this.text.slice(end))?.[0].length ?? 0;
      this.pushStructural({ start: keyStart, end: end + nextIndent, text: '' });
    }
  }

  private diffMap(node: MapNode, old: Record<string, unknown>, next: Record<string, unknown>, schema: AnySchema | undefined): void {
    const pairs = node.pairs;
    const indent = this.column(pairs[0]?.keyStart ?? 0);
    const oldKeys = Object.keys(old);
    const nextKeys = Object.keys(next);
    const common = nextKeys.filter((key) => key in old);
    const commonInOldOrder = oldKeys.filter((key) => key in next);
    if (common.some((key, index) => key !== commonInOldOrder[index])) {
      this.reorderMap(node, old, next, schema, indent);
      return;
    }
    const pairOf = new Map(pairs.map((pair) => [pair.key, pair]));
    // 1. Removed entries: their lines go.
    for (const key of oldKeys) {
      if (key in next) continue;
      const pair = pairOf.get(key);
      if (!pair) throw new Error(`no pair for ${key}`);
      this.removePair(pair);
    }
    // 2. Changed entries: recurse.
    for (const key of common) {
      const pair = pairOf.get(key);
      if (!pair) throw new Error(`no pair for ${key}`);
      const valueSchema = schema ? childSchema(schema, key) : undefined;
      this.diffValue(pair.value, old[key], next[key], valueSchema, indent + 2, { pair, key, parentIndent: indent, schema: valueSchema });
    }
    // 3. Added entries: each after its canonical predecessor among the kept ones (records: at the end).
    const order = declaredKeyOrder(schema, next);
    const canonicalNext = order ? sortKeys(nextKeys, order) : nextKeys;
    const inserts = new Map<number, string[]>();
    for (const key of canonicalNext) {
      if (key in old) continue;
      const position = canonicalNext.indexOf(key);
      const predecessor = canonicalNext.slice(0, position).reverse().find((candidate) => candidate in old);
      let at: number;
      let text = renderPair(key, next[key], schema ? childSchema(schema, key) : undefined, indent);
      if (predecessor !== undefined) {
        const pair = pairOf.get(predecessor);
        if (!pair) throw new Error(`no pair for ${predecessor}`);
        at = this.lineEndAfter(this.pairEnd(pair));
      } else {
        const firstKeyStart = pairs[0]?.keyStart ?? 0;
        if (this.startsLine(firstKeyStart)) {
          at = this.lineStart(firstKeyStart);
        } else {
          // Before the first entry of a `- ` item: take the dash's place, re-indent the old first entry.
          at = firstKeyStart;
          text = text.slice(indent) + ' '.repeat(indent);
        }
      }
      inserts.set(at, [...(inserts.get(at) ?? []), text]);
    }
    for (const [at, texts] of inserts) {
      if (at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n')) texts.unshift('\n');
      this.pushStructural({ start: at, end: at, text: texts.join('') });
    }
  }

  /** Mapping whose kept keys changed order (e.g. lanes reordered): move each entry's lines whole. */
  private reorderMap(node: MapNode, old: Record<string, unknown>, next: Record<string, unknown>, schema: AnySchema | undefined, indent: number): void {
    const pairs = node.pairs;
    const chunks = new Map<string, { start: number; end: number }>();
    let chunkStart = this.lineStart(pairs[0]?.keyStart ?? 0);
    for (const pair of pairs) {
      const end = this.lineEndAfter(this.pairEnd(pair));
      chunks.set(pair.key, { start: chunkStart, end });
      chunkStart = end;
    }
    const regionStart = this.lineStart(pairs[0]?.keyStart ?? 0);
    const regionEnd = chunkStart;
    const pieces: string[] = [];
    for (const key of Object.keys(next)) {
      const chunk = chunks.get(key);
      const valueSchema = schema ? childSchema(schema, key) : undefined;
      if (!chunk || !(key in old)) {
        pieces.push(renderPair(key, next[key], valueSchema, indent));
        continue;
      }
      let chunkText = this.text.slice(chunk.start, chunk.end);
      if (!deepEqual(old[key], next[key])) {
        // Changed and moved: splice within the chunk, then move the chunk.
        const pair = pairs.find((candidate) => candidate.key === key);
        if (!pair) throw new Error(`no pair for ${key}`);
        const inner = new SpliceWriter(this.text);
        inner.diffValue(pair.value, old[key], next[key], valueSchema, indent + 2, { pair, key, parentIndent: indent, schema: valueSchema });
        chunkText = inner.applyWithin(chunk.start, chunk.end);
      }
      if (!chunkText.endsWith('\n')) chunkText += '\n';
      pieces.push(chunkText);
    }
    this.pushStructural({ start: regionStart, end: regionEnd, text: pieces.join('') });
  }

  /** Applies this writer's splices to the slice [from, to) of the text and returns the slice. */
  applyWithin(from: number, to: number): string {
    let result = this.text.slice(from, to);
    const ordered = this.splices.map((splice, seq) => ({ ...splice, seq })).sort((a, b) => b.start - a.start || b.end - a.end || b.seq - a.seq);
    for (const splice of ordered) {
      if (splice.start < from || splice.end > to) throw new Error('splice outside its chunk');
      result = result.slice(0, splice.start - from) + splice.text + result.slice(splice.end - from);
    }
    return result;
  }

  private diffSeq(node: SeqNode, old: unknown[], next: unknown[], schema: AnySchema | undefined): void {
    const items = node.items;
    const firstItem = items[0];
    if (!firstItem) throw new Error('empty sequence');
    // The dash sits two columns left of the item's content.
    const dashIndent = Math.max(0, this.column(firstItem.start) - 2);
    const itemSchema = schema ? childSchema(schema, 0) : undefined;
    const matches = longestCommonSubsequence(old, next);
    let oldIndex = 0;
    let nextIndex = 0;
    const flushRun = (oldEnd: number, nextEnd: number): void => {
      const removed = oldEnd - oldIndex;
      const added = nextEnd - nextIndex;
      const paired = Math.min(removed, added);
      // Same-position items changed in place: recurse so unchanged parts keep their text.
      for (let k = 0; k < paired; k++) {
        const itemNode = items[oldIndex + k];
        if (!itemNode) throw new Error('missing item');
        this.diffItem(itemNode, old[oldIndex + k], next[nextIndex + k], itemSchema, dashIndent);
      }
      for (let k = paired; k < removed; k++) {
        const itemNode = items[oldIndex + k];
        if (!itemNode) throw new Error('missing item');
        this.pushStructural({ start: this.lineStart(itemNode.start), end: this.lineEndAfter(this.valueEnd(itemNode)), text: '' });
      }
      if (added > paired) {
        const previous = items[oldIndex + paired - 1] ?? items[oldIndex - 1];
        const at = previous ? this.lineEndAfter(this.valueEnd(previous)) : this.lineStart(firstItem.start);
        const text = next
          .slice(nextIndex + paired, nextEnd)
          .map((value) => renderSeqItem(value, itemSchema, dashIndent))
          .join('');
        this.pushStructural({ start: at, end: at, text: at === this.text.length && !this.text.endsWith('\n') ? `\n${text}` : text });
      }
    };
    for (const [matchOld, matchNext] of matches) {
      flushRun(matchOld, matchNext);
      oldIndex = matchOld + 1;
      nextIndex = matchNext + 1;
    }
    flushRun(old.length, next.length);
  }

  private diffItem(itemNode: SourceNode, old: unknown, next: unknown, schema: AnySchema | undefined, dashIndent: number): void {
    if (deepEqual(old, next)) return;
    if (itemNode.kind === 'scalar' && !isPlainObject(next) && !Array.isArray(next)) {
      const rendered = renderScalarLike(itemNode, next);
      if (rendered !== undefined) {
        this.replaceNode(itemNode, rendered, true);
        return;
      }
    }
    if ((itemNode.kind === 'map' && isPlainObject(old) && isPlainObject(next) && !itemNode.flow && itemNode.pairs.length > 0) ||
        (itemNode.kind !== 'scalar' && itemNode.flow)) {
      this.diffValue(itemNode, old, next, schema, dashIndent + 2, undefined);
      return;
    }
    this.pushStructural({
      start: this.lineStart(itemNode.start),
      end: this.lineEndAfter(this.valueEnd(itemNode)),
      text: renderSeqItem(next, schema, dashIndent),
    });
  }
}

/** Pairs of equal indices (old, next) of a longest common subsequence, in order. */
function longestCommonSubsequence(old: readonly unknown[], next: readonly unknown[]): Array<[number, number]> {
  const oldKeys = old.map((value) => JSON.stringify(value));
  const nextKeys = next.map((value) => JSON.stringify(value));
  const rows = oldKeys.length;
  const cols = nextKeys.length;
  // Long lists are rare in maps; beyond this size an index-aligned match is good enough.
  if (rows * cols > 250_000) {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < Math.min(rows, cols); i++) if (oldKeys[i] === nextKeys[i]) pairs.push([i, i]);
    return pairs;
  }
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i]![j] = oldKeys[i] === nextKeys[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (oldKeys[i] === nextKeys[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/**
 * Text for a scalar replacing `node` in place, keeping its quoting style when the value allows;
 * undefined when the value needs more than one line (the caller rewrites the whole entry).
 */
function renderScalarLike(node: ScalarNode, value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  if (value.includes('\n')) return undefined;
  switch (node.style) {
    case 'double':
      return JSON.stringify(value);
    case 'single':
      return `'${value.replace(/'/g, "''")}'`;
    case 'plain':
      return readsAsPlainString(value) ? value : JSON.stringify(value);
    default:
      return undefined;
  }
}

/** True when `value` written plain in block context reads back as the same string. */
export function readsAsPlainString(value: string): boolean {
  if (value.length === 0 || value !== value.trim()) return false;
  // Indicators that start something else, and sequences that end a plain scalar early.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s]/.test(value)) return false;
  if (/: |:$| #|\t/.test(value)) return false;
  const doc = parseDocument(`k: ${value}\n`, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0) return false;
  const read = (doc.toJS() as Record<string, unknown> | null)?.['k'];
  return read === value;
}
