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
import { setOwnProperty, toPlainData } from '../model/plainData';
import { spliceChangedScalars } from './scalarSplice';
import { renderCanonical, renderInline, renderPair, renderSeqItem } from './renderYaml';
import { treeFromYamlDocument } from './sourceTree';
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

export interface UpdateOptions {
  /**
   * The data `originalText` holds, when the caller has it and `next` was made from it without
   * changing objects in place (the editor's saved map and its edits): parts of `next` that are the
   * very objects of `previous` are known unchanged and not compared, and the file need not be read
   * to find what changed.
   */
  readonly previous?: unknown;
}

/** Text of `originalText` changed to hold `next`, touching only what changed. */
export function updateMapText(originalText: string, next: unknown, options: UpdateOptions = {}): string {
  return updateYamlText(originalText, next, options).text;
}

/** As updateMapText, reporting whether the minimal splice succeeded. */
export function updateYamlText(originalText: string, next: unknown, options: UpdateOptions = {}): UpdateResult {
  const eol = originalText.includes('\r\n') ? '\r\n' : '\n';
  const bom = originalText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = workingText(originalText, eol);
  // A text not read before, edited in its scalars only: no need to build its whole tree. The splice
  // takes `next` as it is and refuses anything that is not plain data already (then it is normalized).
  if (!recallRead(text)) {
    const spliced = spliceChangedScalars(text, next, renderScalarLike, options.previous);
    if (spliced !== undefined) return { text: bom + restoreEol(spliced, eol), isMinimal: true };
  }
  const normalizedNext = toPlainData(next);
  const schema = rootSchemaFor((normalizedNext as Record<string, unknown> | null)?.['format']);
  const source = readSource(text);
  if (source) {
    try {
      const writer = new SpliceWriter(text, options.previous);
      writer.diffValue(source.root, source.value, normalizedNext, schema, 0, undefined);
      const updated = writer.apply();
      // Swapping scalars in place is exact by construction (quoting checked per value); any structural
      // splice is verified by reading the whole result back.
      if (!writer.hasStructuralSplices) {
        // The editor saves again over this very text: remember its tree without reading it.
        rememberRead(updated, { base: source, swaps: writer.scalarSwaps });
        return { text: bom + restoreEol(updated, eol), isMinimal: true };
      }
      if (readsBackAs(updated, normalizedNext)) return { text: bom + restoreEol(updated, eol), isMinimal: true };
    } catch {
      // Fall through to the canonical writer: correctness beats minimality.
    }
  }
  const leadingComments = text.match(/^(?:#[^\n]*\n)+/)?.[0] ?? '';
  return { text: bom + restoreEol(leadingComments + renderCanonical(normalizedNext, schema), eol), isMinimal: false };
}

/** The LF text without BOM that saving works on; the file's conventions are restored at the end. */
function workingText(originalText: string, eol = originalText.includes('\r\n') ? '\r\n' : '\n'): string {
  const withoutBom = originalText.startsWith('\uFEFF') ? originalText.slice(1) : originalText;
  return eol === '\n' ? withoutBom : withoutBom.replace(/\r\n/g, '\n');
}

/**
 * Reads `originalText` for saving ahead of time (an editor calls it when idle after opening a
 * file), so that the first save over it only has to compare and splice.
 */
export function prepareToSave(originalText: string): void {
  readSource(workingText(originalText));
}

function restoreEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

export interface ReadSource {
  readonly root: SourceNode | null;
  readonly value: unknown;
}

/** The tree and data of a text written by swapping scalars of a remembered text, worked out on demand. */
interface PendingSwaps {
  readonly base: ReadSource;
  readonly swaps: readonly ScalarSwap[];
}

/**
 * Texts read or written lately, newest first. An editor saves over the same original many times
 * (its validation writes the would-be file on every edit), and after a save it saves over the text
 * it just wrote; both are found here without reading the text again.
 */
const recentReads: Array<{ readonly text: string; source: ReadSource | PendingSwaps }> = [];
const RECENT_READS = 3;

function rememberRead(text: string, source: ReadSource | PendingSwaps): void {
  const known = recentReads.findIndex((entry) => entry.text === text);
  if (known !== -1) recentReads.splice(known, 1);
  recentReads.unshift({ text, source });
  recentReads.length = Math.min(recentReads.length, RECENT_READS);
}

/** The remembered tree and data of `text`, if it was read or written lately (exported for tests). */
export function recallRead(text: string): ReadSource | undefined {
  const entry = recentReads.find((candidate) => candidate.text === text);
  if (!entry) return undefined;
  if ('swaps' in entry.source) {
    // Shifting moves the base's nodes in place (copying a large tree cost more than reading it),
    // so the base text and everything else pending on it are forgotten.
    const { base, swaps } = entry.source;
    for (let index = recentReads.length - 1; index >= 0; index--) {
      const other = recentReads[index]!;
      if (other !== entry && (other.source === base || ('swaps' in other.source && other.source.base === base))) recentReads.splice(index, 1);
    }
    entry.source = applyScalarSwaps(base, swaps);
  }
  return entry.source;
}

/** Tree and data of LF text: the fast reader where it applies, else the `yaml` package. */
function readSource(text: string): ReadSource | undefined {
  const recalled = recallRead(text);
  if (recalled) return recalled;
  const fast = readYamlSubset(text);
  if (fast) {
    const source = { root: fast.root, value: fast.value };
    rememberRead(text, source);
    return source;
  }
  const doc = parseDocument(text, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0) return undefined;
  try {
    return { root: treeFromYamlDocument(doc, text).root, value: doc.toJS({ maxAliasCount: 0 }) };
  } catch {
    return undefined;
  }
}

interface ScalarSwap {
  readonly node: ScalarNode;
  readonly text: string;
  /** Where the scalar sits in the data; the same in the old and the new data (nothing moved). */
  readonly path: readonly (string | number)[];
  readonly value: unknown;
}

/**
 * The tree and data of the text made from `base` by swapping scalars in place: every node after a
 * swap moves by the change of length before it. The nodes are moved in place (`base` is used up);
 * the data is copied along the changed paths, so it never shares objects with a caller.
 */
function applyScalarSwaps(base: ReadSource, swaps: readonly ScalarSwap[]): ReadSource {
  const sorted = [...swaps].sort((a, b) => a.node.start - b.node.start);
  const ends: number[] = [];
  const shifts: number[] = [];
  let total = 0;
  for (const swap of sorted) {
    total += swap.text.length - (swap.node.end - swap.node.start);
    ends.push(swap.node.end);
    shifts.push(total);
  }
  const firstStart = sorted[0]?.node.start ?? Infinity;
  /** Total change of length of the swaps that end at or before `offset`. */
  const shiftAt = (offset: number): number => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : shifts[low - 1]!;
  };
  const swapOf = new Map(sorted.map((swap) => [swap.node as SourceNode, swap]));
  const shift = (node: SourceNode): void => {
    if (node.end <= firstStart) return;
    const swap = swapOf.get(node);
    if (swap && node.kind === 'scalar') {
      node.start += shiftAt(node.start);
      node.end = node.start + swap.text.length;
      node.style = styleOfScalarText(swap.text);
      node.value = swap.value as ScalarNode['value'];
      return;
    }
    node.end += shiftAt(node.end);
    node.start += shiftAt(node.start);
    if (node.kind === 'seq') {
      for (const item of node.items) shift(item);
    } else if (node.kind === 'map') {
      for (const pair of node.pairs) {
        if (pair.keyEnd > firstStart) {
          pair.keyEnd += shiftAt(pair.keyEnd);
          pair.keyStart += shiftAt(pair.keyStart);
        }
        if (pair.value) shift(pair.value);
      }
    }
  };
  if (base.root) shift(base.root);
  return { root: base.root, value: withValuesAt(base.value, sorted) };
}

function styleOfScalarText(text: string): ScalarNode['style'] {
  if (text.startsWith('"')) return 'double';
  if (text.startsWith("'")) return 'single';
  return 'plain';
}

/** `data` with each swap's value at its path, copying (once) each container on the way. */
function withValuesAt(data: unknown, swaps: readonly ScalarSwap[]): unknown {
  const copies = new Map<object, Record<string | number, unknown>>();
  const writable = (container: unknown): Record<string | number, unknown> => {
    const object = container as Record<string | number, unknown>;
    let copy = copies.get(object);
    if (!copy) {
      copy = (Array.isArray(object) ? [...(object as unknown[])] : { ...object }) as Record<string | number, unknown>;
      copies.set(object, copy);
      copies.set(copy, copy);
    }
    return copy;
  };
  let root = data;
  for (const swap of swaps) {
    if (swap.path.length === 0) {
      root = swap.value;
      continue;
    }
    root = writable(root);
    let container = root as Record<string | number, unknown>;
    swap.path.forEach((key, depth) => {
      if (depth === swap.path.length - 1) {
        setOwnProperty(container, key, swap.value);
      } else {
        const child = writable(container[key]);
        setOwnProperty(container, key, child);
        container = child;
      }
    });
  }
  return root;
}

function readsBackAs(text: string, expected: unknown): boolean {
  const read = readSource(text);
  return read !== undefined && deepEqual(read.value, expected);
}

/** Equal data, with object keys in the same order (a reordering must be written too). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) {
    const left = a as unknown[];
    const right = b as unknown[];
    if (left.length !== right.length) return false;
    for (let index = 0; index < left.length; index++) if (!deepEqual(left[index], right[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  for (let index = 0; index < leftKeys.length; index++) {
    const key = leftKeys[index]!;
    if (key !== rightKeys[index] || !deepEqual(left[key], right[key])) return false;
  }
  return true;
}

function isInlineScalarList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


class SpliceWriter {
  private readonly splices: Splice[] = [];
  /** False while every splice only swaps one scalar for another. */
  hasStructuralSplices = false;
  /** The scalar-for-scalar splices, with where their values sit in the data. */
  readonly scalarSwaps: ScalarSwap[] = [];
  /** Path of the value being compared, from the document root. */
  private readonly path: Array<string | number> = [];

  /** The caller's data for the value being compared (see UpdateOptions.previous); undefined when unknown. */
  private previous: unknown;

  constructor(
    private readonly text: string,
    previous?: unknown,
  ) {
    this.previous = previous;
  }

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
    return offset - this.lineStart(offset);
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
      const previousHere = this.previous;
      this.previous = undefined;
      this.diffSeq(node, old, next, schema);
      this.previous = previousHere;
      return;
    }
    if (node && node.kind === 'scalar' && !isPlainObject(next) && !Array.isArray(next)) {
      const rendered = renderScalarLike(node, next);
      if (rendered !== undefined) {
        this.swapScalar(node, rendered, next);
        return;
      }
    }
    if (pairContext) {
      this.rewritePair(pairContext.pair, pairContext.key, next, pairContext.schema, pairContext.parentIndent);
      return;
    }
    throw new Error(`cannot splice a ${typeof next} at indent ${indent}`);
  }

  private replaceNode(node: SourceNode, text: string): void {
    this.hasStructuralSplices = true;
    this.splices.push({ start: node.start, end: this.valueEnd(node), text });
  }

  private swapScalar(node: ScalarNode, text: string, value: unknown): void {
    this.splices.push({ start: node.start, end: node.end, text });
    this.scalarSwaps.push({ node, text, path: [...this.path], value });
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
    const common: string[] = [];
    let hasAddedKeys = false;
    for (const key of nextKeys) {
      if (Object.hasOwn(old, key)) common.push(key);
      else hasAddedKeys = true;
    }
    let commonIndex = 0;
    for (const key of oldKeys) {
      if (Object.hasOwn(next, key) && key !== common[commonIndex++]) {
        this.reorderMap(node, old, next, schema, indent);
        return;
      }
    }
    const pairOf = pairsByKey(node);
    // 1. Removed entries: their lines go.
    for (const key of oldKeys) {
      if (Object.hasOwn(next, key)) continue;
      const pair = pairOf.get(key);
      if (!pair) throw new Error(`no pair for ${key}`);
      this.removePair(pair);
    }
    // 2. Changed entries: recurse.
    for (const key of common) {
      const pair = pairOf.get(key);
      if (!pair) throw new Error(`no pair for ${key}`);
      const previousHere = this.previous;
      const previousChild = isPlainObject(previousHere) ? previousHere[key] : undefined;
      // The caller's own unchanged object: nothing to compare below it.
      if (previousChild !== undefined && previousChild === next[key]) continue;
      const valueSchema = schema ? childSchema(schema, key) : undefined;
      this.previous = previousChild;
      this.path.push(key);
      this.diffValue(pair.value, old[key], next[key], valueSchema, indent + 2, { pair, key, parentIndent: indent, schema: valueSchema });
      this.path.pop();
      this.previous = previousHere;
    }
    // 3. Added entries: each after its canonical predecessor among the kept ones (records: at the end).
    if (!hasAddedKeys) return;
    const order = declaredKeyOrder(schema, next);
    const canonicalNext = order ? sortKeys(nextKeys, order) : nextKeys;
    const inserts = new Map<number, string[]>();
    for (const key of canonicalNext) {
      if (Object.hasOwn(old, key)) continue;
      const position = canonicalNext.indexOf(key);
      const predecessor = canonicalNext.slice(0, position).reverse().find((candidate) => Object.hasOwn(old, candidate));
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
      if (!chunk || !Object.hasOwn(old, key)) {
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
        this.path.push(nextIndex + k);
        this.diffItem(itemNode, old[oldIndex + k], next[nextIndex + k], itemSchema, dashIndent);
        this.path.pop();
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
        this.swapScalar(itemNode, rendered, next);
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

/** A mapping node's pairs by key; kept per node, since remembered trees are diffed again and again. */
const pairIndexes = new WeakMap<MapNode, Map<string, SourcePair>>();

function pairsByKey(node: MapNode): Map<string, SourcePair> {
  let index = pairIndexes.get(node);
  if (!index) {
    index = new Map(node.pairs.map((pair) => [pair.key, pair]));
    pairIndexes.set(node, index);
  }
  return index;
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
export function renderScalarLike(node: ScalarNode, value: unknown): string | undefined {
  // A block scalar's text runs to the end of its last line: another value needs the entry rewritten.
  if (node.style === 'literal' || node.style === 'folded') return undefined;
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
