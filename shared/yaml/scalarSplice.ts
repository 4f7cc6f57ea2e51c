/**
 * Saving an edit that only changes scalars (a rename, a new text) over a file not read before,
 * without building the file's node tree: the values are compared, and only the entries holding a
 * changed scalar are read with positions. On a 1,000-activity map that halves the first save.
 *
 * Every step is checked: an entry is located by its key at its indentation, read on its own, and
 * must give back the same key and, at the path, the old value; anything unexpected returns
 * `undefined` and the caller takes the general path.
 */
import { readYamlSubset, readYamlSubsetValue } from './fastYaml';
import type { FastNode } from './fastYaml';
import { isPlainCollection, isPlainScalar } from '../model/plainData';

type ScalarNode = Extract<FastNode, { kind: 'scalar' }>;
type Path = ReadonlyArray<string | number>;

/** Renders a scalar in place of `node`, keeping its style, or undefined when it cannot stay one line. */
export type ScalarRenderer = (node: ScalarNode, value: unknown) => string | undefined;

/** More changed scalars than this and reading the whole tree is as quick. */
const MAX_CHANGES = 64;

/**
 * `text` (LF, no BOM) with the scalars that differ between its data and `next` replaced, or
 * `undefined` when anything but scalars differs or a place cannot be found with certainty.
 */
export function spliceChangedScalars(text: string, next: unknown, render: ScalarRenderer, previous?: unknown): string | undefined {
  // The caller's data of `text` spares reading it; each change is still checked against the file.
  const old = previous !== undefined ? previous : readYamlSubsetValue(text)?.value;
  if (old === undefined) return undefined;
  const changes: Array<{ path: Path; old: unknown; value: unknown }> = [];
  if (!collectScalarChanges(old, next, [], changes) || changes.length > MAX_CHANGES) return undefined;
  const splices: Array<{ start: number; end: number; text: string }> = [];
  const lines = new LineIndex(text);
  for (const change of changes) {
    const node = lines.locateScalar(change.path);
    if (!node || node.value !== change.old) return undefined;
    const rendered = render(node, change.value);
    if (rendered === undefined) return undefined;
    splices.push({ start: node.start, end: node.end, text: rendered });
  }
  splices.sort((a, b) => b.start - a.start);
  let result = text;
  for (const splice of splices) result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  return result;
}

/**
 * Pushes the paths where `old` and `next` hold different scalars; false when they differ in any
 * other way (a key added, removed or moved, a list resized, a scalar becoming a collection), or
 * when `next` holds anything but plain data where it differs (the caller then normalizes it).
 */
function collectScalarChanges(old: unknown, next: unknown, path: Array<string | number>, changes: Array<{ path: Path; old: unknown; value: unknown }>): boolean {
  if (old === next) return true;
  const oldIsObject = typeof old === 'object' && old !== null;
  const nextIsObject = typeof next === 'object' && next !== null;
  if (!oldIsObject || !nextIsObject) {
    if (oldIsObject || nextIsObject || !isPlainScalar(next)) return false;
    if (changes.length >= MAX_CHANGES) return false;
    changes.push({ path: [...path], old, value: next });
    return true;
  }
  if (Array.isArray(old) !== Array.isArray(next) || !isPlainCollection(next)) return false;
  if (Array.isArray(old)) {
    const items = next as unknown[];
    if (old.length !== items.length) return false;
    for (let index = 0; index < old.length; index++) {
      path.push(index);
      const same = collectScalarChanges(old[index], items[index], path, changes);
      path.pop();
      if (!same) return false;
    }
    return true;
  }
  const left = old as Record<string, unknown>;
  const right = next as Record<string, unknown>;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  for (let index = 0; index < leftKeys.length; index++) {
    const key = leftKeys[index]!;
    if (key !== rightKeys[index]) return false;
    path.push(key);
    const same = collectScalarChanges(left[key], right[key], path, changes);
    path.pop();
    if (!same) return false;
  }
  return true;
}

const PLAIN_KEY = /^([A-Za-z0-9][A-Za-z0-9_.-]*):(?:[ \n]|$)/;

/** Finds entries of a block-style document by their keys and indentation. */
class LineIndex {
  readonly #text: string;
  #topLevel: Map<string, { start: number; end: number }> | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** The scalar node at `path`, with offsets in the whole text. */
  locateScalar(path: Path): ScalarNode | undefined {
    const [top, child] = path;
    if (typeof top !== 'string') return undefined;
    const entry = this.#entries(0, this.#text.length, 0).get(top);
    if (!entry) return undefined;
    if (path.length === 1 || typeof child !== 'string') return this.#readEntry(entry.start, entry.end, [top], path.slice(1));
    const firstContent = this.#nextContentLine(this.#lineAfter(entry.start), entry.end);
    if (firstContent === undefined) return undefined;
    const indent = firstContent.indent;
    if (indent === 0 || this.#text.startsWith('- ', firstContent.start + indent)) return this.#readEntry(entry.start, entry.end, [top], path.slice(1));
    const childEntry = this.#entries(firstContent.start, entry.end, indent).get(child);
    if (!childEntry) return undefined;
    return this.#readEntry(childEntry.start, childEntry.end, [top, child], path.slice(2), indent);
  }

  /**
   * Reads the lines [start, end) on their own and walks `rest` below `keys`. An indented entry is
   * read under a one-line stand-in for its parent key, so that it is a document of its own.
   */
  #readEntry(start: number, end: number, keys: readonly string[], rest: Path, indent = 0): ScalarNode | undefined {
    const prefix = indent > 0 ? 'x:\n' : '';
    const shift = start - prefix.length;
    const document = readYamlSubset(prefix + this.#text.slice(start, end));
    if (!document) return undefined;
    let node: FastNode | null = document.root;
    if (indent > 0) node = onlyPairValue(node, 'x');
    for (const key of keys.slice(indent > 0 ? 1 : 0)) node = onlyPairValue(node, key);
    for (const step of rest) {
      // A changed value inside `[...]` or `{...}` is written by rewriting that collection: the general path's.
      if (!node || (node.kind !== 'scalar' && node.flow)) return undefined;
      if (node.kind === 'map' && typeof step === 'string') node = node.pairs.find((pair) => pair.key === step)?.value ?? null;
      else if (node.kind === 'seq' && typeof step === 'number') node = node.items[step] ?? null;
      else return undefined;
    }
    if (!node || node.kind !== 'scalar') return undefined;
    return { ...node, start: node.start + shift, end: node.end + shift };
  }

  /** Entries of the block mapping whose keys sit at `indent` in [from, to): key → its lines. */
  #entries(from: number, to: number, indent: number): Map<string, { start: number; end: number }> {
    if (indent === 0 && this.#topLevel) return this.#topLevel;
    const text = this.#text;
    const entries = new Map<string, { start: number; end: number }>();
    let open: { start: number; end: number } | undefined;
    // Line by line without an object per line: a large map has tens of thousands of lines below its keys.
    for (let start = from; start < to; ) {
      let at = start;
      while (at < to && text.charCodeAt(at) === 32) at++;
      const lineStart = start;
      start = this.#lineAfter(at);
      const code = at < to ? text.charCodeAt(at) : 10;
      const lineIndent = at - lineStart;
      // Blank and comment lines, and the lines of the entries' values.
      if (code === 10 || code === 35 || lineIndent > indent) continue;
      if (open) open.end = lineStart;
      open = undefined;
      if (lineIndent < indent) break;
      const key = PLAIN_KEY.exec(text.slice(lineStart + indent, Math.min(to, lineStart + indent + 130)))?.[1];
      // A key that is not plain, or appears twice, is left to the general path.
      if (key === undefined || entries.has(key)) {
        entries.set(key ?? '', { start: -1, end: -1 });
        continue;
      }
      open = { start: lineStart, end: to };
      entries.set(key, open);
    }
    for (const [key, entry] of entries) if (entry.start === -1) entries.delete(key);
    if (indent === 0) this.#topLevel = entries;
    return entries;
  }

  /** The next line in [from, to) that holds content (not blank, not only a comment). */
  #nextContentLine(from: number, to: number): { start: number; indent: number } | undefined {
    let start = from;
    while (start < to) {
      let at = start;
      while (at < to && this.#text.charCodeAt(at) === 32) at++;
      const code = at < to ? this.#text.charCodeAt(at) : 10;
      if (code !== 10 && code !== 35) return { start, indent: at - start };
      start = this.#lineAfter(at);
    }
    return undefined;
  }

  #lineAfter(at: number): number {
    const newline = this.#text.indexOf('\n', at);
    return newline === -1 ? this.#text.length : newline + 1;
  }
}

/** The value of a mapping that must hold exactly the one key `key`. */
function onlyPairValue(node: FastNode | null, key: string): FastNode | null {
  if (!node || node.kind !== 'map' || node.pairs.length !== 1 || node.pairs[0]!.key !== key) return null;
  return node.pairs[0]!.value;
}
