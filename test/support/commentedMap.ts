/**
 * Random saves over commented files, for the comment-keeping property (issue 16, point 3): a map's
 * canonical text with a comment above every mapping entry and after every one-line scalar, each
 * naming its path, and an edit of the map (rename, remove, add, reorder, or a different map).
 */
import fc from 'fast-check';
import { ProcessMap } from '../../shared/model/schema';
import { readYamlSubset } from '../../shared/yaml/fastYaml';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import type { SourceNode } from '../../shared/yaml/sourceTree';
import { arbitraryMap, arbitraryText } from './arbitraryMap';

export interface PathComment {
  /** The path of the entry (mapping keys only: list indices move when items are added). */
  readonly path: readonly string[];
  readonly text: string;
  readonly trailing: boolean;
}

/** The canonical text of `map` with comments at every entry, and the comments written. */
export function commentEverywhere(map: ProcessMap): { text: string; comments: PathComment[] } {
  const text = renderCanonical(map, ProcessMap);
  const read = readYamlSubset(text);
  if (!read) throw new Error('canonical text outside the fast subset');
  const inserts: Array<{ at: number; text: string }> = [];
  const comments: PathComment[] = [];
  let count = 0;
  const walk = (node: SourceNode | null, path: string[]): void => {
    if (!node || node.kind !== 'map' || node.flow) return;
    for (const pair of node.pairs) {
      const pairPath = [...path, pair.key];
      const lineStart = text.lastIndexOf('\n', pair.keyStart - 1) + 1;
      // Only entries that start their line (not `- key:`), so the comment line stands above the entry.
      if (/^ *$/.test(text.slice(lineStart, pair.keyStart))) {
        const above = `# above ${++count}`;
        inserts.push({ at: lineStart, text: `${' '.repeat(pair.keyStart - lineStart)}${above}\n` });
        comments.push({ path: pairPath, text: above, trailing: false });
      }
      const value = pair.value;
      const oneLine = value?.kind === 'scalar' && (value.style === 'plain' || value.style === 'double' || value.style === 'single') && !text.slice(value.start, value.end).includes('\n');
      if (oneLine) {
        const after = `# after ${++count}`;
        inserts.push({ at: value.end, text: ` ${after}` });
        comments.push({ path: pairPath, text: after, trailing: true });
      }
      walk(value, pairPath);
    }
  };
  walk(read.root, []);
  let commented = text;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) commented = commented.slice(0, insert.at) + insert.text + commented.slice(insert.at);
  return { text: commented, comments };
}

type Edit = (map: ProcessMap) => void;

const arbitraryEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), arbitraryText).map(([pick, name]): Edit => (map) => {
    const ids = Object.keys(map.activities);
    map.activities[ids[pick % ids.length]!]!.name = name;
  }),
  fc.nat().map((pick): Edit => (map) => {
    const ids = Object.keys(map.activities);
    if (ids.length > 1) delete map.activities[ids[pick % ids.length]!];
  }),
  fc.tuple(fc.stringMatching(/^N[a-z0-9]{1,5}$/), arbitraryText).map(([id, name]): Edit => (map) => {
    map.activities[id] ??= { name };
  }),
  fc.nat().map((pick): Edit => (map) => {
    // Reorder: the picked activity moves to the end.
    const ids = Object.keys(map.activities);
    const id = ids[pick % ids.length]!;
    const activity = map.activities[id]!;
    delete map.activities[id];
    map.activities[id] = activity;
  }),
  arbitraryText.map((title): Edit => (map) => {
    map.title = title;
  }),
  fc.tuple(arbitraryText, fc.boolean()).map(([text, first]): Edit => (map) => {
    const notes = map.notes ?? [];
    map.notes = first ? [text, ...notes] : [...notes, { text, source: 'added' }];
  }),
  arbitraryText.map((person): Edit => (map) => {
    const first = Object.values(map.activities)[0]!;
    first.keyPeople = [...(first.keyPeople ?? []), person];
  }),
);

/** A commented file, and the map saved over it: the original edited 1–4 times, or now and then another map. */
export const arbitraryCommentedSave = fc
  .tuple(arbitraryMap, fc.oneof({ weight: 9, arbitrary: fc.array(arbitraryEdit, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: arbitraryMap }))
  .map(([map, change]) => {
    const { text, comments } = commentEverywhere(map);
    let next: ProcessMap;
    if (Array.isArray(change)) {
      next = structuredClone(map);
      for (const edit of change) edit(next);
    } else {
      next = change;
    }
    return { map, text, comments, next };
  });

/** The value at a path of mapping keys, or undefined when some key is missing. */
export function valueAtPath(data: unknown, path: readonly string[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
