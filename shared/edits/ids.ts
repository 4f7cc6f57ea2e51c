/**
 * The one id service of the editor: how a new element's id is chosen. Ids stay human-readable
 * (`phase-2`, `D7`, `incident-commander`); the id spaces are those of the element-kind catalogue.
 */
import { idsInSpace } from '../model/elementKinds';
import type { ProcessMap } from '../model/schema';

/** `id` itself if free, else `id-2`, `id-3`, …: the id of a new element. */
export function numberedId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `id` itself if free, else `id-copy`, `id-copy2`, …: the id of a pasted copy. */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${id}-copy` : `${id}-copy${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A lower-case slug of a name (`Page on-call IC` → `page-on-call-ic`), at most 40 characters; `fallback` when nothing is left. */
export function slugFromName(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The ids of the catalogue's node id space (activities, groups, line starts and ends): flows connect by id alone. */
export function takenNodeIds(map: ProcessMap): Set<string> {
  return idsInSpace(map, 'node');
}

/** The sections whose ids are a space of their own (nodes share `takenNodeIds`). */
export type IdSection = 'flows' | 'lanes' | 'actors' | 'phases' | 'groups' | 'handoffs';

/** The ids taken in one or more sections of `map`. */
export function takenIds(map: ProcessMap, ...sections: readonly IdSection[]): Set<string> {
  return new Set(sections.flatMap((section) => Object.keys(map[section] ?? {})));
}

/** A new activity's id: the map's prefix (`D` of `D-as-is`) and the next free number, e.g. `D4`. */
export function nextActivityId(map: ProcessMap): string {
  const taken = takenNodeIds(map);
  const prefix = map.id.split('-')[0]?.replace(/[^A-Za-z0-9]/g, '') || 'A';
  for (let n = Object.keys(map.activities).length + 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The id of a new flow between two nodes: `from-to`, numbered when taken. */
export function flowIdBetween(map: ProcessMap, from: string, to: string): string {
  return numberedId(`${from}-${to}`, takenIds(map, 'flows'));
}
