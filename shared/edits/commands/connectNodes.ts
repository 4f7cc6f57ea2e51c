/** Connecting two nodes of the canvas with a new flow. */
import type { ProcessMap } from '../../model/schema';
import { describeEdit } from '../describeEdit';
import type { Edit } from '../edit';
import { flowIdBetween } from '../ids';
import type { CommandResult } from './command';

/** A flow `from` → `to`; null for a node connected to itself. */
export function connectNodes(map: ProcessMap, from: string, to: string): CommandResult | null {
  if (from === to) return null;
  const id = flowIdBetween(map, from, to);
  const connect: Edit = { type: 'flow.connect', id, flow: { from, to } };
  return { edit: { type: 'batch', label: describeEdit(connect), edits: [connect] }, id };
}
