/**
 * The splices that turn a text's tree into new data: each changed node's text is replaced, and
 * everything unchanged keeps its bytes (comments, quoting, key order).
 */
import type { z } from 'zod';
import { childSchema, declaredKeyOrder, sortKeys } from '../model/keyOrder';
import { sameDataInOrder } from '../model/plainData';
import { pairListItems } from './pairListItems';
import { renderInline, renderPair, renderSeqItem } from './renderYaml';
import { renderScalarLike } from './scalarRendering';
import type { ScalarSwap } from './recentReads';
import { pairOf } from './sourceTree';
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

function isInlineScalarList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


export class SpliceWriter {
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
    if (sameDataInOrder(old, next)) return;
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
    // 1. Removed entries: their lines go.
    for (const key of oldKeys) {
      if (Object.hasOwn(next, key)) continue;
      const pair = pairOf(node, key);
      if (!pair) throw new Error(`no pair for ${key}`);
      this.removePair(pair);
    }
    // 2. Changed entries: recurse.
    for (const key of common) {
      const pair = pairOf(node, key);
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
        const pair = pairOf(node, predecessor);
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
      if (!sameDataInOrder(old[key], next[key])) {
        // Changed and moved: splice within the chunk, then move the chunk.
        const pair = pairOf(node, key);
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
    const dashIndent = this.dashColumn(firstItem);
    const itemSchema = schema ? childSchema(schema, 0) : undefined;
    const itemAt = (index: number): SourceNode => {
      const item = items[index];
      if (!item) throw new Error(`missing list item ${index}`);
      return item;
    };
    for (const step of pairListItems(old, next)) {
      if (step.kind === 'same') continue;
      if (step.kind === 'changed') {
        // Paired items changed in place: recurse so their unchanged parts keep their text.
        this.path.push(step.next);
        this.diffItem(itemAt(step.old), old[step.old], next[step.next], itemSchema, dashIndent);
        this.path.pop();
      } else if (step.kind === 'removed') {
        const item = itemAt(step.old);
        this.pushStructural({ start: this.itemLineStart(item), end: this.lineEndAfter(this.valueEnd(item)), text: '' });
      } else {
        const at = step.after >= 0 ? this.lineEndAfter(this.valueEnd(itemAt(step.after))) : this.itemLineStart(firstItem);
        const text = step.next.map((index) => renderSeqItem(next[index], itemSchema, dashIndent)).join('');
        this.pushStructural({ start: at, end: at, text: at === this.text.length && !this.text.endsWith('\n') ? `\n${text}` : text });
      }
    }
  }

  /**
   * Start of the line that holds an item's dash: the item's own line, or an earlier one when the
   * item's mapping starts on the line after its dash (`-⏎  text: two`).
   */
  private itemLineStart(item: SourceNode): number {
    const own = this.lineStart(item.start);
    if (this.text.slice(own, item.start).includes('-')) return own;
    return this.loneDashLineBefore(own) ?? own;
  }

  /** The line of a dash standing alone (or before a comment) above `lineStart`, past blank and comment lines. */
  private loneDashLineBefore(lineStart: number): number | undefined {
    let line = lineStart;
    while (line > 0) {
      line = this.lineStart(line - 1);
      const content = this.text.slice(line, lineStart).split('\n')[0]!.trim();
      if (content === '' || content.startsWith('#')) continue;
      return /^-(\s+#.*)?$/.test(content) ? line : undefined;
    }
    return undefined;
  }

  /** Column of an item's dash: two left of its content, or where a lone dash above it stands. */
  private dashColumn(item: SourceNode): number {
    const own = this.lineStart(item.start);
    const dashLine = this.text.slice(own, item.start).includes('-') ? undefined : this.loneDashLineBefore(own);
    if (dashLine === undefined) return Math.max(0, this.column(item.start) - 2);
    return this.text.indexOf('-', dashLine) - dashLine;
  }

  private diffItem(itemNode: SourceNode, old: unknown, next: unknown, schema: AnySchema | undefined, dashIndent: number): void {
    if (sameDataInOrder(old, next)) return;
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
      start: this.itemLineStart(itemNode),
      end: this.lineEndAfter(this.valueEnd(itemNode)),
      text: renderSeqItem(next, schema, dashIndent),
    });
  }
}
