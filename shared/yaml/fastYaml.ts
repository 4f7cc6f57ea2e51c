/**
 * A fast reader for the subset of YAML 1.2 (core schema) that map files use. It gives the same
 * value and the same node ranges as the `yaml` package would, or `undefined` the moment the text
 * leaves the subset (or could mean anything else), so the caller can fall back to `yaml`.
 *
 * The subset: an optional BOM; blank and comment lines anywhere; block mappings with plain or
 * quoted single-line keys; block sequences (indented under their key or at its column, items may be
 * compact mappings); single-line flow collections; single-line plain, single- and double-quoted
 * scalars; literal and folded block scalars with auto-detected indentation; trailing comments.
 *
 * Ranges follow `yaml`'s node ranges: `start`/`end` are `range[0]`/`range[1]`. A block collection
 * ends where its last value's `range[2]` ends, which takes in that value's trailing comment and line
 * break, comment lines indented deeper than the collection, and (for an empty value or a collection
 * that keeps them) the comment lines that follow; the reader models those rules exactly.
 */
import type { SchemaGuide } from '../model/compileAcceptor';
import { lineStartsOf } from './lineStarts';
import { FORBIDDEN_CHARS, OutsideSubset, type FastDocument, type FastNode, type FastValue } from './fastYamlLexicon';
import { Reader } from './fastYamlReader';

export type { FastDocument, FastNode, FastPair, FastValue } from './fastYamlLexicon';
export { resolvePlainScalar } from './fastYamlLexicon';

/** Reads `text` when it lies in the subset; `undefined` means "use the `yaml` package instead". */
export function readYamlSubset(text: string): FastDocument | undefined {
  const result = readOrExplain(text, true);
  return typeof result === 'string' ? undefined : { root: result.root, value: result.value, lineStarts: lineStartsOf(text) };
}

/**
 * Like `readYamlSubset` but without the node tree and line starts: a fraction of the memory and
 * less time, for loading when no positions are needed. It accepts and declines the same texts.
 */
export function readYamlSubsetValue(text: string, guide?: SchemaGuide): FastValue | undefined {
  const result = readOrExplain(text, false, guide);
  if (typeof result === 'string') return undefined;
  return guide ? { value: result.value, accepted: result.accepted } : { value: result.value };
}

/** Why `readYamlSubset` declines `text` (for tests and diagnostics), or undefined when it reads it. */
export function explainYamlSubsetBailout(text: string): string | undefined {
  const result = readOrExplain(text, false);
  return typeof result === 'string' ? result : undefined;
}

function readOrExplain(text: string, withNodes: boolean, guide?: SchemaGuide): { root: FastNode; value: unknown; accepted: boolean } | string {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (FORBIDDEN_CHARS.test(hasBom ? text.slice(1) : text)) return 'a tab, CR, control character or misplaced BOM';
  const reader = new Reader(text, hasBom ? 1 : 0, withNodes);
  try {
    const root = reader.readDocument(guide ?? null);
    return { root, value: reader.js, accepted: guide !== undefined && !reader.rejected };
  } catch (error) {
    if (error instanceof OutsideSubset) return error.message;
    throw error;
  }
}
