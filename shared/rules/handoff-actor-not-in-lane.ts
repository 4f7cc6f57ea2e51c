import type { Handoff, ProcessMap } from '../model/schema';
import { actorsAvailableTo } from '../workspace/workspace';
import type { Workspace } from '../workspace/workspace';
import { defineRule } from './rule';

/** Names by which the actor of each lane (all lanes when `laneIds` is undefined) may be cited: lane id, actor id, name, label, aliases. */
function laneActorNames(map: ProcessMap, workspace: Workspace, laneIds?: ReadonlySet<string>): Set<string> | undefined {
  if (!map.lanes || Object.keys(map.lanes).length === 0) return undefined;
  const parsed = workspace.mapsById.get(map.id);
  const actors = parsed ? actorsAvailableTo(workspace, parsed) : new Map();
  const names = new Set<string>();
  const add = (name: string | undefined): void => {
    if (name) names.add(name.trim().toLowerCase());
  };
  for (const [laneId, lane] of Object.entries(map.lanes)) {
    if (laneIds && !laneIds.has(laneId)) continue;
    add(laneId);
    add(lane.actor);
    add(lane.label);
    const actor = actors.get(lane.actor) ?? map.actors?.[lane.actor];
    add(actor?.name);
    for (const alias of actor?.aliases ?? []) add(alias);
  }
  return names;
}

const SIDES = [['sendingActors', 'sending'], ['receivingActors', 'receiving']] as const;

/** In a map with lanes, the people a handoff names must be the ones the lanes say do the work. */
export const handoffActorNotInLane = defineRule({
  id: 'handoff-actor-not-in-lane',
  description: 'A handoff names a sending or receiving actor that matches no lane of the map holding that side\'s activity.',
  defaultSeverity: 'error',
  check({ map, index, workspace, report }) {
    // Names per map, computed once: a large map has a handoff for most of its flows.
    const namesByMap = new Map<ProcessMap, Set<string> | undefined>();
    const namesOf = (target: ProcessMap): Set<string> | undefined => {
      if (!namesByMap.has(target)) namesByMap.set(target, laneActorNames(target, workspace));
      return namesByMap.get(target);
    };
    // The same few actor names recur in thousands of handoffs: normalise each once.
    const normalized = new Map<string, string>();
    const normalize = (actor: string): string => {
      let name = normalized.get(actor);
      if (name === undefined) {
        name = actor.trim().toLowerCase();
        normalized.set(actor, name);
      }
      return name;
    };
    // Each side is checked against the lanes of ITS activities: a receiver who is the sender's lane is wrong.
    const namesByLanes = new Map<string, Set<string> | undefined>();
    const sideLanes = (handoff: Handoff, side: 'sending' | 'receiving', target: ProcessMap): Set<string> => {
      const lanes = new Set<string>();
      for (const party of handoff[side]) {
        const inTarget = party.map === undefined || party.map === target.id;
        const lane = party.activity !== undefined && inTarget ? target.activities[party.activity]?.lane : undefined;
        if (lane !== undefined && target.lanes?.[lane]) lanes.add(lane);
      }
      return lanes;
    };
    const sideNames = (handoff: Handoff, side: 'sending' | 'receiving', target: ProcessMap): { names: Set<string> | undefined; lanes: Set<string> } => {
      const lanes = sideLanes(handoff, side, target);
      if (lanes.size === 0) return { names: namesOf(target), lanes };
      const key = `${target.id}\u0000${[...lanes].sort().join('\u0000')}`;
      if (!namesByLanes.has(key)) namesByLanes.set(key, laneActorNames(target, workspace, lanes));
      return { names: namesByLanes.get(key), lanes };
    };
    const sideMap = (handoff: Handoff, side: 'sending' | 'receiving'): ProcessMap | undefined => {
      const parties = handoff[side];
      for (let index = 0; index < parties.length; index++) {
        const party = parties[index]!;
        if (party.activity === undefined) continue;
        return party.map === undefined || party.map === map.id ? map : workspace.mapsById.get(party.map)?.value;
      }
      return map;
    };
    for (const [id, handoff] of index.handoffs) {
      const kinds = handoff.kinds ?? {};
      for (const kindName in kinds) {
        const kind = kinds[kindName as keyof typeof kinds];
        for (let sideIndex = 0; sideIndex < SIDES.length; sideIndex++) {
          const [field, side] = SIDES[sideIndex]!;
          const actors = kind?.[field];
          if (!actors || actors.length === 0) continue;
          const target = sideMap(handoff, side);
          if (!target) continue;
          const { names, lanes } = sideNames(handoff, side, target);
          if (!names) continue;
          for (let index = 0; index < actors.length; index++) {
            const actor = actors[index]!;
            if (names.has(normalize(actor))) continue;
            report({
              message: `handoff "${id}" (${kindName}) names ${side} actor "${actor}", which matches no lane of map "${target.id}"${lanes.size > 0 ? ` that performs its ${side} activities (lane${lanes.size === 1 ? '' : 's'} ${[...lanes].join(', ')})` : ''}`,
              path: ['handoffs', id, 'kinds', kindName, field, index],
              elementId: id,
            });
          }
        }
      }
    }
  },
});
