/** Describing a flow as a handoff between its two ends. */
import type { ProcessMap } from '../../model/schema';
import { numberedId, slugFromName, takenIds } from '../ids';
import type { CommandResult } from './command';

/** A handoff for `flowId` with the flow's ends as sending and receiving parties; null when there is no such flow. */
export function addHandoffForFlow(map: ProcessMap, flowId: string): CommandResult | null {
  const flow = map.flows?.[flowId];
  if (!flow) return null;
  // An activity end is a party of this map; another node (a line start or end) is named by its id.
  const party = (id: string) => (map.activities[id] ? { activity: id } : { text: id });
  const [fromLane, toLane] = [flow.from, flow.to].map((id) => map.activities[id]?.lane ?? id);
  const id = numberedId(slugFromName(`${fromLane}-to-${toLane}`, 'handoff'), takenIds(map, 'handoffs'));
  const handoff = { title: `Handoff from ${flow.from} to ${flow.to}`, sending: [party(flow.from)], receiving: [party(flow.to)], flows: [flowId] };
  return { edit: { type: 'batch', label: `Add handoff ${id}`, edits: [{ type: 'handoff.add', id, handoff }] }, id };
}
