/** Adding a lane with a new actor of its own (a lane names an actor). */
import type { ProcessMap } from '../../model/schema';
import { numberedId, takenIds } from '../ids';
import type { CommandResult } from './command';

export const NEW_ACTOR_NAME = 'New actor';

/** A lane below `below` (default: at the bottom), with a new role actor of the same id. */
export function addLane(map: ProcessMap, place: { readonly below?: string } = {}): CommandResult {
  const id = numberedId('new-lane', takenIds(map, 'lanes', 'actors'));
  const lanes = Object.keys(map.lanes ?? {});
  const index = place.below !== undefined && lanes.includes(place.below) ? lanes.indexOf(place.below) + 1 : lanes.length;
  return {
    edit: {
      type: 'batch',
      label: `Add lane ${id}`,
      edits: [
        { type: 'actor.add', id, actor: { name: NEW_ACTOR_NAME, kind: 'role' } },
        { type: 'lane.add', id, lane: { actor: id }, index },
      ],
    },
    id,
  };
}
