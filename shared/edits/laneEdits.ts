/** Handlers of the `actor.*`, `lane.*` and `phase.*` edits. */
import { Actor, Lane, Phase, type ProcessMap } from '../model/schema';
import type { EditOf } from './edit';
import { withSection } from './mapSections';
import { insertEntry, moveEntry, mustGet, patchObject, removeEntry, replaceEntry } from './records';

const ACTOR_KEY_ORDER: readonly string[] = Object.keys(Actor.shape);
const LANE_KEY_ORDER: readonly string[] = Object.keys(Lane.shape);
const PHASE_KEY_ORDER: readonly string[] = Object.keys(Phase.shape);

export function addActor(map: ProcessMap, edit: EditOf<'actor.add'>): ProcessMap {
  return withSection(map, 'actors', insertEntry(map.actors, edit.id, edit.actor, 'actor'));
}

export function updateActor(map: ProcessMap, edit: EditOf<'actor.update'>): ProcessMap {
  const next = patchObject(mustGet(map.actors, edit.id, 'actor'), edit.changes, ACTOR_KEY_ORDER);
  return withSection(map, 'actors', replaceEntry(map.actors, edit.id, next, 'actor'));
}

/** Deletes a local actor; lanes still naming it are reported by validation, not changed. */
export function deleteActor(map: ProcessMap, edit: EditOf<'actor.delete'>): ProcessMap {
  return withSection(map, 'actors', removeEntry(map.actors, edit.id, 'actor'));
}

export function addLane(map: ProcessMap, edit: EditOf<'lane.add'>): ProcessMap {
  return withSection(map, 'lanes', insertEntry(map.lanes, edit.id, edit.lane, 'lane', edit.index));
}

export function renameLane(map: ProcessMap, edit: EditOf<'lane.rename'>): ProcessMap {
  return updateLane(map, { type: 'lane.update', id: edit.id, changes: { label: edit.label } });
}

export function updateLane(map: ProcessMap, edit: EditOf<'lane.update'>): ProcessMap {
  const next = patchObject(mustGet(map.lanes, edit.id, 'lane'), edit.changes, LANE_KEY_ORDER);
  return withSection(map, 'lanes', replaceEntry(map.lanes, edit.id, next, 'lane'));
}

/** Lane order is mapping order; activities name their lane, so they move with it. */
export function moveLane(map: ProcessMap, edit: EditOf<'lane.move'>): ProcessMap {
  return withSection(map, 'lanes', moveEntry(map.lanes, edit.id, edit.index, 'lane'));
}

export function deleteLane(map: ProcessMap, edit: EditOf<'lane.delete'>): ProcessMap {
  const target = edit.moveActivitiesTo;
  if (target !== undefined) mustGet(map.lanes, target, 'lane');
  const lanes = removeEntry(map.lanes, edit.id, 'lane');
  const next = withSection(map, 'lanes', lanes);
  if (!Object.values(map.activities).some((activity) => activity.lane === edit.id)) return next;
  const activities = Object.fromEntries(
    Object.entries(map.activities).map(([id, activity]) => {
      if (activity.lane !== edit.id) return [id, activity];
      return [id, patchObject(activity, { lane: target ?? null }, [])];
    }),
  );
  return withSection(next, 'activities', activities);
}

export function addPhase(map: ProcessMap, edit: EditOf<'phase.add'>): ProcessMap {
  return withSection(map, 'phases', insertEntry(map.phases, edit.id, edit.phase, 'phase', edit.index));
}

export function updatePhase(map: ProcessMap, edit: EditOf<'phase.update'>): ProcessMap {
  const next = patchObject(mustGet(map.phases, edit.id, 'phase'), edit.changes, PHASE_KEY_ORDER);
  return withSection(map, 'phases', replaceEntry(map.phases, edit.id, next, 'phase'));
}

export function movePhase(map: ProcessMap, edit: EditOf<'phase.move'>): ProcessMap {
  return withSection(map, 'phases', moveEntry(map.phases, edit.id, edit.index, 'phase'));
}

/** Deletes a phase; activities in it lose their phase. */
export function deletePhase(map: ProcessMap, edit: EditOf<'phase.delete'>): ProcessMap {
  const next = withSection(map, 'phases', removeEntry(map.phases, edit.id, 'phase'));
  if (!Object.values(map.activities).some((activity) => activity.phase === edit.id)) return next;
  const activities = Object.fromEntries(
    Object.entries(map.activities).map(([id, activity]) =>
      [id, activity.phase === edit.id ? patchObject(activity, { phase: null }, []) : activity]),
  );
  return withSection(next, 'activities', activities);
}
