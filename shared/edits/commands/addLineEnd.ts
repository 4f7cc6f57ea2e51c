/** Adding a line start (from outside the scope) into an activity, or a line end out of one. */
import type { ProcessMap } from '../../model/schema';
import { flowIdBetween, numberedId, takenNodeIds } from '../ids';
import type { CommandResult } from './command';

/** `start`: a line from outside flowing into `activity`; `end`: a plain end that `activity` flows into. */
export function addLineEnd(map: ProcessMap, activity: string, which: 'start' | 'end'): CommandResult {
  const id = numberedId(which === 'start' ? `from-outside-${activity}` : `end-${activity}`, takenNodeIds(map));
  const [from, to] = which === 'start' ? [id, activity] : [activity, id];
  const node =
    which === 'start'
      ? ({ type: 'initiation.add', id, initiation: { kind: 'outside' } } as const)
      : ({ type: 'termination.add', id, termination: { kind: 'end' } } as const);
  return {
    edit: { type: 'batch', label: `Add ${which} ${id}`, edits: [node, { type: 'flow.connect', id: flowIdBetween(map, from, to), flow: { from, to } }] },
    id,
  };
}
