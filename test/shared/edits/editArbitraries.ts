// fast-check generators of valid edits of every kind against a given map.
import fc from 'fast-check';
import type { Edit, EditType } from '../../../shared/edits/edit';
import type { ProcessMap } from '../../../shared/model/schema';

const name = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[a-z]$/);
const freshId = (prefix: string) => fc.integer({ min: 1, max: 99_999 }).map((n) => `${prefix}${n}`);
const point = fc.record({ x: fc.integer({ min: -500, max: 5000 }), y: fc.integer({ min: -500, max: 5000 }) });

function pick(ids: readonly string[], fallback: string): fc.Arbitrary<string> {
  return ids.length ? fc.constantFrom(...ids) : fc.constant(fallback);
}

/** One arbitrary per edit kind; a `Record` over `EditType`, so a new kind without a generator fails to compile. */
export function editArbitraries(map: ProcessMap): Record<EditType, fc.Arbitrary<Edit>> {
  const activities = Object.keys(map.activities);
  const lanes = Object.keys(map.lanes ?? {});
  const phases = Object.keys(map.phases ?? {});
  const actors = Object.keys(map.actors ?? {});
  const flows = Object.keys(map.flows ?? {});
  const groups = Object.keys(map.groups ?? {});
  const triggers = Object.keys(map.triggers ?? {});
  const initiations = Object.keys(map.initiations ?? {});
  const terminations = Object.keys(map.terminations ?? {});
  const handoffs = Object.keys(map.handoffs ?? {});
  const sources = [...activities, ...initiations];
  const targets = [...activities, ...terminations];
  const activity = pick(activities, 'missing');
  return {
    'map.update': fc.record({ title: name, summary: fc.option(name, { nil: null }) }).map((changes) => ({ type: 'map.update', changes })),
    'description.update': fc
      .record({ mission: fc.option(fc.array(name, { minLength: 1, maxLength: 3 }), { nil: null }) })
      .map((changes) => ({ type: 'description.update', changes })),
    'actor.add': fc.tuple(freshId('actor'), name).map(([id, actorName]) => ({ type: 'actor.add', id, actor: { name: actorName, kind: 'role' } })),
    'actor.update': fc.tuple(pick(actors, 'missing'), name).map(([id, actorName]) => ({ type: 'actor.update', id, changes: { name: actorName } })),
    'actor.delete': pick(actors, 'missing').map((id) => ({ type: 'actor.delete', id })),
    'lane.add': fc
      .tuple(freshId('lane'), pick(actors, 'x'), fc.nat(10))
      .map(([id, actor, index]) => ({ type: 'lane.add', id, lane: { actor }, index })),
    'lane.rename': fc.tuple(pick(lanes, 'missing'), fc.option(name, { nil: null })).map(([id, label]) => ({ type: 'lane.rename', id, label })),
    'lane.update': fc.tuple(pick(lanes, 'missing'), pick(actors, 'x')).map(([id, actor]) => ({ type: 'lane.update', id, changes: { actor } })),
    'lane.move': fc.tuple(pick(lanes, 'missing'), fc.nat(10)).map(([id, index]) => ({ type: 'lane.move', id, index })),
    'lane.delete': fc
      .tuple(pick(lanes, 'missing'), fc.option(pick(lanes, 'missing'), { nil: undefined }))
      .filter(([id, to]) => id !== to)
      .map(([id, moveActivitiesTo]) => ({ type: 'lane.delete', id, ...(moveActivitiesTo ? { moveActivitiesTo } : {}) })),
    'phase.add': fc.tuple(freshId('phase'), name).map(([id, phaseName]) => ({ type: 'phase.add', id, phase: { name: phaseName } })),
    'phase.update': fc.tuple(pick(phases, 'missing'), name).map(([id, phaseName]) => ({ type: 'phase.update', id, changes: { name: phaseName } })),
    'phase.move': fc.tuple(pick(phases, 'missing'), fc.nat(5)).map(([id, index]) => ({ type: 'phase.move', id, index })),
    'phase.delete': pick(phases, 'missing').map((id) => ({ type: 'phase.delete', id })),
    'activity.add': fc
      .tuple(freshId('N'), name, fc.option(pick(lanes, 'missing'), { nil: undefined }), fc.nat(20))
      .map(([id, activityName, lane, index]) => ({ type: 'activity.add', id, activity: { name: activityName, ...(lane ? { lane } : {}) }, index })),
    'activity.rename': fc.tuple(activity, name).map(([id, activityName]) => ({ type: 'activity.rename', id, name: activityName })),
    'activity.update': fc
      .tuple(activity, fc.option(name, { nil: null }), fc.option(fc.array(name, { minLength: 1, maxLength: 3 }), { nil: null }))
      .map(([id, summary, technology]) => ({ type: 'activity.update', id, changes: { summary, technology } })),
    'activity.move': fc
      .tuple(activity, fc.option(pick(lanes, 'missing'), { nil: null }))
      .map(([id, lane]) => ({ type: 'activity.move', id, lane })),
    'activity.delete': activity.map((id) => ({ type: 'activity.delete', id })),
    'group.add': fc
      .tuple(freshId('g'), fc.subarray(activities, { minLength: 1 }))
      .map(([id, members]) => ({ type: 'group.add', id, group: { members } })),
    'group.update': fc.tuple(pick(groups, 'missing'), name).map(([id, label]) => ({ type: 'group.update', id, changes: { label } })),
    'group.delete': pick(groups, 'missing').map((id) => ({ type: 'group.delete', id })),
    'trigger.add': fc
      .tuple(fc.integer({ min: 100, max: 999 }), name, fc.subarray(activities, { minLength: 1 }))
      .map(([key, text, starts]) => ({ type: 'trigger.add', key: String(key), trigger: { text, starts } })),
    'trigger.update': fc.tuple(pick(triggers, 'missing'), name).map(([key, text]) => ({ type: 'trigger.update', key, changes: { text } })),
    'trigger.delete': pick(triggers, 'missing').map((key) => ({ type: 'trigger.delete', key })),
    'initiation.add': fc.tuple(freshId('from-'), name).map(([id, text]) => ({ type: 'initiation.add', id, initiation: { kind: 'any', text } })),
    'initiation.update': fc.tuple(pick(initiations, 'missing'), name).map(([id, text]) => ({ type: 'initiation.update', id, initiation: { kind: 'outside', text } })),
    'initiation.delete': pick(initiations, 'missing').map((id) => ({ type: 'initiation.delete', id })),
    'termination.add': fc.tuple(freshId('to-'), name).map(([id, text]) => ({ type: 'termination.add', id, termination: { kind: 'label', text } })),
    'termination.update': pick(terminations, 'missing').map((id) => ({ type: 'termination.update', id, termination: { kind: 'end' } })),
    'termination.delete': pick(terminations, 'missing').map((id) => ({ type: 'termination.delete', id })),
    'flow.connect': fc
      .tuple(freshId('f'), pick(sources, 'missing'), pick(targets, 'missing'), fc.option(name, { nil: undefined }))
      .map(([id, from, to, condition]) => ({ type: 'flow.connect', id, flow: { from, to, ...(condition ? { condition } : {}) } })),
    'flow.update': fc
      .tuple(pick(flows, 'missing'), fc.option(name, { nil: null }), fc.option(fc.array(name, { minLength: 1, maxLength: 2 }), { nil: null }))
      .map(([id, condition, outputs]) => ({ type: 'flow.update', id, changes: { condition, outputs } })),
    'flow.delete': pick(flows, 'missing').map((id) => ({ type: 'flow.delete', id })),
    'handoff.add': fc
      .tuple(freshId('h'), activity, activity)
      .map(([id, from, to]) => ({ type: 'handoff.add', id, handoff: { sending: [{ activity: from }], receiving: [{ activity: to }] } })),
    'handoff.update': fc.tuple(pick(handoffs, 'missing'), name).map(([id, title]) => ({ type: 'handoff.update', id, changes: { title } })),
    'handoff.delete': pick(handoffs, 'missing').map((id) => ({ type: 'handoff.delete', id })),
    'layout.pin': fc.tuple(pick(sources, 'missing'), fc.option(point, { nil: null })).map(([id, position]) => ({ type: 'layout.pin', id, position })),
    'layout.reset': fc.option(fc.subarray(activities), { nil: undefined }).map((ids) => ({ type: 'layout.reset', ...(ids ? { ids } : {}) })),
    batch: fc
      .tuple(activity, name, pick(lanes, 'missing'))
      .map(([id, activityName, lane]) => ({
        type: 'batch',
        label: 'Rename and move',
        edits: [
          { type: 'activity.rename', id, name: activityName },
          { type: 'activity.move', id, lane },
        ],
      })),
  };
}
