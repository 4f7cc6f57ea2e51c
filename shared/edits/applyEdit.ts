/** The handler table: one pure function per edit kind, exhaustive over the `Edit` union. */
import type { ProcessMap } from '../model/schema';
import { addActivity, deleteActivity, moveActivity, renameActivity, updateActivity } from './activityEdits';
import type { Edit, EditOf, EditType } from './edit';
import {
  addGroup,
  addHandoff,
  addInitiation,
  addTermination,
  addTrigger,
  deleteGroup,
  deleteHandoff,
  deleteInitiation,
  deleteTermination,
  deleteTrigger,
  updateGroup,
  updateHandoff,
  updateInitiation,
  updateTermination,
  updateTrigger,
} from './elementEdits';
import { connectFlow, deleteFlow, updateFlow } from './flowEdits';
import {
  addActor,
  addLane,
  addPhase,
  deleteActor,
  deleteLane,
  deletePhase,
  moveLane,
  movePhase,
  renameLane,
  updateActor,
  updateLane,
  updatePhase,
} from './laneEdits';
import { pinLayout, resetLayout, updateDescription, updateMap } from './mapEdits';

type Handler<K extends EditType> = (map: ProcessMap, edit: EditOf<K>) => ProcessMap;

/** A missing entry here is a compile error, so every edit kind has exactly one handler. */
export const EDIT_HANDLERS: { readonly [K in EditType]: Handler<K> } = {
  'map.update': updateMap,
  'description.update': updateDescription,
  'actor.add': addActor,
  'actor.update': updateActor,
  'actor.delete': deleteActor,
  'lane.add': addLane,
  'lane.rename': renameLane,
  'lane.update': updateLane,
  'lane.move': moveLane,
  'lane.delete': deleteLane,
  'phase.add': addPhase,
  'phase.update': updatePhase,
  'phase.move': movePhase,
  'phase.delete': deletePhase,
  'activity.add': addActivity,
  'activity.rename': renameActivity,
  'activity.update': updateActivity,
  'activity.move': moveActivity,
  'activity.delete': deleteActivity,
  'group.add': addGroup,
  'group.update': updateGroup,
  'group.delete': deleteGroup,
  'trigger.add': addTrigger,
  'trigger.update': updateTrigger,
  'trigger.delete': deleteTrigger,
  'initiation.add': addInitiation,
  'initiation.update': updateInitiation,
  'initiation.delete': deleteInitiation,
  'termination.add': addTermination,
  'termination.update': updateTermination,
  'termination.delete': deleteTermination,
  'flow.connect': connectFlow,
  'flow.update': updateFlow,
  'flow.delete': deleteFlow,
  'handoff.add': addHandoff,
  'handoff.update': updateHandoff,
  'handoff.delete': deleteHandoff,
  'layout.pin': pinLayout,
  'layout.reset': resetLayout,
  batch: applyBatch,
};

/** Applies one edit; throws `EditError` when it does not fit the map. Never mutates `map`. */
export function applyEdit(map: ProcessMap, edit: Edit): ProcessMap {
  const handler = EDIT_HANDLERS[edit.type] as (map: ProcessMap, edit: Edit) => ProcessMap;
  return handler(map, edit);
}

function applyBatch(map: ProcessMap, edit: EditOf<'batch'>): ProcessMap {
  return edit.edits.reduce(applyEdit, map);
}
