import { actorsAvailableTo } from '../workspace/workspace';
import { defineRule } from './rule';

const RACI_FIELDS = ['accountable', 'consulted', 'informed'] as const;

/** Lanes and an activity's RACI roles name actors from the map's own list or the folder's actor catalogue. */
export const unknownActor = defineRule({
  id: 'unknown-actor',
  description: 'A lane, an activity\'s accountable, consulted or informed list, or an actor\'s unit names an actor that neither the map nor the folder\'s actor catalogue defines.',
  defaultSeverity: 'error',
  check({ index, parsed, workspace, report }) {
    const actors = actorsAvailableTo(workspace, parsed);
    for (const [id, lane] of index.lanes) {
      if (!actors.has(lane.actor)) report({ message: `lane "${id}" is bound to actor "${lane.actor}", which neither this map nor the actor catalogue defines`, path: ['lanes', id, 'actor'] });
    }
    for (const [id, activity] of index.activities) {
      for (const field of RACI_FIELDS) {
        (activity[field] ?? []).forEach((actorId, position) => {
          if (!actors.has(actorId)) report({ message: `activity "${id}" lists actor "${actorId}" as ${field}, which neither this map nor the actor catalogue defines`, path: ['activities', id, field, position] });
        });
      }
    }
    for (const [id, actor] of index.actors) {
      if (actor.unit === undefined) continue;
      const unit = actors.get(actor.unit);
      if (!unit) report({ message: `actor "${id}" belongs to unit "${actor.unit}", which is not defined`, path: ['actors', id, 'unit'] });
      else if (unit.kind !== 'unit') report({ message: `actor "${id}" belongs to "${actor.unit}", which is a ${unit.kind}, not an organisation unit`, path: ['actors', id, 'unit'] });
    }
  },
});
