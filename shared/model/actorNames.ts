/**
 * Actors by name for the handoff inspector: handoffs store actor ids, people pick names. The actors
 * of the map's lanes come first, since a handoff's parties are usually the lanes it crosses.
 */
import type { Actor, ProcessMap } from './schema';

export interface ActorOption {
  readonly id: string;
  /** The actor's name, or the id when the actor is not defined. */
  readonly name: string;
  /** Lanes bound to this actor, in lane order. */
  readonly lanes: readonly string[];
  readonly isDefined: boolean;
}

/** Every actor a handoff can name: the lanes' actors in lane order, then the other available actors by name. */
export function actorOptions(map: ProcessMap, actors: ReadonlyMap<string, Actor>): ActorOption[] {
  const options = new Map<string, { id: string; name: string; lanes: string[]; isDefined: boolean }>();
  for (const [laneId, lane] of Object.entries(map.lanes ?? {})) {
    const option = options.get(lane.actor) ?? { id: lane.actor, name: actors.get(lane.actor)?.name ?? lane.actor, lanes: [], isDefined: actors.has(lane.actor) };
    option.lanes.push(laneId);
    options.set(lane.actor, option);
  }
  const others = [...actors].filter(([id]) => !options.has(id)).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  for (const [id, actor] of others) options.set(id, { id, name: actor.name, lanes: [], isDefined: true });
  return [...options.values()];
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The actor id a typed name means: an id, a name, an alias, or a lane's id or label; undefined when none. */
export function actorIdForName(name: string, map: ProcessMap, actors: ReadonlyMap<string, Actor>): string | undefined {
  if (actors.has(name)) return name;
  for (const [id, actor] of actors) if (same(actor.name, name) || (actor.aliases ?? []).some((alias) => same(alias, name))) return id;
  for (const [laneId, lane] of Object.entries(map.lanes ?? {})) if (same(laneId, name) || (lane.label !== undefined && same(lane.label, name))) return lane.actor;
  return undefined;
}

/** The names to show for a handoff's actor ids (an undefined id shows as itself). */
export function actorNamesOf(ids: readonly string[] | undefined, actors: ReadonlyMap<string, Actor>): string[] {
  return (ids ?? []).map((id) => actors.get(id)?.name ?? id);
}
