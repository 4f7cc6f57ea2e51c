/** Handlers of the map-wide edits: `map.update`, `description.update`, `layout.*`. */
import { WorkflowDescription, type ProcessMap } from '../model/schema';
import type { EditOf } from './edit';
import { MAP_KEY_ORDER, withSection } from './mapSections';
import { EditError, patchObject } from './records';

const DESCRIPTION_KEY_ORDER: readonly string[] = Object.keys(WorkflowDescription.shape);

export function updateMap(map: ProcessMap, edit: EditOf<'map.update'>): ProcessMap {
  for (const required of ['id', 'title', 'kind'] as const) {
    if (edit.changes[required] === null) throw new EditError(`a map always has a ${required}`);
  }
  return patchObject(map, edit.changes as never, MAP_KEY_ORDER);
}

/** Patches the workflow description; a description left empty goes. */
export function updateDescription(map: ProcessMap, edit: EditOf<'description.update'>): ProcessMap {
  const next = patchObject(map.description ?? {}, edit.changes, DESCRIPTION_KEY_ORDER);
  return withSection(map, 'description', Object.keys(next).length ? next : undefined);
}

export function pinLayout(map: ProcessMap, edit: EditOf<'layout.pin'>): ProcessMap {
  if (edit.position === null) return unpin(map, edit.id);
  const position = { x: Math.round(edit.position.x), y: Math.round(edit.position.y) };
  const pinned = { ...(map.layout?.pinned ?? {}), [edit.id]: position };
  return withSection(map, 'layout', patchObject(map.layout ?? {}, { pinned }, ['pinned', 'hints']));
}

export function resetLayout(map: ProcessMap, edit: EditOf<'layout.reset'>): ProcessMap {
  const pinned = map.layout?.pinned;
  if (!pinned) return map;
  const ids = edit.ids ?? Object.keys(pinned);
  const kept = Object.fromEntries(Object.entries(pinned).filter(([id]) => !ids.includes(id)));
  const layout = patchObject(map.layout ?? {}, { pinned: Object.keys(kept).length ? kept : null }, ['pinned', 'hints']);
  return withSection(map, 'layout', Object.keys(layout).length ? layout : undefined);
}

function unpin(map: ProcessMap, id: string): ProcessMap {
  return resetLayout(map, { type: 'layout.reset', ids: [id] });
}
