/** Pasting copied activities (with the flows among them) into a map, under fresh ids. */
import { countOf } from '../../text/plural';
import type { Activity, Flow, ProcessMap } from '../../model/schema';
import type { Edit } from '../edit';
import { copyId, takenIds, takenNodeIds } from '../ids';

/** What was copied: activities and the flows between them, as plain data. */
export interface Clip {
  readonly activities: Readonly<Record<string, Activity>>;
  readonly flows: Readonly<Record<string, Flow>>;
}

/** The copied part of `map`: the activities `ids` and the flows among them; null when none of them exists. */
export function clipOf(map: ProcessMap, ids: readonly string[]): Clip | null {
  const chosen = ids.filter((id) => map.activities[id]);
  if (chosen.length === 0) return null;
  const activities = Object.fromEntries(chosen.map((id) => [id, map.activities[id]!]));
  const flows = Object.fromEntries(Object.entries(map.flows ?? {}).filter(([, flow]) => chosen.includes(flow.from) && chosen.includes(flow.to)));
  return { activities, flows };
}

/** The edits that paste `clip` into `map`: fresh ids, lanes kept where they exist, into `lane` otherwise. */
export function pasteActivities(map: ProcessMap, clip: Clip, lane: string | undefined): { edits: Edit[]; ids: string[] } {
  const taken = takenNodeIds(map);
  const takenFlows = takenIds(map, 'flows');
  const rename = new Map<string, string>();
  for (const id of Object.keys(clip.activities)) {
    const fresh = copyId(id, taken);
    taken.add(fresh);
    rename.set(id, fresh);
  }
  const edits: Edit[] = [];
  for (const [id, activity] of Object.entries(clip.activities)) {
    const keepsLane = activity.lane !== undefined && map.lanes?.[activity.lane] !== undefined;
    // A copy is a new element: it does not trace to the reference element its original traces to.
    const { name, lane: _lane, phase, ref: _ref, ...rest } = activity;
    const targetLane = keepsLane ? activity.lane : lane;
    const keepsPhase = phase !== undefined && map.phases?.[phase] !== undefined;
    const pasted: Activity = {
      name,
      ...(targetLane ? { lane: targetLane } : {}),
      ...(keepsPhase ? { phase } : {}),
      ...rest,
    };
    edits.push({ type: 'activity.add', id: rename.get(id)!, activity: pasted });
  }
  for (const [id, flow] of Object.entries(clip.flows)) {
    const fresh = copyId(id, takenFlows);
    takenFlows.add(fresh);
    const { ref: _ref, ...rest } = flow;
    edits.push({ type: 'flow.connect', id: fresh, flow: { ...rest, from: rename.get(flow.from)!, to: rename.get(flow.to)! } });
  }
  return { edits, ids: [...rename.values()] };
}

/** One undoable paste step (null when the clip is empty), with the ids of the pasted activities. */
export function pasteCommand(map: ProcessMap, clip: Clip, lane: string | undefined): { edit: Edit; ids: string[] } | null {
  const { edits, ids } = pasteActivities(map, clip, lane);
  if (edits.length === 0) return null;
  return { edit: { type: 'batch', label: `Paste ${countOf(ids.length, 'activity', 'activities')}`, edits }, ids };
}
