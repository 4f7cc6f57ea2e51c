import { responsibleActorOf } from '../matrix/responsibilityMatrix';
import { actorsAvailableTo } from '../workspace/workspace';
import { defineRule } from './rule';

/**
 * An actor that both does and signs off every activity has no check on its work: worth a look,
 * not an error. One activity alone says nothing, so the rule needs at least two.
 */
export const actorAccountableForEverything = defineRule({
  id: 'actor-accountable-for-everything',
  description: 'One actor is both responsible (its lane) and accountable for every activity of the map, so no one else checks the work.',
  defaultSeverity: 'info',
  check({ map, index, parsed, workspace, report }) {
    if (index.activities.length < 2) return;
    const [firstId] = index.activities[0]!;
    const candidate = responsibleActorOf(map, firstId);
    if (candidate === undefined) return;
    const doesAndSignsAll = index.activities.every(([id, activity]) => responsibleActorOf(map, id) === candidate && (activity.accountable ?? []).includes(candidate));
    if (!doesAndSignsAll) return;
    const laneId = index.lanes.find(([, lane]) => lane.actor === candidate)![0];
    const name = actorsAvailableTo(workspace, parsed).get(candidate)?.name ?? candidate;
    report({ message: `actor "${candidate}" (${name}) is both responsible and accountable for all ${index.activities.length} activities: no one else signs its work off`, path: ['lanes', laneId, 'actor'], elementId: laneId });
  },
});
