/** Handlers of the `actor.*`, `lane.*` and `phase.*` edits. */
import { Actor, Lane, Phase, type ProcessMap } from '../model/schema';
import type { EditOf } from './edit';
import { withSection } from './mapSections';
import { mustGet, patchObject } from './records';
import { sectionEdits } from './sectionEdits';

const actors = sectionEdits('actors', 'actor', Object.keys(Actor.shape));
const lanes = sectionEdits('lanes', 'lane', Object.keys(Lane.shape));
const phases = sectionEdits('phases', 'phase', Object.keys(Phase.shape));

export function addActor(map: ProcessMap, edit: EditOf<'actor.add'>): ProcessMap {
  return actors.add(map, edit.id, edit.actor);
}

export function updateActor(map: ProcessMap, edit: EditOf<'actor.update'>): ProcessMap {
  return actors.patch(map, edit.id, edit.changes);
}

/** Deletes a local actor; lanes still naming it are reported by validation, not changed. */
export function deleteActor(map: ProcessMap, edit: EditOf<'actor.delete'>): ProcessMap {
  return actors.remove(map, edit.id);
}

export function addLane(map: ProcessMap, edit: EditOf<'lane.add'>): ProcessMap {
  return lanes.add(map, edit.id, edit.lane, edit.index);
}

export function renameLane(map: ProcessMap, edit: EditOf<'lane.rename'>): ProcessMap {
  return updateLane(map, { type: 'lane.update', id: edit.id, changes: { label: edit.label } });
}

export function updateLane(map: ProcessMap, edit: EditOf<'lane.update'>): ProcessMap {
  return lanes.patch(map, edit.id, edit.changes);
}

/** Lane order is mapping order; activities name their lane, so they move with it. */
export function moveLane(map: ProcessMap, edit: EditOf<'lane.move'>): ProcessMap {
  return lanes.move(map, edit.id, edit.index);
}

export function deleteLane(map: ProcessMap, edit: EditOf<'lane.delete'>): ProcessMap {
  const target = edit.moveActivitiesTo;
  if (target !== undefined) mustGet(map.lanes, target, 'lane');
  const next = lanes.remove(map, edit.id);
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
  return phases.add(map, edit.id, edit.phase, edit.index);
}

export function updatePhase(map: ProcessMap, edit: EditOf<'phase.update'>): ProcessMap {
  return phases.patch(map, edit.id, edit.changes);
}

export function movePhase(map: ProcessMap, edit: EditOf<'phase.move'>): ProcessMap {
  return phases.move(map, edit.id, edit.index);
}

/** Deletes a phase; activities in it lose their phase. */
export function deletePhase(map: ProcessMap, edit: EditOf<'phase.delete'>): ProcessMap {
  const next = phases.remove(map, edit.id);
  if (!Object.values(map.activities).some((activity) => activity.phase === edit.id)) return next;
  const activities = Object.fromEntries(
    Object.entries(map.activities).map(([id, activity]) =>
      [id, activity.phase === edit.id ? patchObject(activity, { phase: null }, []) : activity]),
  );
  return withSection(next, 'activities', activities);
}
