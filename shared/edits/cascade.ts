/** What must go when an element goes: the cascades shared by the delete handlers. */
import type { Handoff, HandoffParty, ProcessMap } from '../model/schema';
import { withSection } from './mapSections';
import { EditError } from './records';

/** Removes flows by id, with their mentions in handoffs. */
export function removeFlows(map: ProcessMap, flowIds: readonly string[]): ProcessMap {
  if (flowIds.length === 0) return map;
  const dead = new Set(flowIds);
  const flows = Object.fromEntries(Object.entries(map.flows ?? {}).filter(([flowId]) => !dead.has(flowId)));
  const next = withSection(map, 'flows', Object.keys(flows).length ? flows : undefined);
  return removeFlowMentions(next, dead);
}

/** Drops pinned positions and hints of the given element ids. */
export function removeLayoutEntries(map: ProcessMap, ids: readonly string[]): ProcessMap {
  if (!map.layout) return map;
  const dead = new Set(ids);
  const prune = <T>(record: Record<string, T> | undefined): Record<string, T> | undefined => {
    if (!record || !Object.keys(record).some((key) => dead.has(key))) return record;
    const kept = Object.fromEntries(Object.entries(record).filter(([key]) => !dead.has(key)));
    return Object.keys(kept).length ? kept : undefined;
  };
  const pinned = prune(map.layout.pinned);
  const hints = prune(map.layout.hints);
  if (pinned === map.layout.pinned && hints === map.layout.hints) return map;
  const layout = { ...(pinned ? { pinned } : {}), ...(hints ? { hints } : {}) };
  return withSection(map, 'layout', Object.keys(layout).length ? layout : undefined);
}

/** Activities, initiations and terminations share one id space on the canvas. */
export function assertFreeNodeId(map: ProcessMap, id: string): void {
  const taken = [map.activities, map.initiations, map.terminations].some(
    (record) => record !== undefined && Object.prototype.hasOwnProperty.call(record, id),
  );
  if (taken) throw new EditError(`the id "${id}" is already used by another node`);
}

/** Removes the given flow ids from every handoff's `flows` list (an emptied list goes). */
export function removeFlowMentions(map: ProcessMap, dead: ReadonlySet<string>): ProcessMap {
  if (!map.handoffs) return map;
  let changed = false;
  const handoffs = Object.fromEntries(
    Object.entries(map.handoffs).map(([id, handoff]) => {
      if (!handoff.flows?.some((flowId) => dead.has(flowId))) return [id, handoff];
      changed = true;
      const flows = handoff.flows.filter((flowId) => !dead.has(flowId));
      const { flows: _dropped, ...rest } = handoff;
      return [id, flows.length ? { ...handoff, flows } : rest];
    }),
  );
  return changed ? withSection(map, 'handoffs', handoffs) : map;
}

/** Ids of the flows that start or end at `nodeId`. */
export function flowsTouching(map: ProcessMap, nodeId: string): string[] {
  return Object.entries(map.flows ?? {})
    .filter(([, flow]) => flow.from === nodeId || flow.to === nodeId)
    .map(([flowId]) => flowId);
}

/**
 * Removes `activityId` of this map from every handoff's sending and receiving parties. A handoff
 * left without a sender or a receiver describes nothing any more, and goes.
 */
export function removeActivityParties(map: ProcessMap, activityId: string): ProcessMap {
  if (!map.handoffs) return map;
  const isDead = (party: HandoffParty): boolean => party.activity === activityId && (party.map === undefined || party.map === map.id);
  let changed = false;
  const kept: Array<[string, Handoff]> = [];
  for (const [id, handoff] of Object.entries(map.handoffs)) {
    if (!handoff.sending.some(isDead) && !handoff.receiving.some(isDead)) {
      kept.push([id, handoff]);
      continue;
    }
    changed = true;
    const sending = handoff.sending.filter((party) => !isDead(party));
    const receiving = handoff.receiving.filter((party) => !isDead(party));
    if (sending.length > 0 && receiving.length > 0) kept.push([id, { ...handoff, sending, receiving }]);
  }
  if (!changed) return map;
  return withSection(map, 'handoffs', kept.length ? Object.fromEntries(kept) : undefined);
}

/**
 * Line starts and ends that only `nodeId` uses: each has flows, and every one of them touches
 * `nodeId`. They mark where that node's path begins or ends, so they go with it (a start left
 * with no flow floats on the canvas and no rule reports it).
 */
export function lineEndsOnlyUsedBy(map: ProcessMap, nodeId: string): { initiations: string[]; terminations: string[] } {
  const flows = Object.values(map.flows ?? {});
  const onlyUsedBy = (endId: string): boolean => {
    const touching = flows.filter((flow) => flow.from === endId || flow.to === endId);
    return touching.length > 0 && touching.every((flow) => flow.from === nodeId || flow.to === nodeId);
  };
  return {
    initiations: Object.keys(map.initiations ?? {}).filter((id) => id !== nodeId && onlyUsedBy(id)),
    terminations: Object.keys(map.terminations ?? {}).filter((id) => id !== nodeId && onlyUsedBy(id)),
  };
}
