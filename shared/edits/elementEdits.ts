/** Handlers of the `group.*`, `trigger.*`, `initiation.*`, `termination.*` and `handoff.*` edits. */
import { Group, Handoff, Trigger, type ProcessMap } from '../model/schema';
import { assertFreeNodeId, flowsTouching, removeFlows, removeLayoutEntries } from './cascade';
import type { EditOf } from './edit';
import { withSection } from './mapSections';
import { insertEntry, mustGet, patchObject, removeEntry, replaceEntry } from './records';

const GROUP_KEY_ORDER: readonly string[] = Object.keys(Group.shape);
const TRIGGER_KEY_ORDER: readonly string[] = Object.keys(Trigger.shape);
const HANDOFF_KEY_ORDER: readonly string[] = Object.keys(Handoff.shape);

export function addGroup(map: ProcessMap, edit: EditOf<'group.add'>): ProcessMap {
  return withSection(map, 'groups', insertEntry(map.groups, edit.id, edit.group, 'group'));
}

export function updateGroup(map: ProcessMap, edit: EditOf<'group.update'>): ProcessMap {
  const next = patchObject(mustGet(map.groups, edit.id, 'group'), edit.changes, GROUP_KEY_ORDER);
  return withSection(map, 'groups', replaceEntry(map.groups, edit.id, next, 'group'));
}

export function deleteGroup(map: ProcessMap, edit: EditOf<'group.delete'>): ProcessMap {
  return withSection(map, 'groups', removeEntry(map.groups, edit.id, 'group'));
}

/** Triggers are keyed by their number; a new one goes in numeric order. */
export function addTrigger(map: ProcessMap, edit: EditOf<'trigger.add'>): ProcessMap {
  const keys = Object.keys(map.triggers ?? {});
  const index = keys.filter((key) => Number(key) < Number(edit.key)).length;
  return withSection(map, 'triggers', insertEntry(map.triggers, edit.key, edit.trigger, 'trigger', index));
}

export function updateTrigger(map: ProcessMap, edit: EditOf<'trigger.update'>): ProcessMap {
  const next = patchObject(mustGet(map.triggers, edit.key, 'trigger'), edit.changes, TRIGGER_KEY_ORDER);
  return withSection(map, 'triggers', replaceEntry(map.triggers, edit.key, next, 'trigger'));
}

export function deleteTrigger(map: ProcessMap, edit: EditOf<'trigger.delete'>): ProcessMap {
  return withSection(map, 'triggers', removeEntry(map.triggers, edit.key, 'trigger'));
}

export function addInitiation(map: ProcessMap, edit: EditOf<'initiation.add'>): ProcessMap {
  assertFreeNodeId(map, edit.id);
  return withSection(map, 'initiations', insertEntry(map.initiations, edit.id, edit.initiation, 'initiation'));
}

/** Replaces an initiation whole, because its fields depend on its kind. */
export function updateInitiation(map: ProcessMap, edit: EditOf<'initiation.update'>): ProcessMap {
  return withSection(map, 'initiations', replaceEntry(map.initiations, edit.id, edit.initiation, 'initiation'));
}

export function deleteInitiation(map: ProcessMap, edit: EditOf<'initiation.delete'>): ProcessMap {
  const next = withSection(map, 'initiations', removeEntry(map.initiations, edit.id, 'initiation'));
  return removeLayoutEntries(removeFlows(next, flowsTouching(map, edit.id)), [edit.id]);
}

export function addTermination(map: ProcessMap, edit: EditOf<'termination.add'>): ProcessMap {
  assertFreeNodeId(map, edit.id);
  return withSection(map, 'terminations', insertEntry(map.terminations, edit.id, edit.termination, 'termination'));
}

/** Replaces a termination whole, because its fields depend on its kind. */
export function updateTermination(map: ProcessMap, edit: EditOf<'termination.update'>): ProcessMap {
  return withSection(map, 'terminations', replaceEntry(map.terminations, edit.id, edit.termination, 'termination'));
}

export function deleteTermination(map: ProcessMap, edit: EditOf<'termination.delete'>): ProcessMap {
  const next = withSection(map, 'terminations', removeEntry(map.terminations, edit.id, 'termination'));
  return removeLayoutEntries(removeFlows(next, flowsTouching(map, edit.id)), [edit.id]);
}

export function addHandoff(map: ProcessMap, edit: EditOf<'handoff.add'>): ProcessMap {
  return withSection(map, 'handoffs', insertEntry(map.handoffs, edit.id, edit.handoff, 'handoff'));
}

export function updateHandoff(map: ProcessMap, edit: EditOf<'handoff.update'>): ProcessMap {
  const next = patchObject(mustGet(map.handoffs, edit.id, 'handoff'), edit.changes, HANDOFF_KEY_ORDER);
  return withSection(map, 'handoffs', replaceEntry(map.handoffs, edit.id, next, 'handoff'));
}

export function deleteHandoff(map: ProcessMap, edit: EditOf<'handoff.delete'>): ProcessMap {
  return withSection(map, 'handoffs', removeEntry(map.handoffs, edit.id, 'handoff'));
}
