/**
 * "New map from this reference": a first as-is draft derived from a reference map. Every element
 * keeps its id and gains `ref` to the reference element (traceability); activities are placed in
 * lanes bound to the first key person the reference names for them, so there is something to tailor.
 */
import type { Activity, Actor, Lane, ProcessMap } from '../../shared/model/schema';

const UNASSIGNED = 'unassigned';

/** A slug usable as an element id: lowercase letters, digits and dashes. */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

export function startTailoredMap(reference: ProcessMap, referencePath?: string): ProcessMap {
  const actors: Record<string, Actor> = { ...(reference.actors ?? {}) };
  const lanes: Record<string, Lane> = { ...(reference.lanes ?? {}) };
  const laneOfPerson = new Map<string, string>();
  const activities: Record<string, Activity> = {};
  for (const [id, activity] of Object.entries(reference.activities)) {
    let lane = activity.lane;
    if (!lane) {
      const person = activity.keyPeople?.[0] ?? 'Unassigned';
      lane = laneOfPerson.get(person);
      if (!lane) {
        const actorId = person === 'Unassigned' ? UNASSIGNED : slugId(person, `actor-${laneOfPerson.size + 1}`);
        actors[actorId] ??= { name: capitalise(person), kind: 'role' };
        lane = actorId;
        lanes[lane] ??= { actor: actorId };
        laneOfPerson.set(person, lane);
      }
    }
    activities[id] = placeAfterName({ ...activity, ref: activity.ref ?? id }, lane);
  }
  const { version: _version, source: _source, layout: _layout, ...rest } = reference;
  return {
    format: reference.format,
    id: `${reference.id}-as-is`,
    title: `${reference.title} (as-is)`,
    kind: 'as-is',
    derivedFrom: {
      map: reference.id,
      ...(referencePath ? { path: referencePath } : {}),
      ...(reference.version ? { version: reference.version } : {}),
    },
    ...pick(rest, ['tags', 'summary']),
    actors,
    lanes,
    ...pick(rest, ['phases']),
    activities,
    ...pick(rest, ['groups', 'initiations', 'terminations', 'flows', 'triggers', 'description', 'handoffs']),
  };
}

/** Puts `lane` right after `name`, where the schema orders it. */
function placeAfterName(activity: Activity, lane: string): Activity {
  const { name, lane: _old, ...rest } = activity;
  return { name, lane, ...rest };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const result: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) result[key] = value[key];
  return result;
}
