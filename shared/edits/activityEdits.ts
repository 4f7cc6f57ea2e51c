/** Handlers of the `activity.*` edits. */
import { Activity, type ProcessMap } from '../model/schema';
import type { EditOf } from './edit';
import { withSection } from './mapSections';
import { insertEntry, mustGet, patchObject, removeEntry, replaceEntry } from './records';
import { assertFreeNodeId, flowsTouching, lineEndsOnlyUsedBy, removeActivityParties, removeFlows, removeLayoutEntries } from './cascade';

const ACTIVITY_KEY_ORDER: readonly string[] = Object.keys(Activity.shape);

export function addActivity(map: ProcessMap, edit: EditOf<'activity.add'>): ProcessMap {
  assertFreeNodeId(map, edit.id);
  return withSection(map, 'activities', insertEntry(map.activities, edit.id, edit.activity, 'activity', edit.index));
}

export function renameActivity(map: ProcessMap, edit: EditOf<'activity.rename'>): ProcessMap {
  return updateActivity(map, { type: 'activity.update', id: edit.id, changes: { name: edit.name } });
}

export function updateActivity(map: ProcessMap, edit: EditOf<'activity.update'>): ProcessMap {
  const current = mustGet(map.activities, edit.id, 'activity');
  const next = patchObject(current, edit.changes, ACTIVITY_KEY_ORDER);
  return withSection(map, 'activities', replaceEntry(map.activities, edit.id, next, 'activity'));
}

export function moveActivity(map: ProcessMap, edit: EditOf<'activity.move'>): ProcessMap {
  if (edit.lane !== null) mustGet(map.lanes, edit.lane, 'lane');
  if (edit.phase) mustGet(map.phases, edit.phase, 'phase');
  const changes: { lane: string | null; phase?: string | null } = { lane: edit.lane };
  if (edit.phase !== undefined) changes.phase = edit.phase;
  return updateActivity(map, { type: 'activity.update', id: edit.id, changes });
}

/**
 * Deletes an activity and what cannot exist without it: its flows (and their handoff mentions),
 * its handoff parties (a handoff left without a sender or receiver goes), its group memberships
 * (a group left empty goes), its trigger starts (an empty trigger goes), the line starts and
 * ends only it used, and its layout entries.
 */
export function deleteActivity(map: ProcessMap, edit: EditOf<'activity.delete'>): ProcessMap {
  const id = edit.id;
  const lineEnds = lineEndsOnlyUsedBy(map, id);
  let next = withSection(map, 'activities', removeEntry(map.activities, id, 'activity') ?? {});
  for (const endId of lineEnds.initiations) next = withSection(next, 'initiations', removeEntry(next.initiations, endId, 'initiation'));
  for (const endId of lineEnds.terminations) next = withSection(next, 'terminations', removeEntry(next.terminations, endId, 'termination'));
  next = removeFlows(next, flowsTouching(map, id));
  next = removeActivityParties(next, id);
  if (next.groups && Object.values(next.groups).some((group) => group.members.includes(id))) {
    const groups = Object.entries(next.groups)
      .map(([groupId, group]) => [groupId, group.members.includes(id) ? { ...group, members: group.members.filter((m) => m !== id) } : group] as const)
      .filter(([, group]) => group.members.length > 0);
    next = withSection(next, 'groups', groups.length ? Object.fromEntries(groups) : undefined);
  }
  if (next.triggers && Object.values(next.triggers).some((trigger) => trigger.starts.includes(id))) {
    const triggers = Object.entries(next.triggers)
      .map(([key, trigger]) => [key, trigger.starts.includes(id) ? { ...trigger, starts: trigger.starts.filter((s) => s !== id) } : trigger] as const)
      .filter(([, trigger]) => trigger.starts.length > 0);
    next = withSection(next, 'triggers', triggers.length ? Object.fromEntries(triggers) : undefined);
  }
  return removeLayoutEntries(next, [id, ...lineEnds.initiations, ...lineEnds.terminations]);
}
