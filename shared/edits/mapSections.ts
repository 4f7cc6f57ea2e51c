/** Replacing a top-level section of a map while keeping the file's key order. */
import { ProcessMap } from '../model/schema';
import { patchObject } from './records';

/** The schema's top-level key order, used to place a section that a map did not have yet. */
export const MAP_KEY_ORDER: readonly string[] = Object.keys(ProcessMap.shape);

type Section = keyof ProcessMap;

/** Returns `map` with `key` set to `value`; `undefined` removes the section. */
export function withSection<K extends Section>(map: ProcessMap, key: K, value: ProcessMap[K] | undefined): ProcessMap {
  if (map[key] === value) return map;
  const patch = { [key]: value === undefined ? null : value } as Partial<Record<Section, unknown>>;
  return patchObject(map, patch as never, MAP_KEY_ORDER);
}
