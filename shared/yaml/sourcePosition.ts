/**
 * Maps an issue path (the shape of a zod issue path) to a position in the YAML source, so every
 * finding can be reported as `file:line:col`.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair , LineCounter } from 'yaml';
import type { IssuePath } from '../rules/issue';

export interface SourceRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The pair of a block or flow mapping whose key reads as `key` (numbers and strings alike). */
export function findPair(node: unknown, key: string | number): Pair<Node, Node | null> | undefined {
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (!isPair(item)) continue;
    const pairKey = isScalar(item.key) ? item.key.value : item.key;
    if (String(pairKey) === String(key)) return item as Pair<Node, Node | null>;
  }
  return undefined;
}

/**
 * The node that best represents `path`: the deepest node that exists along it. When `keyOf` is
 * given, the key node of that entry under the path's node is preferred (unrecognised keys).
 */
export function nodeAtPath(doc: Document, path: IssuePath, keyOf?: string): Node | undefined {
  let current: unknown = doc.contents;
  let best: Node | undefined = (doc.contents as Node | null) ?? undefined;
  let keyOfBest: Node | undefined;
  for (const segment of path) {
    keyOfBest = undefined;
    if (isMap(current)) {
      const pair = findPair(current, segment);
      if (!pair) break;
      // A key without a value (`lane:`) still has a position: its key.
      best = (pair.value ?? pair.key) as Node;
      keyOfBest = pair.key as Node;
      current = pair.value;
      if (!pair.value) break;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (!item) break;
      best = item as Node;
      current = item;
    } else {
      break;
    }
  }
  if (keyOf !== undefined && current === (best as unknown)) {
    const pair = findPair(current, keyOf);
    if (pair) return pair.key as Node;
  }
  // An element (a mapping or list under a key) is best shown at its key: `  D2:` rather than its first field.
  if (keyOfBest && (isMap(best) || isSeq(best)) && !(best as { flow?: boolean }).flow) return keyOfBest;
  return best;
}

/** 1-based line/column range of `node`, or of the document start when there is no node. */
export function rangeOfNode(node: Node | undefined, lineCounter: LineCounter): SourceRange {
  const [start, end] = node?.range ?? [0, 0];
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** 1-based range of an issue path in a parsed document. */
export function rangeOfPath(doc: Document, lineCounter: LineCounter, path: IssuePath, keyOf?: string): SourceRange {
  return rangeOfNode(nodeAtPath(doc, path, keyOf), lineCounter);
}

/** 1-based range of a character offset range. */
export function rangeOfOffsets(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
