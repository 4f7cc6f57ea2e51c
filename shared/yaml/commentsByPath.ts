/**
 * Comments carried into a canonical rewrite (the save's fallback): each comment of the old text is
 * attached to the data path of the entry it stands above or after, and written again at that path
 * in the new text. A comment whose entry is gone goes above the nearest entry around it that is
 * still there, so no comment is dropped.
 */
import { lineStartsOf } from './lineStarts';
import { positionOf } from './sourceTree';
import type { SourceNode } from './sourceTree';

type Path = readonly (string | number)[];

interface Anchor {
  readonly path: Path;
  /** Where a comment after the entry's first line may follow: the end of its key, or of a one-line value. */
  readonly trailingFrom: number;
}

interface Anchors {
  /** The first entry starting on each line (0-based). */
  readonly byLine: Map<number, Anchor>;
  /** Lines inside multi-line scalars, where `#` is text. */
  readonly textLines: Set<number>;
}

interface PathComments {
  above: string[];
  after?: string;
}

function anchorsOf(text: string, root: SourceNode | null): Anchors {
  const lineStarts = lineStartsOf(text);
  const lineOf = (offset: number): number => positionOf(lineStarts, offset).line - 1;
  const byLine = new Map<number, Anchor>();
  const textLines = new Set<number>();
  const add = (offset: number, anchor: Anchor): void => {
    const line = lineOf(offset);
    if (!byLine.has(line)) byLine.set(line, anchor);
  };
  const endOfOneLineValue = (node: SourceNode | null, fallback: number): number => {
    if (!node || (node.kind !== 'scalar' && !node.flow)) return fallback;
    return lineOf(node.start) === lineOf(node.end) ? node.end : fallback;
  };
  const walk = (node: SourceNode | null, path: Path): void => {
    if (!node) return;
    if (node.kind === 'scalar') {
      // A block scalar's range ends after its last line break: that line is not its text.
      const lastLine = lineOf(Math.max(node.start, node.end - 1));
      for (let line = lineOf(node.start) + 1; line <= lastLine; line++) textLines.add(line);
    } else if (node.kind === 'map') {
      for (const pair of node.pairs) {
        const pairPath = [...path, pair.key];
        add(pair.keyStart, { path: pairPath, trailingFrom: endOfOneLineValue(pair.value, pair.keyEnd + 1) });
        walk(pair.value, pairPath);
      }
    } else {
      node.items.forEach((item, index) => {
        const itemPath = [...path, index];
        add(item.start, { path: itemPath, trailingFrom: endOfOneLineValue(item, item.start) });
        walk(item, itemPath);
      });
    }
  };
  walk(root, []);
  return { byLine, textLines };
}

/** The comments of `text` by the path of the entry each belongs to ('' keys the end of the file). */
function commentsOf(text: string, root: SourceNode | null): Map<string, PathComments> {
  const { byLine, textLines } = anchorsOf(text, root);
  const lines = text.split('\n');
  const found = new Map<string, PathComments>();
  const at = (path: Path): PathComments => {
    const key = JSON.stringify(path);
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { above: [] }));
    return entry;
  };
  let pending: string[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const anchor = byLine.get(index);
    if (anchor) {
      if (pending.length > 0) at(anchor.path).above.push(...pending);
      pending = [];
      const rest = text.slice(anchor.trailingFrom, offset + line.length);
      const trailing = /^[ \t]+(#.*)$/.exec(rest)?.[1] ?? /^:?[ \t]+(#.*)$/.exec(rest)?.[1];
      if (trailing) at(anchor.path).after = trailing;
    } else if (!textLines.has(index) && line.trimStart().startsWith('#')) {
      pending.push(line.trimStart());
    }
    offset += line.length + 1;
  });
  if (pending.length > 0) found.set('', { above: pending });
  return found;
}

/**
 * `canonical` (the new data written canonically, with its tree) with the comments of
 * `original` (with its tree) written at their paths (list items by their index).
 */
export function withCommentsByPath(
  original: { readonly text: string; readonly root: SourceNode | null },
  canonical: { readonly text: string; readonly root: SourceNode | null },
): string {
  const comments = commentsOf(original.text, original.root);
  if (comments.size === 0) return canonical.text;
  const { byLine } = anchorsOf(canonical.text, canonical.root);
  const placed = new Set<string>([...byLine.values()].map((anchor) => JSON.stringify(anchor.path)));
  // A comment whose entry is gone goes to the nearest surviving ancestor.
  const moved = new Map<string, string[]>();
  for (const [key, entry] of comments) {
    if (key === '' || placed.has(key)) continue;
    const path = JSON.parse(key) as (string | number)[];
    let home = '';
    for (let length = path.length - 1; length > 0; length--) {
      const candidate = JSON.stringify(path.slice(0, length));
      if (placed.has(candidate)) {
        home = candidate;
        break;
      }
    }
    const lines = [...entry.above, ...(entry.after ? [entry.after] : [])];
    moved.set(home, [...(moved.get(home) ?? []), ...lines]);
  }
  const out: string[] = [];
  const lines = canonical.text.split('\n');
  lines.forEach((line, index) => {
    const anchor = byLine.get(index);
    const key = anchor ? JSON.stringify(anchor.path) : undefined;
    const entry = key !== undefined ? comments.get(key) : undefined;
    const indent = /^ */.exec(line)![0];
    const above = [...(key !== undefined ? (moved.get(key) ?? []) : []), ...(entry?.above ?? [])];
    for (const comment of above) out.push(indent + comment);
    out.push(entry?.after ? `${line} ${entry.after}` : line);
  });
  const rootComments = [...(moved.get('') ?? []), ...(comments.get('')?.above ?? [])];
  if (rootComments.length > 0) {
    const last = out.length - 1;
    if (out[last] === '') out.splice(last, 0, ...rootComments);
    else out.push(...rootComments);
  }
  return out.join('\n');
}
