/**
 * References from one map to others (line starts and ends in another map, handoff parties,
 * activities that expand into a map), and the renames between two versions of a map.
 *
 * An as-is map names its as-is siblings and the to-be map names the to-be ones, so comparing the
 * two would list every cross-map line as changed. When every place that names map X in the old
 * map names map Y in the new one, and neither map names the other's id anywhere, that is one
 * rename (X is now Y), and the comparison says so once.
 */
import type { ProcessMap } from '../model/schema';
import { clonePlain } from './sameValue';

export interface MapReference {
  /** Where the map id is written, e.g. `['handoffs', 'T-to-R', 'receiving', 0, 'map']`. */
  readonly path: readonly (string | number)[];
  readonly mapId: string;
}

/** Every place where `map` names another map, in map order. */
export function mapReferencesOf(map: ProcessMap): MapReference[] {
  const references: MapReference[] = [];
  for (const [id, activity] of Object.entries(map.activities)) {
    if (activity.expands !== undefined) references.push({ path: ['activities', id, 'expands'], mapId: activity.expands });
  }
  for (const collection of ['initiations', 'terminations'] as const) {
    for (const [id, end] of Object.entries(map[collection] ?? {})) {
      if ('map' in end && end.map !== undefined) references.push({ path: [collection, id, 'map'], mapId: end.map });
    }
  }
  for (const [id, handoff] of Object.entries(map.handoffs ?? {})) {
    for (const side of ['sending', 'receiving'] as const) {
      handoff[side].forEach((party, index) => {
        if (party.map !== undefined) references.push({ path: ['handoffs', id, side, index, 'map'], mapId: party.map });
      });
    }
  }
  return references;
}

/** A map id that another map names in its place, and how many places `before` named it in. */
export interface MapRename {
  readonly to: string;
  readonly places: number;
}

/**
 * Map ids of `before` that `after` consistently names differently (old id → rename): at least one
 * place names the old id in `before` and the new id in `after`, no place names the old id in
 * `after` or the new id in `before`, and no two old ids become the same new one.
 */
export function renamedMapReferences(before: ProcessMap, after: ProcessMap): Map<string, MapRename> {
  const beforeReferences = mapReferencesOf(before);
  const afterReferences = mapReferencesOf(after);
  const namedBefore = new Set(beforeReferences.map((reference) => reference.mapId));
  const namedAfter = new Set(afterReferences.map((reference) => reference.mapId));
  const afterAt = new Map(afterReferences.map((reference) => [reference.path.join('\u0000'), reference.mapId]));
  // Old id → new id, or null once two places disagree.
  const candidates = new Map<string, string | null>();
  for (const reference of beforeReferences) {
    const now = afterAt.get(reference.path.join('\u0000'));
    if (now === undefined || now === reference.mapId) continue;
    const seen = candidates.get(reference.mapId);
    candidates.set(reference.mapId, seen === undefined || seen === now ? now : null);
  }
  const renames = new Map<string, MapRename>();
  const targets = new Map<string, number>();
  for (const [from, to] of candidates) {
    if (to === null || namedAfter.has(from) || namedBefore.has(to)) continue;
    renames.set(from, { to, places: beforeReferences.filter((reference) => reference.mapId === from).length });
    targets.set(to, (targets.get(to) ?? 0) + 1);
  }
  for (const [from, { to }] of renames) if (targets.get(to)! > 1) renames.delete(from);
  return renames;
}

/** A copy of `map` in which every reference to a key of `renames` names its value instead. */
export function withMapReferencesRenamed(map: ProcessMap, renames: ReadonlyMap<string, Pick<MapRename, 'to'>>): ProcessMap {
  const copy = clonePlain(map);
  for (const reference of mapReferencesOf(copy)) {
    const to = renames.get(reference.mapId)?.to;
    if (to === undefined) continue;
    let holder = copy as unknown as Record<string | number, unknown>;
    for (const segment of reference.path.slice(0, -1)) holder = holder[segment] as Record<string | number, unknown>;
    holder[reference.path[reference.path.length - 1]!] = to;
  }
  return copy;
}
