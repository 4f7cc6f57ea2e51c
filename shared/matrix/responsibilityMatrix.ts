/**
 * The responsibility (RACI) matrix and the lane × lane handoff matrix of a map, as plain data for
 * the CLI, the HTML/PDF reports and the editor to print. Responsible is the actor of the
 * activity's lane; accountable, consulted and informed are the activity's own actor lists.
 */
import type { NameResolver } from '../layout/layoutGraph';
import type { ProcessMap } from '../model/schema';

export type RaciRole = 'R' | 'A' | 'C' | 'I';
export const RACI_ROLES: readonly RaciRole[] = ['R', 'A', 'C', 'I'];

/**
 * Where actor names come from besides the map's own actors: the actors available to the map
 * (id → `Actor`) or the name resolver the drawings carry. An id found nowhere shows as itself.
 */
export type ActorNames = ReadonlyMap<string, { readonly name: string }> | NameResolver;

function isActorMap(names: ActorNames): names is ReadonlyMap<string, { readonly name: string }> {
  return typeof (names as ReadonlyMap<string, unknown>).get === 'function';
}

export function actorNameOf(map: ProcessMap, id: string, names: ActorNames): string {
  const own = map.actors?.[id]?.name;
  if (own !== undefined) return own;
  return (isActorMap(names) ? names.get(id)?.name : names.actorName?.(id)) ?? id;
}

export interface MatrixActor {
  readonly id: string;
  readonly name: string;
}

export interface ResponsibilityRow {
  readonly activityId: string;
  readonly activityName: string;
  /** Actor id → the roles it holds, in R, A, C, I order; actors without a role are absent. */
  readonly cells: Readonly<Record<string, readonly RaciRole[]>>;
}

export interface ResponsibilityMatrix {
  /** The lanes' actors in lane order, then actors named only in roles, in first-use order. */
  readonly actors: readonly MatrixActor[];
  readonly rows: readonly ResponsibilityRow[];
}

/** The actor responsible for an activity: its lane's actor, if it has a lane. */
export function responsibleActorOf(map: ProcessMap, activityId: string): string | undefined {
  const laneId = map.activities[activityId]?.lane;
  return laneId === undefined ? undefined : map.lanes?.[laneId]?.actor;
}

export function responsibilityMatrix(map: ProcessMap, names: ActorNames): ResponsibilityMatrix {
  const actorIds: string[] = [];
  const use = (id: string): void => {
    if (!actorIds.includes(id)) actorIds.push(id);
  };
  for (const lane of Object.values(map.lanes ?? {})) use(lane.actor);
  const rows: ResponsibilityRow[] = Object.entries(map.activities).map(([activityId, activity]) => {
    const held = new Map<string, RaciRole[]>();
    const give = (ids: readonly string[] | undefined, role: RaciRole): void => {
      for (const id of ids ?? []) {
        use(id);
        const roles = held.get(id) ?? [];
        if (!roles.includes(role)) roles.push(role);
        held.set(id, roles);
      }
    };
    const responsible = responsibleActorOf(map, activityId);
    give(responsible === undefined ? [] : [responsible], 'R');
    give(activity.accountable, 'A');
    give(activity.consulted, 'C');
    give(activity.informed, 'I');
    const cells = Object.fromEntries([...held].map(([id, roles]) => [id, RACI_ROLES.filter((role) => roles.includes(role))]));
    return { activityId, activityName: activity.name, cells };
  });
  return { actors: actorIds.map((id) => ({ id, name: actorNameOf(map, id, names) })), rows };
}

export interface HandoffCell {
  /** Flows from an activity of the row's lane to an activity of the column's lane. */
  readonly count: number;
  /** Transmission mechanisms of the handoffs describing those flows, first use first. */
  readonly mechanisms: readonly string[];
}

export interface MatrixLane {
  readonly id: string;
  /** The lane's label, else its actor's name, else its id. */
  readonly name: string;
}

export interface HandoffMatrix {
  readonly lanes: readonly MatrixLane[];
  /** Sending lane id → receiving lane id → cell; pairs without a flow are absent. */
  readonly cells: Readonly<Record<string, Readonly<Record<string, HandoffCell>>>>;
}

/** The name a lane shows: its label, its actor's name, or its id. */
export function laneName(map: ProcessMap, laneId: string, names: ActorNames): string {
  const lane = map.lanes?.[laneId];
  if (!lane) return laneId;
  return lane.label ?? actorNameOf(map, lane.actor, names);
}

/** Work passing between lanes: every flow whose ends are activities in two different lanes. */
export function handoffMatrix(map: ProcessMap, names: ActorNames): HandoffMatrix {
  const mechanismsByFlow = new Map<string, string[]>();
  for (const handoff of Object.values(map.handoffs ?? {})) {
    const found = Object.values(handoff.kinds ?? {}).flatMap((kind) => Object.values(kind?.modes ?? {}).flat());
    for (const flowId of handoff.flows ?? []) mechanismsByFlow.set(flowId, [...(mechanismsByFlow.get(flowId) ?? []), ...found]);
  }
  const cells: Record<string, Record<string, { count: number; mechanisms: string[] }>> = {};
  for (const [flowId, flow] of Object.entries(map.flows ?? {})) {
    const from = map.activities[flow.from]?.lane;
    const to = map.activities[flow.to]?.lane;
    if (from === undefined || to === undefined || from === to) continue;
    const row = (cells[from] ??= {});
    const cell = (row[to] ??= { count: 0, mechanisms: [] });
    cell.count += 1;
    for (const mechanism of mechanismsByFlow.get(flowId) ?? []) if (!cell.mechanisms.includes(mechanism)) cell.mechanisms.push(mechanism);
  }
  const lanes = Object.keys(map.lanes ?? {}).map((id) => ({ id, name: laneName(map, id, names) }));
  return { lanes, cells };
}
