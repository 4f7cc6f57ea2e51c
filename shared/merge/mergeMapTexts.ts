/**
 * The merge of three map files as text, for the git merge driver. The result starts from our file
 * and changes only what the merge changed, so our comments and formatting survive. Where an element
 * conflicts, git-style markers surround that element's YAML only, with our, the base and their
 * version of it, so the rest of the file stays valid and merged.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import { ProcessMap } from '../model/schema';
import { schemaAtPath } from '../model/keyOrder';
import { parseMap } from '../yaml/parseMap';
import { YAML_PARSE_OPTIONS } from '../yaml/parseYamlSource';
import { renderPair } from '../yaml/renderYaml';
import { updateMapText } from '../yaml/updateMapText';
import { alignKeyOrder } from '../tailor/alignKeyOrder';
import { mergeMaps } from './mergeMaps';
import type { MergeConflict, UnitPath } from './mergeMaps';

export interface MergeTextOptions {
  /** Marker length (git's `%L`, default 7). */
  readonly markerSize?: number;
  readonly labels?: { readonly ours?: string; readonly base?: string; readonly theirs?: string };
}

export type MergeTextResult =
  | { readonly status: 'merged'; readonly text: string; readonly conflicts: readonly [] }
  | { readonly status: 'conflicts'; readonly text: string; readonly conflicts: readonly MergeConflict[] }
  /** A side is not a valid map (or the merge cannot be expressed): the caller falls back to a line merge. */
  | { readonly status: 'unmergeable'; readonly reason: string };

interface Span {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
}

/** Offset just past the end of the line holding `offset - 1` (block values end at a line start). */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The lines of the `key: value` entry at `path`, or undefined when the file has no such entry. */
function spanOf(text: string, path: UnitPath): Span | undefined {
  const doc = parseDocument(text, YAML_PARSE_OPTIONS);
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (!isMap(node)) return undefined;
    pair = (node.items as Pair[]).find((item) => String(isScalar(item.key) ? item.key.value : item.key) === segment);
    if (!pair) return undefined;
    node = pair.value;
  }
  if (!pair) return undefined;
  const keyStart = (pair.key as Node).range?.[0] ?? 0;
  const valueEnd = ((pair.value as Node | null) ?? (pair.key as Node)).range?.[1] ?? keyStart;
  const start = lineStart(text, keyStart);
  return { start, end: lineEndAfter(text, valueEnd), indent: keyStart - start };
}

/** The YAML of one element as a side wrote it, re-rendered only when its indentation differs. */
function sideText(text: string, path: UnitPath, value: unknown, indent: number): string {
  if (value === undefined) return '';
  const span = spanOf(text, path);
  if (span && span.indent === indent) {
    const lines = text.slice(span.start, span.end);
    return lines.endsWith('\n') ? lines : `${lines}\n`;
  }
  return renderPair(path[path.length - 1]!, value, schemaAtPath(ProcessMap, path), indent);
}

/** Merges three map texts; see the module comment. */
export function mergeMapTexts(baseText: string, oursText: string, theirsText: string, options: MergeTextOptions = {}): MergeTextResult {
  const sides = { base: parseMap(baseText, 'base'), ours: parseMap(oursText, 'ours'), theirs: parseMap(theirsText, 'theirs') };
  for (const [name, parsed] of Object.entries(sides)) {
    if (!parsed.value) return { status: 'unmergeable', reason: `${name}: ${parsed.issues[0]?.message ?? 'not a valid map'}` };
  }
  // The raw data keeps each file's key order (the schema's output would be in canonical order), so
  // that unchanged elements compare equal to their text and keep their lines.
  const data = (parsed: typeof sides.base): ProcessMap => parsed.data as ProcessMap;
  const result = mergeMaps(data(sides.base), data(sides.ours), data(sides.theirs));
  if (!result.isValid) return { status: 'unmergeable', reason: 'the merged map would not satisfy the format' };
  const eol = oursText.includes('\r\n') ? '\r\n' : '\n';
  const merged = updateMapText(oursText, alignKeyOrder(result.merged, sides.ours.data)).replace(/\r\n/g, '\n');
  if (result.conflicts.length === 0) return { status: 'merged', text: eol === '\n' ? merged : merged.replace(/\n/g, eol), conflicts: [] };

  // Replace each conflicting element's lines with the three versions, last in the file first.
  const size = options.markerSize ?? 7;
  const label = (name: 'ours' | 'base' | 'theirs'): string => options.labels?.[name] ?? name;
  const texts = { base: baseText.replace(/\r\n/g, '\n'), ours: oursText.replace(/\r\n/g, '\n'), theirs: theirsText.replace(/\r\n/g, '\n') };
  const located = result.conflicts
    .map((conflict) => ({ conflict, span: spanOf(merged, conflict.path) }))
    .filter((entry): entry is { conflict: MergeConflict; span: Span } => entry.span !== undefined)
    .sort((a, b) => b.span.start - a.span.start);
  if (located.length !== result.conflicts.length) return { status: 'unmergeable', reason: 'a conflicting element could not be located in the merged text' };
  let text = merged;
  for (const { conflict, span } of located) {
    const block = [
      `${'<'.repeat(size)} ${label('ours')}\n`,
      sideText(texts.ours, conflict.path, conflict.ours, span.indent),
      `${'|'.repeat(size)} ${label('base')}\n`,
      sideText(texts.base, conflict.path, conflict.base, span.indent),
      `${'='.repeat(size)}\n`,
      sideText(texts.theirs, conflict.path, conflict.theirs, span.indent),
      `${'>'.repeat(size)} ${label('theirs')}\n`,
    ].join('');
    text = text.slice(0, span.start) + block + text.slice(span.end);
  }
  return { status: 'conflicts', text: eol === '\n' ? text : text.replace(/\n/g, eol), conflicts: result.conflicts };
}
