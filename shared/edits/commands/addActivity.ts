/** Adding an activity: after another one (same lane and phase, connected from it) or into a lane. */
import type { ProcessMap } from '../../model/schema';
import type { Edit } from '../edit';
import { flowIdBetween, nextActivityId, takenNodeIds } from '../ids';
import type { CommandResult } from './command';

export interface AddActivityPlace {
  /** The activity the new one follows: it goes right after it in its lane, with a flow from it. */
  readonly after?: string;
  /** The lane it goes into when it follows none (default: the first lane). */
  readonly lane?: string;
  /** A node (activity or line start) it is connected from while it goes into `lane`: a flow dropped on empty canvas. */
  readonly from?: string;
}

export const NEW_ACTIVITY_NAME = 'New activity';

export function addActivity(map: ProcessMap, place: AddActivityPlace = {}): CommandResult {
  const id = nextActivityId(map);
  const after = place.after !== undefined && map.activities[place.after] ? place.after : undefined;
  const lane = (after ? map.activities[after]?.lane : undefined) ?? place.lane ?? Object.keys(map.lanes ?? {})[0];
  const phase = after ? map.activities[after]?.phase : undefined;
  const from = after ?? (place.from !== undefined && takenNodeIds(map).has(place.from) ? place.from : undefined);
  const edits: Edit[] = [
    {
      type: 'activity.add',
      id,
      activity: { name: NEW_ACTIVITY_NAME, ...(lane ? { lane } : {}), ...(phase ? { phase } : {}) },
      ...(after ? { index: Object.keys(map.activities).indexOf(after) + 1 } : {}),
    },
  ];
  if (from) edits.push({ type: 'flow.connect', id: flowIdBetween(map, from, id), flow: { from, to: id } });
  return { edit: { type: 'batch', label: `Add activity ${id}`, edits }, id };
}
