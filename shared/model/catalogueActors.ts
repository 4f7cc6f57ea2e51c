/**
 * A map can take its actors from the catalogue (`actors.yaml`) of its folder. A copy saved
 * elsewhere loses that catalogue, so the actors it uses are written into the copy itself.
 */
import type { Actor, ProcessMap } from './schema';

/**
 * Actors of `catalogue` that `map` uses but does not define itself: those its lanes are bound to,
 * and the organisation units those belong to (and theirs), in the order first used.
 */
export function catalogueActorsUsedBy(map: ProcessMap, catalogue: Readonly<Record<string, Actor>>): Record<string, Actor> {
  const own = map.actors ?? {};
  const used: Record<string, Actor> = {};
  const take = (id: string | undefined): void => {
    // A cycle of units ends where an actor is already taken.
    if (id === undefined || Object.hasOwn(own, id) || Object.hasOwn(used, id) || !Object.hasOwn(catalogue, id)) return;
    const actor = catalogue[id]!;
    used[id] = actor;
    take(actor.unit);
  };
  for (const lane of Object.values(map.lanes ?? {})) take(lane.actor);
  // Units of the map's own actors may come from the catalogue too.
  for (const actor of Object.values(own)) take(actor.unit);
  return used;
}

/** `map` with the catalogue actors it uses written into its own `actors` (the same map when there are none). */
export function withCatalogueActors(map: ProcessMap, catalogue: Readonly<Record<string, Actor>>): ProcessMap {
  const used = catalogueActorsUsedBy(map, catalogue);
  if (Object.keys(used).length === 0) return map;
  return { ...map, actors: { ...(map.actors ?? {}), ...used } };
}
