/**
 * Two-way selection between a map's YAML text and its elements: the element a cursor offset is in,
 * and the range of an element's entry. Works on the source tree, so it also serves a map the schema
 * rejects (the tree exists whenever the YAML itself parses). `text` is the text the tree was read from.
 */
import { OWN_ID_COLLECTIONS, type OwnIdCollection } from '../model/elementKinds';
import type { SourceNode, SourcePair, SourceTree } from './sourceTree';

/** A section whose entries are elements the canvas can select (the element-kind catalogue's own-id collections). */
export type ElementSection = OwnIdCollection;

const IS_SECTION: ReadonlySet<string> = new Set(OWN_ID_COLLECTIONS);

export interface SourceElement {
  readonly section: ElementSection;
  readonly id: string;
  /** Offsets of the entry: from its key to the end of its value. */
  readonly from: number;
  readonly to: number;
}

/** End of a pair's text: a block value's node ends after its line break, which belongs to no entry. */
function endOf(text: string, pair: SourcePair): number {
  let end = pair.value ? Math.max(pair.keyEnd, pair.value.end) : pair.keyEnd;
  while (end > pair.keyEnd && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The pair of `node` whose key-to-value span holds `offset` (pairs are in text order: binary search). */
function pairAt(text: string, node: SourceNode | null, offset: number): SourcePair | undefined {
  if (!node || node.kind !== 'map') return undefined;
  const pairs = node.pairs;
  let low = 0;
  let high = pairs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const pair = pairs[middle]!;
    if (offset < pair.keyStart) high = middle - 1;
    else if (offset > endOf(text, pair)) low = middle + 1;
    else return pair;
  }
  return undefined;
}

/** The element whose entry holds the cursor at `offset`, or undefined (header, a section key, blank space). */
export function elementAtOffset(text: string, tree: SourceTree, offset: number): SourceElement | undefined {
  const section = pairAt(text, tree.root, offset);
  if (!section || !IS_SECTION.has(section.key)) return undefined;
  const entry = pairAt(text, section.value, offset);
  if (!entry) return undefined;
  return { section: section.key as ElementSection, id: entry.key, from: entry.keyStart, to: endOf(text, entry) };
}

/** The entry of element `id` in `section`, to reveal and select it in the text; undefined when the text has none. */
export function elementRange(text: string, tree: SourceTree, section: ElementSection, id: string): SourceElement | undefined {
  const root = tree.root;
  if (!root || root.kind !== 'map') return undefined;
  const sectionPair = root.pairs.find((pair) => pair.key === section);
  const value = sectionPair?.value;
  if (!value || value.kind !== 'map') return undefined;
  const entry = value.pairs.find((pair) => pair.key === id);
  return entry ? { section, id, from: entry.keyStart, to: endOf(text, entry) } : undefined;
}
