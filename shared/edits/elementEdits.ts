/** Handlers of the `group.*`, `trigger.*`, `initiation.*`, `termination.*` and `handoff.*` edits. */
import { Group, Handoff, Trigger, type ProcessMap } from '../model/schema';
import { assertFreeNodeId, flowsTouching, removeFlows, removeLayoutEntries } from './cascade';
import type { EditOf } from './edit';
import { sectionEdits } from './sectionEdits';

const groups = sectionEdits('groups', 'group', Object.keys(Group.shape));
const triggers = sectionEdits('triggers', 'trigger', Object.keys(Trigger.shape));
const initiations = sectionEdits('initiations', 'initiation');
const terminations = sectionEdits('terminations', 'termination');
const handoffs = sectionEdits('handoffs', 'handoff', Object.keys(Handoff.shape));

export function addGroup(map: ProcessMap, edit: EditOf<'group.add'>): ProcessMap {
  return groups.add(map, edit.id, edit.group);
}

export function updateGroup(map: ProcessMap, edit: EditOf<'group.update'>): ProcessMap {
  return groups.patch(map, edit.id, edit.changes);
}

export function deleteGroup(map: ProcessMap, edit: EditOf<'group.delete'>): ProcessMap {
  return groups.remove(map, edit.id);
}

/** Triggers are keyed by their number; a new one goes in numeric order. */
export function addTrigger(map: ProcessMap, edit: EditOf<'trigger.add'>): ProcessMap {
  const keys = Object.keys(map.triggers ?? {});
  const index = keys.filter((key) => Number(key) < Number(edit.key)).length;
  return triggers.add(map, edit.key, edit.trigger, index);
}

export function updateTrigger(map: ProcessMap, edit: EditOf<'trigger.update'>): ProcessMap {
  return triggers.patch(map, edit.key, edit.changes);
}

export function deleteTrigger(map: ProcessMap, edit: EditOf<'trigger.delete'>): ProcessMap {
  return triggers.remove(map, edit.key);
}

export function addInitiation(map: ProcessMap, edit: EditOf<'initiation.add'>): ProcessMap {
  assertFreeNodeId(map, edit.id);
  return initiations.add(map, edit.id, edit.initiation);
}

/** Replaces an initiation whole, because its fields depend on its kind. */
export function updateInitiation(map: ProcessMap, edit: EditOf<'initiation.update'>): ProcessMap {
  return initiations.replace(map, edit.id, edit.initiation);
}

export function deleteInitiation(map: ProcessMap, edit: EditOf<'initiation.delete'>): ProcessMap {
  const next = initiations.remove(map, edit.id);
  return removeLayoutEntries(removeFlows(next, flowsTouching(map, edit.id)), [edit.id]);
}

export function addTermination(map: ProcessMap, edit: EditOf<'termination.add'>): ProcessMap {
  assertFreeNodeId(map, edit.id);
  return terminations.add(map, edit.id, edit.termination);
}

/** Replaces a termination whole, because its fields depend on its kind. */
export function updateTermination(map: ProcessMap, edit: EditOf<'termination.update'>): ProcessMap {
  return terminations.replace(map, edit.id, edit.termination);
}

export function deleteTermination(map: ProcessMap, edit: EditOf<'termination.delete'>): ProcessMap {
  const next = terminations.remove(map, edit.id);
  return removeLayoutEntries(removeFlows(next, flowsTouching(map, edit.id)), [edit.id]);
}

export function addHandoff(map: ProcessMap, edit: EditOf<'handoff.add'>): ProcessMap {
  return handoffs.add(map, edit.id, edit.handoff);
}

export function updateHandoff(map: ProcessMap, edit: EditOf<'handoff.update'>): ProcessMap {
  return handoffs.patch(map, edit.id, edit.changes);
}

export function deleteHandoff(map: ProcessMap, edit: EditOf<'handoff.delete'>): ProcessMap {
  return handoffs.remove(map, edit.id);
}
