/**
 * The five ways an edit changes one keyed section of a map (actors, lanes, phases, groups,
 * triggers, starts, ends, handoffs), written once: add at an index, patch field by field in the
 * schema's key order, replace whole, move, remove (an emptied section disappears). The handlers in
 * `laneEdits.ts` and `elementEdits.ts` add only what is their own, such as cascades.
 */
import type { ProcessMap } from '../model/schema';
import { withSection } from './mapSections';
import { insertEntry, moveEntry, mustGet, patchObject, removeEntry, replaceEntry, type Patch } from './records';

export type KeyedSection = 'actors' | 'lanes' | 'phases' | 'groups' | 'triggers' | 'initiations' | 'terminations' | 'handoffs';
type ElementIn<K extends KeyedSection> = NonNullable<ProcessMap[K]>[string];

export interface SectionEdits<T> {
  add(map: ProcessMap, id: string, element: T, index?: number): ProcessMap;
  patch(map: ProcessMap, id: string, changes: Patch<T>): ProcessMap;
  replace(map: ProcessMap, id: string, element: T): ProcessMap;
  move(map: ProcessMap, id: string, index: number): ProcessMap;
  remove(map: ProcessMap, id: string): ProcessMap;
}

/** The edits of `section`, whose elements are called `noun` in errors and keep `keyOrder`. */
export function sectionEdits<K extends KeyedSection>(section: K, noun: string, keyOrder: readonly string[] = []): SectionEdits<ElementIn<K>> {
  type T = ElementIn<K>;
  const read = (map: ProcessMap) => map[section] as Readonly<Record<string, T>> | undefined;
  const write = (map: ProcessMap, value: Record<string, T> | undefined) => withSection(map, section, value as ProcessMap[K]);
  return {
    add: (map, id, element, index) => write(map, insertEntry(read(map), id, element, noun, index)),
    patch: (map, id, changes) => write(map, replaceEntry(read(map), id, patchObject(mustGet(read(map), id, noun) as T & object, changes as Patch<T & object>, keyOrder), noun)),
    replace: (map, id, element) => write(map, replaceEntry(read(map), id, element, noun)),
    move: (map, id, index) => write(map, moveEntry(read(map), id, index, noun)),
    remove: (map, id) => write(map, removeEntry(read(map), id, noun)),
  };
}
