import type { HandoffParty } from '../model/schema';
import type { IssuePath } from '../model/issue';
import { referenceMapOf } from '../workspace/workspace';
import { defineRule } from './rule';

const SIDES = ['sending', 'receiving'] as const;

/** References to activities and maps elsewhere in the workspace must resolve. */
export const crossMapReference = defineRule({
  id: 'cross-map-reference',
  description: 'A reference to another map or to an activity in it (initiation, termination, expansion, handoff party, derivation) does not resolve.',
  defaultSeverity: 'error',
  check({ map, index, parsed, workspace, report }) {
    const checkActivity = (mapId: string | undefined, activityId: string | undefined, path: IssuePath, what: string): void => {
      const target = mapId === undefined || mapId === map.id ? map : workspace.mapsById.get(mapId)?.value;
      if (!target) {
        report({ message: `${what} refers to map "${mapId}", which is not in the workspace`, path: [...path, 'map'] });
        return;
      }
      if (activityId !== undefined && !Object.hasOwn(target.activities, activityId)) {
        const where = target === map ? 'this map' : `map "${target.id}"`;
        report({ message: `${what} refers to activity "${activityId}", which ${where} does not define`, path: [...path, 'activity'] });
      }
    };
    for (const [id, initiation] of index.initiations) {
      if (initiation.kind === 'activity') checkActivity(initiation.map, initiation.activity, ['initiations', id], `initiation "${id}"`);
    }
    for (const [id, termination] of index.terminations) {
      if (termination.kind === 'activity') checkActivity(termination.map, termination.activity, ['terminations', id], `termination "${id}"`);
    }
    for (const [id, activity] of index.activities) {
      if (activity.expands !== undefined && !workspace.mapsById.has(activity.expands)) {
        report({ message: `activity "${id}" expands into map "${activity.expands}", which is not in the workspace`, path: ['activities', id, 'expands'] });
      }
    }
    // Most handoff parties name an activity of this map: those are settled without building the
    // finding's path and text (a large map has tens of thousands of parties).
    const resolvesHere = (party: HandoffParty): boolean =>
      (party.map === undefined || party.map === map.id) && (party.activity === undefined || Object.hasOwn(map.activities, party.activity));
    for (const [id, handoff] of index.handoffs) {
      for (const side of SIDES) {
        const parties = handoff[side];
        for (let index = 0; index < parties.length; index++) {
          const party = parties[index]!;
          if ((party.activity === undefined && party.map === undefined) || resolvesHere(party)) continue;
          checkActivity(party.map, party.activity, ['handoffs', id, side, index], `handoff "${id}"`);
        }
      }
    }
    if (map.derivedFrom && !referenceMapOf(workspace, parsed)) {
      const where = map.derivedFrom.path ? `"${map.derivedFrom.path}"` : `map id "${map.derivedFrom.map}"`;
      report({ message: `derivedFrom names reference ${where}, which could not be found or loaded`, path: ['derivedFrom'] });
    }
  },
});
