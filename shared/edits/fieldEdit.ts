/**
 * The edit that sets one field of one element, as the inspector commits it: renames and lane moves
 * are edits of their own (they carry references and history wording); starts and ends are replaced
 * whole (their fields depend on their kind); everything else is a patch, `undefined` removing it.
 */
import type { EditableNoun } from '../model/elementSchemas';
import type { Initiation, Termination } from '../model/schema';
import type { Edit } from './edit';

const patch = (key: string, value: unknown) => ({ [key]: value === undefined ? null : value });

/** `noun` 'map' sets a field of the map itself (its `id` is ignored). */
export function fieldEdit(noun: EditableNoun | 'map', id: string, key: string, value: unknown): Edit {
  switch (noun) {
    case 'map':
      return { type: 'map.update', changes: patch(key, value) };
    case 'activity':
      if (key === 'name' && typeof value === 'string') return { type: 'activity.rename', id, name: value };
      if (key === 'lane') return { type: 'activity.move', id, lane: (value as string | undefined) ?? null };
      return { type: 'activity.update', id, changes: patch(key, value) };
    case 'lane':
      if (key === 'label') return { type: 'lane.rename', id, label: (value as string | undefined) ?? null };
      return { type: 'lane.update', id, changes: patch(key, value) };
    case 'trigger':
      return { type: 'trigger.update', key: id, changes: patch(key, value) };
    case 'initiation':
      return { type: 'initiation.update', id, initiation: value as Initiation };
    case 'termination':
      return { type: 'termination.update', id, termination: value as Termination };
    case 'actor':
      return { type: 'actor.update', id, changes: patch(key, value) };
    case 'phase':
      return { type: 'phase.update', id, changes: patch(key, value) };
    case 'flow':
      return { type: 'flow.update', id, changes: patch(key, value) };
    case 'group':
      return { type: 'group.update', id, changes: patch(key, value) };
    case 'handoff':
      return { type: 'handoff.update', id, changes: patch(key, value) };
  }
}
