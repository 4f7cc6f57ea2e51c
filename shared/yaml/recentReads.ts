/**
 * Texts read or written lately, with their tree and data, so that saving over the same text again
 * (the editor does it on every edit) need not read it again; and the one reader saving uses.
 */
import { parseDocument } from 'yaml';
import { YAML_PARSE_OPTIONS } from './parseYamlSource';
import { readYamlSubset } from './fastYaml';
import { setOwnProperty } from '../model/plainData';
import { treeFromYamlDocument } from './sourceTree';
import type { SourceNode } from './sourceTree';

type ScalarNode = Extract<SourceNode, { kind: 'scalar' }>;

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

export function rememberRead(text: string, source: ReadSource | PendingSwaps): void {
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
export function readSource(text: string): ReadSource | undefined {
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
export interface ScalarSwap {
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
