/** Read-only questions about one map that several rules, the layout and the diff ask. */
import type { Activity, Flow, Handoff, ProcessMap } from './schema';

export type NodeKind = 'activity' | 'group' | 'initiation' | 'termination';

/** Kind of the node with `id` (activities, groups, initiations and terminations share one id space). */
export function nodeKindOf(map: ProcessMap, id: string): NodeKind | undefined {
  if (Object.hasOwn(map.activities, id)) return 'activity';
  if (map.groups && Object.hasOwn(map.groups, id)) return 'group';
  if (map.initiations && Object.hasOwn(map.initiations, id)) return 'initiation';
  if (map.terminations && Object.hasOwn(map.terminations, id)) return 'termination';
  return undefined;
}

export function flowEntries(map: ProcessMap): Array<[string, Flow]> {
  return Object.entries(map.flows ?? {});
}

export function activityEntries(map: ProcessMap): Array<[string, Activity]> {
  return Object.entries(map.activities);
}

export function handoffEntries(map: ProcessMap): Array<[string, Handoff]> {
  return Object.entries(map.handoffs ?? {});
}

/** Lane of the node: an activity's own lane; an initiation's or termination's is that of its neighbour. */
export function laneOfActivity(map: ProcessMap, id: string): string | undefined {
  return map.activities[id]?.lane;
}

/** A flow is a handoff when both ends are activities in different lanes of this map. */
export function isCrossLaneFlow(map: ProcessMap, flow: Flow): boolean {
  const fromLane = laneOfActivity(map, flow.from);
  const toLane = laneOfActivity(map, flow.to);
  return fromLane !== undefined && toLane !== undefined && fromLane !== toLane;
}

/** Ids of the flows that a handoff of this map describes. */
export function flowsDescribedByHandoffs(map: ProcessMap): Map<string, string[]> {
  const described = new Map<string, string[]>();
  for (const [handoffId, handoff] of handoffEntries(map)) {
    for (const flowId of handoff.flows ?? []) {
      const list = described.get(flowId);
      if (list) list.push(handoffId);
      else described.set(flowId, [handoffId]);
    }
  }
  return described;
}

/** Text of a note, whichever of its two forms it takes. */
export function noteText(note: string | { text: string }): string {
  return typeof note === 'string' ? note : note.text;
}
