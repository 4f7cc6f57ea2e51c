/**
 * The entries of a map's element collections, listed once and shared.
 *
 * Every rule walks the same collections; on a 10,000-activity map each `Object.entries` call
 * allocates tens of thousands of pairs, and the garbage they make costs more than the checks.
 * An index lists each collection on first use and hands the same arrays to everyone after.
 * It is a snapshot: build a new one after changing the map.
 */
import { OWN_ID_COLLECTIONS } from './elementKinds';
import type { Activity, Actor, Flow, Group, Handoff, Initiation, Lane, Phase, ProcessMap, Termination, Trigger } from './schema';

export type Entries<T> = ReadonlyArray<readonly [string, T]>;

export interface MapIndex {
  readonly map: ProcessMap;
  readonly actors: Entries<Actor>;
  readonly lanes: Entries<Lane>;
  readonly phases: Entries<Phase>;
  readonly activities: Entries<Activity>;
  readonly groups: Entries<Group>;
  readonly initiations: Entries<Initiation>;
  readonly terminations: Entries<Termination>;
  readonly flows: Entries<Flow>;
  readonly triggers: Entries<Trigger>;
  readonly handoffs: Entries<Handoff>;
  /** Flow id → ids of the handoffs that describe it. */
  readonly handoffsByFlow: ReadonlyMap<string, readonly string[]>;
}

/** The collections an index lists, in the format's order (the element kinds with ids of their own). */
export const INDEXED_COLLECTIONS = OWN_ID_COLLECTIONS;

export function indexMap(map: ProcessMap): MapIndex {
  const listed = new Map<string, Entries<unknown>>();
  const entries = <T>(collection: (typeof INDEXED_COLLECTIONS)[number]): Entries<T> => {
    let found = listed.get(collection);
    if (!found) {
      found = entriesOf((map[collection] as Record<string, T> | undefined) ?? {});
      listed.set(collection, found);
    }
    return found as Entries<T>;
  };
  let handoffsByFlow: Map<string, string[]> | undefined;
  return {
    map,
    get actors() {
      return entries<Actor>('actors');
    },
    get lanes() {
      return entries<Lane>('lanes');
    },
    get phases() {
      return entries<Phase>('phases');
    },
    get activities() {
      return entries<Activity>('activities');
    },
    get groups() {
      return entries<Group>('groups');
    },
    get initiations() {
      return entries<Initiation>('initiations');
    },
    get terminations() {
      return entries<Termination>('terminations');
    },
    get flows() {
      return entries<Flow>('flows');
    },
    get triggers() {
      return entries<Trigger>('triggers');
    },
    get handoffs() {
      return entries<Handoff>('handoffs');
    },
    get handoffsByFlow() {
      if (!handoffsByFlow) {
        handoffsByFlow = new Map();
        for (const [handoffId, handoff] of this.handoffs) {
          for (const flowId of handoff.flows ?? []) {
            const list = handoffsByFlow.get(flowId);
            if (list) list.push(handoffId);
            else handoffsByFlow.set(flowId, [handoffId]);
          }
        }
      }
      return handoffsByFlow;
    },
  };
}

/**
 * `Object.entries(record)`, faster: collections of a large map are in V8's dictionary mode, where
 * `Object.entries` took about three times as long as listing the keys and reading each value.
 */
function entriesOf<T>(record: Readonly<Record<string, T>>): Entries<T> {
  const ids = Object.keys(record);
  const entries = new Array<readonly [string, T]>(ids.length);
  for (let position = 0; position < ids.length; position++) {
    const id = ids[position]!;
    entries[position] = [id, record[id]!];
  }
  return entries;
}
