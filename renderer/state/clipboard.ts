/**
 * Copy and paste of activities (with the flows among them) within and between maps. The clip is
 * plain data kept in memory and in localStorage, so another map (or window) can paste it.
 */
import type { Edit } from '../../shared/edits/edit';
import type { Activity, Flow, ProcessMap } from '../../shared/model/schema';

export interface Clip {
  readonly activities: Readonly<Record<string, Activity>>;
  readonly flows: Readonly<Record<string, Flow>>;
}

const STORAGE_KEY = 'swimlane-clipboard';
let memory: Clip | null = null;

export function copyActivities(map: ProcessMap, ids: readonly string[]): Clip | null {
  const chosen = ids.filter((id) => map.activities[id]);
  if (chosen.length === 0) return null;
  const activities = Object.fromEntries(chosen.map((id) => [id, map.activities[id]!]));
  const flows = Object.fromEntries(Object.entries(map.flows ?? {}).filter(([, flow]) => chosen.includes(flow.from) && chosen.includes(flow.to)));
  const clip = { activities, flows };
  memory = clip;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(clip));
  } catch {
    // Storage may be unavailable (private mode); the in-memory clip still works.
  }
  return clip;
}

export function currentClip(): Clip | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored) return JSON.parse(stored) as Clip;
  } catch {
    // Fall back to memory.
  }
  return memory;
}

/** The edits that paste `clip` into `map`: fresh ids, lanes kept where they exist, into `lane` otherwise. */
export function pasteEdits(map: ProcessMap, clip: Clip, lane: string | undefined): { edits: Edit[]; ids: string[] } {
  const taken = new Set([...Object.keys(map.activities), ...Object.keys(map.initiations ?? {}), ...Object.keys(map.terminations ?? {})]);
  const takenFlows = new Set(Object.keys(map.flows ?? {}));
  const rename = new Map<string, string>();
  for (const id of Object.keys(clip.activities)) {
    const fresh = freshId(id, taken);
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
    const fresh = freshId(id, takenFlows);
    takenFlows.add(fresh);
    const { ref: _ref, ...rest } = flow;
    edits.push({ type: 'flow.connect', id: fresh, flow: { ...rest, from: rename.get(flow.from)!, to: rename.get(flow.to)! } });
  }
  return { edits, ids: [...rename.values()] };
}

/** `id` itself if free, else `id-2`, `id-3`, …: the id of a new element (a copy takes `freshId`). */
export function numberedId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `id` itself if free, else `id-copy`, `id-copy2`, … */
export function freshId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${id}-copy` : `${id}-copy${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
