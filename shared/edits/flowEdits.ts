/** Handlers of the `flow.*` edits. */
import { Flow, type ProcessMap } from '../model/schema';
import { removeFlows } from './cascade';
import type { EditOf } from './edit';
import { withSection } from './mapSections';
import { EditError, insertEntry, mustGet, patchObject, replaceEntry } from './records';

const FLOW_KEY_ORDER: readonly string[] = Object.keys(Flow.shape);

/** Connects two existing nodes: a flow starts at an activity or initiation and ends at an activity or termination. */
export function connectFlow(map: ProcessMap, edit: EditOf<'flow.connect'>): ProcessMap {
  const { from, to } = edit.flow;
  if (!has(map.activities, from) && !has(map.initiations, from)) throw new EditError(`a flow cannot start at "${from}"`);
  if (!has(map.activities, to) && !has(map.terminations, to)) throw new EditError(`a flow cannot end at "${to}"`);
  return withSection(map, 'flows', insertEntry(map.flows, edit.id, edit.flow, 'flow'));
}

export function updateFlow(map: ProcessMap, edit: EditOf<'flow.update'>): ProcessMap {
  const next = patchObject(mustGet(map.flows, edit.id, 'flow'), edit.changes, FLOW_KEY_ORDER);
  return withSection(map, 'flows', replaceEntry(map.flows, edit.id, next, 'flow'));
}

export function deleteFlow(map: ProcessMap, edit: EditOf<'flow.delete'>): ProcessMap {
  mustGet(map.flows, edit.id, 'flow');
  return removeFlows(map, [edit.id]);
}

function has(record: Readonly<Record<string, unknown>> | undefined, id: string): boolean {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, id);
}
