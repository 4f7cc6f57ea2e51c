/** Fix for `handoff-without-description`: describe the handoff with the two lanes' actors and a mechanism. */
import type { Edit } from '../edits/edit';
import { numberedId } from '../edits/ids';
import { Form, HandoffKindName, type Actor, type Flow, type HandoffKind, type ProcessMap } from '../model/schema';
import { slugId } from '../tailor/tailorMap';
import { defineFix, FixError, pathId, type FixContext } from './quickFix';

type Mode = (typeof Form.options)[number];

export interface DescribeHandoffOptions {
  readonly kind: HandoffKindName;
  readonly mode: Mode;
  /** The mechanism, e.g. "Email" or "Ticketing system". */
  readonly mechanism: string;
  /** Actor ids; default: the actor of each flow end's lane. */
  readonly sendingActors: readonly string[];
  readonly receivingActors: readonly string[];
}

/** The report's kinds and modes for a picker, with the mechanisms this map already uses per mode. */
export function mechanismChoices(map: ProcessMap): { kinds: readonly HandoffKindName[]; modes: Readonly<Record<Mode, readonly string[]>> } {
  const used: Record<Mode, string[]> = { verbal: [], electronic: [], physical: [] };
  for (const handoff of Object.values(map.handoffs ?? {})) {
    for (const kind of Object.values(handoff.kinds ?? {})) {
      for (const mode of Form.options) {
        for (const mechanism of kind?.modes?.[mode] ?? []) if (!used[mode].includes(mechanism)) used[mode].push(mechanism);
      }
    }
  }
  return { kinds: HandoffKindName.options, modes: used };
}

/** The flow a finding is about: the flow itself, or the first cross-lane flow of the handoff it names. */
function flowOfFinding(context: FixContext): { id: string; flow: Flow; handoffId?: string } | undefined {
  const { map, issue } = context;
  const id = pathId(issue, 1);
  if (id === undefined) return undefined;
  if (issue.path[0] === 'flows') {
    const flow = map.flows?.[id];
    return flow ? { id, flow } : undefined;
  }
  const handoff = issue.path[0] === 'handoffs' ? map.handoffs?.[id] : undefined;
  for (const flowId of handoff?.flows ?? []) {
    const flow = map.flows?.[flowId];
    const fromLane = flow && map.activities[flow.from]?.lane;
    const toLane = flow && map.activities[flow.to]?.lane;
    if (flow && fromLane !== undefined && toLane !== undefined && fromLane !== toLane) return { id: flowId, flow, handoffId: id };
  }
  return undefined;
}

function laneActor(map: ProcessMap, activityId: string): string | undefined {
  const lane = map.activities[activityId]?.lane;
  return lane === undefined ? undefined : map.lanes?.[lane]?.actor;
}

function side(actors: ReadonlyMap<string, Actor>, actorId: string | undefined): 'person' | 'technology' {
  return actorId !== undefined && actors.get(actorId)?.kind === 'technology' ? 'technology' : 'person';
}

export const describeHandoff = defineFix<DescribeHandoffOptions>({
  id: 'describe-handoff',
  rules: ['handoff-without-description'],
  offers(context) {
    const found = flowOfFinding(context);
    if (!found) return [];
    const sender = laneActor(context.map, found.flow.from);
    const receiver = laneActor(context.map, found.flow.to);
    const kind = `${side(context.actors, sender)}-to-${side(context.actors, receiver)}` as HandoffKindName;
    const known = mechanismChoices(context.map).modes;
    const mode = Form.options.find((candidate) => known[candidate].length > 0) ?? 'electronic';
    const mechanism = known[mode][0] ?? '';
    return [
      {
        fix: 'describe-handoff',
        title: found.handoffId ? `Complete handoff "${found.handoffId}" (actors and mechanism)` : `Describe the handoff of flow "${found.id}"`,
        options: { kind, mode, mechanism, sendingActors: sender ? [sender] : [], receivingActors: receiver ? [receiver] : [] },
        ...(mechanism === '' ? { asks: ['mechanism'] } : {}),
      },
    ];
  },
  apply(context, options) {
    const found = flowOfFinding(context);
    if (!found) throw new FixError(`no cross-lane flow found at ${context.issue.path.join('.')}`);
    const mechanism = options.mechanism.trim();
    if (mechanism === '') throw new FixError('name the mechanism that carries the handoff (e.g. Email)');
    if (options.sendingActors.length === 0 || options.receivingActors.length === 0) throw new FixError('a handoff names its sending and receiving actors');
    const { map } = context;
    if (found.handoffId) {
      const handoff = map.handoffs![found.handoffId]!;
      const current: HandoffKind = handoff.kinds?.[options.kind] ?? {};
      const mechanisms = current.modes?.[options.mode] ?? [];
      const kind: HandoffKind = {
        ...current,
        sendingActors: current.sendingActors?.length ? current.sendingActors : [...options.sendingActors],
        receivingActors: current.receivingActors?.length ? current.receivingActors : [...options.receivingActors],
        modes: { ...current.modes, [options.mode]: mechanisms.includes(mechanism) ? mechanisms : [...mechanisms, mechanism] },
      };
      const edit: Edit = { type: 'handoff.update', id: found.handoffId, changes: { kinds: { ...handoff.kinds, [options.kind]: kind } } };
      return { type: 'batch', label: `Complete handoff ${found.handoffId}`, edits: [edit] };
    }
    const fromLane = map.activities[found.flow.from]!.lane!;
    const toLane = map.activities[found.flow.to]!.lane!;
    const id = numberedId(slugId(`${fromLane}-to-${toLane}`), new Set(Object.keys(map.handoffs ?? {})));
    const edit: Edit = {
      type: 'handoff.add',
      id,
      handoff: {
        title: `Handoff from ${found.flow.from} to ${found.flow.to}`,
        sending: [{ activity: found.flow.from }],
        receiving: [{ activity: found.flow.to }],
        flows: [found.id],
        kinds: {
          [options.kind]: { sendingActors: [...options.sendingActors], receivingActors: [...options.receivingActors], modes: { [options.mode]: [mechanism] } },
        },
      },
    };
    return { type: 'batch', label: `Describe handoff of ${found.id}`, edits: [edit] };
  },
});
