/**
 * The source tree of a YAML file: its nodes with their character ranges, and line starts. Read by
 * the fast subset reader when the text allows, else converted from the `yaml` package's document,
 * so issue positions and minimal-diff saving work the same on both paths.
 */
import { isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node } from 'yaml';
import type { IssuePath } from '../model/issue';
import type { FastNode, FastPair } from './fastYaml';
import { lineStartsOf } from './lineStarts';

export type SourceNode = FastNode;
export type SourcePair = FastPair;

export interface SourceTree {
  readonly root: SourceNode | null;
  /** Offsets where lines start (the first is 0). */
  readonly lineStarts: readonly number[];
}

export interface SourceRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

const SCALAR_STYLES: Record<string, Extract<SourceNode, { kind: 'scalar' }>['style']> = {
  [Scalar.PLAIN]: 'plain',
  [Scalar.QUOTE_DOUBLE]: 'double',
  [Scalar.QUOTE_SINGLE]: 'single',
  [Scalar.BLOCK_LITERAL]: 'literal',
  [Scalar.BLOCK_FOLDED]: 'folded',
};

/** The source tree of a document parsed by the `yaml` package (the fallback path). */
export function treeFromYamlDocument(doc: Document, text: string): SourceTree {
  return { root: convert(doc.contents as Node | null), lineStarts: lineStartsOf(text) };
}

function convert(node: Node | null | undefined): SourceNode | null {
  if (!node) return null;
  const [start, end] = node.range ?? [0, 0];
  if (isMap(node)) {
    const pairs: SourcePair[] = [];
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = item.key as Node | null;
      const [keyStart, keyEnd] = key?.range ?? [start, start];
      pairs.push({ key: String(isScalar(key) ? (key.value ?? '') : key), keyStart, keyEnd, value: convert(item.value as Node | null) });
    }
    return { kind: 'map', start, end, flow: Boolean(node.flow), pairs };
  }
  if (isSeq(node)) {
    return { kind: 'seq', start, end, flow: Boolean(node.flow), items: node.items.map((item) => convert(item as Node)).filter((item): item is SourceNode => item !== null) };
  }
  const scalar = node as Scalar;
  const value = scalar.value;
  return {
    kind: 'scalar',
    start,
    end,
    style: SCALAR_STYLES[scalar.type ?? Scalar.PLAIN] ?? 'plain',
    value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === null || value === undefined ? null : String(value),
  };
}

/** 1-based line and column of a character offset. */
export function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

export function rangeOfOffsets(lineStarts: readonly number[], start: number, end: number): SourceRange {
  const from = positionOf(lineStarts, start);
  const to = positionOf(lineStarts, Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The pair of a mapping node whose key reads as `key` (the first, should a broken file repeat it). */
export function pairOf(node: SourceNode | null, key: string | number): SourcePair | undefined {
  if (!node || node.kind !== 'map') return undefined;
  const wanted = String(key);
  if (node.pairs.length <= SMALL_MAPPING) return node.pairs.find((pair) => pair.key === wanted);
  return pairIndexOf(node).get(wanted);
}

/** Below this size a search beats building an index. */
const SMALL_MAPPING = 8;

/**
 * Pairs by key, built once per node: a map with 100,000 findings looks up as many paths, and a
 * search per lookup made placing them quadratic. Trees are never given new pairs once read.
 */
const pairIndexes = new WeakMap<SourceNode, Map<string, SourcePair>>();

function pairIndexOf(node: Extract<SourceNode, { kind: 'map' }>): Map<string, SourcePair> {
  let index = pairIndexes.get(node);
  if (!index) {
    index = new Map();
    for (const pair of node.pairs) if (!index.has(pair.key)) index.set(pair.key, pair);
    pairIndexes.set(node, index);
  }
  return index;
}

/**
 * The source range that best shows `path`: the deepest node that exists along it; an element (a
 * block mapping or list under a key) is shown at its key, `  D2:`, rather than at its first field.
 * With `keyOf`, the key of that entry under the path's node (unrecognised keys).
 */
export function rangeOfPath(tree: SourceTree, path: IssuePath, keyOf?: string): SourceRange {
  let current: SourceNode | null = tree.root;
  let best: { start: number; end: number } = current ?? { start: 0, end: 0 };
  let bestIsBlockValueOf: SourcePair | undefined;
  let reachedEnd = true;
  for (const segment of path) {
    bestIsBlockValueOf = undefined;
    if (current?.kind === 'map') {
      const pair = pairOf(current, segment);
      if (!pair) {
        reachedEnd = false;
        break;
      }
      if (!pair.value) {
        best = { start: pair.keyStart, end: pair.keyEnd };
        current = null;
        reachedEnd = false;
        break;
      }
      best = pair.value;
      current = pair.value;
      if ((current.kind === 'map' || current.kind === 'seq') && !current.flow) bestIsBlockValueOf = pair;
    } else if (current?.kind === 'seq' && typeof segment === 'number' && current.items[segment]) {
      current = current.items[segment]!;
      best = current;
    } else {
      reachedEnd = false;
      break;
    }
  }
  if (keyOf !== undefined && reachedEnd) {
    const pair = pairOf(current, keyOf);
    if (pair) return rangeOfOffsets(tree.lineStarts, pair.keyStart, pair.keyEnd);
  }
  if (bestIsBlockValueOf) return rangeOfOffsets(tree.lineStarts, bestIsBlockValueOf.keyStart, bestIsBlockValueOf.keyEnd);
  return rangeOfOffsets(tree.lineStarts, best.start, best.end);
}

/** The first collection nested deeper than `limit`, for the depth limit; stops as soon as found. */
export function nodeDeeperThan(node: SourceNode | null, limit: number, depth = 1): SourceNode | undefined {
  if (!node || node.kind === 'scalar') return undefined;
  if (depth > limit) return node;
  const children = node.kind === 'map' ? node.pairs.map((pair) => pair.value) : node.items;
  for (const child of children) {
    const found = nodeDeeperThan(child, limit, depth + 1);
    if (found) return found;
  }
  return undefined;
}
