/**
 * "New map from this reference": the editor's side of tailoring. The user picks who performs each
 * activity — one of its candidate key people, an actor of the reference folder's actor catalogue,
 * or a new actor typed in the dialog; `tailorMap` (shared with `swimlane tailor`) makes the lanes
 * from those choices, names the chosen actors in handoffs and keeps every element's `ref`.
 */
import type { Actor, MapKind, ProcessMap } from '../../shared/model/schema';
import { numberedId } from '../../shared/edits/ids';
import { slugId, tailorMap, type TailorResult } from '../../shared/tailor/tailorMap';

/** Activity id → who performs it (a key person's name, or an actor id of `TailorRequest.actors`); activities left out get no lane yet. */
export type Assignment = Readonly<Record<string, string>>;

/** One choice in the dialog: a key person of the activity, a catalogue actor (by id), or a new actor (by name). */
export type PerformerChoice = { readonly source: 'key'; readonly name: string } | { readonly source: 'catalogue'; readonly id: string } | { readonly source: 'new'; readonly name: string };

/** The default choice: each activity performed by the first key person the reference names for it. */
export function defaultAssignment(reference: ProcessMap): Assignment {
  const assign: Record<string, string> = {};
  for (const [id, activity] of Object.entries(reference.activities)) {
    const first = activity.keyPeople?.[0];
    if (first !== undefined) assign[id] = first;
  }
  return assign;
}

export interface TailorRequest {
  readonly assign: Assignment;
  readonly kind: Exclude<MapKind, 'reference'>;
  readonly referencePath?: string;
  readonly referenceHash?: string;
  /** Actors chosen from the catalogue or typed in, by id; each one used becomes an actor of the new map. */
  readonly actors?: Readonly<Record<string, Actor>>;
}

/** The id a new actor typed as `name` gets: its slug, made unique against `taken`. */
export function newActorId(name: string, taken: ReadonlySet<string>): string {
  return numberedId(slugId(name), taken);
}

/**
 * Turns the dialog's choices into the assignment and actors of a `TailorRequest`. Catalogue actors
 * keep their id and definition; new actors get an id made from their name (unique against the
 * catalogue and each other) and the kind `role`.
 */
export function assignmentFromChoices(
  choices: Readonly<Record<string, PerformerChoice | undefined>>,
  catalogue: Readonly<Record<string, Actor>>,
): { assign: Assignment; actors: Record<string, Actor> } {
  const assign: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  const newIds = new Map<string, string>();
  const taken = new Set(Object.keys(catalogue));
  for (const [activityId, choice] of Object.entries(choices)) {
    if (!choice) continue;
    if (choice.source === 'key') {
      assign[activityId] = choice.name;
    } else if (choice.source === 'catalogue') {
      const actor = catalogue[choice.id];
      if (!actor) continue;
      actors[choice.id] = actor;
      assign[activityId] = choice.id;
    } else {
      const name = choice.name.trim();
      if (!name) continue;
      const key = name.toLowerCase();
      let id = newIds.get(key);
      if (id === undefined) {
        id = newActorId(name, taken);
        taken.add(id);
        newIds.set(key, id);
        actors[id] = { name, kind: 'role' };
      }
      assign[activityId] = id;
    }
  }
  return { assign, actors };
}

/**
 * The tailored draft of `reference`: id `<reference>-<kind>`, lanes from the chosen performers. The
 * chosen catalogue and new actors are written into the map's own `actors`, so it validates wherever
 * it is saved (a folder without that catalogue, too).
 */
export function startTailoredMap(reference: ProcessMap, request: TailorRequest): TailorResult {
  const chosen = request.actors ?? {};
  const result = tailorMap(reference, {
    id: `${reference.id}-${request.kind}`,
    kind: request.kind,
    assign: request.assign,
    catalogue: chosen,
    ...(request.referencePath ? { referencePath: request.referencePath } : {}),
    ...(request.referenceHash ? { referenceHash: request.referenceHash } : {}),
  });
  const used = Object.values(result.map.lanes ?? {})
    .map((lane) => lane.actor)
    .filter((id) => Object.hasOwn(chosen, id) && !Object.hasOwn(result.map.actors ?? {}, id));
  if (used.length === 0) return result;
  const actors = { ...(result.map.actors ?? {}) };
  for (const id of used) actors[id] = chosen[id]!;
  return { ...result, map: { ...result.map, actors } };
}
