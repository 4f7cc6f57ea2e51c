/**
 * The schema of each element kind, keyed by the element-kind catalogue's nouns, and the lookup of
 * an element by kind and id. Kept apart from `elementKinds.ts` so that catalogue stays free of the
 * schema's runtime (the YAML loader reads it on the fast path).
 */
import type { z } from 'zod';
import { ELEMENT_KINDS, type ElementNoun } from './elementKinds';
import { Activity, Actor, Flow, Group, Handoff, Initiation, Lane, Phase, Termination, Trigger, type ProcessMap } from './schema';

/** Elements with fields of their own (deviations are edited as a field of the map). */
export type EditableNoun = Exclude<ElementNoun, 'deviation'>;

/** Typed by every editable noun, so a kind added to the catalogue without a schema does not compile. */
export const ELEMENT_SCHEMAS: Readonly<Record<EditableNoun, z.ZodType>> = {
  actor: Actor,
  lane: Lane,
  phase: Phase,
  activity: Activity,
  group: Group,
  initiation: Initiation,
  termination: Termination,
  flow: Flow,
  trigger: Trigger,
  handoff: Handoff,
};

const COLLECTION_OF = Object.fromEntries(ELEMENT_KINDS.map((kind) => [kind.noun, kind.collection])) as Record<ElementNoun, keyof ProcessMap>;

/** The element `id` of kind `noun` in `map`, or undefined. */
export function elementOf(map: ProcessMap, noun: EditableNoun, id: string): Record<string, unknown> | undefined {
  const collection = map[COLLECTION_OF[noun]] as Readonly<Record<string, unknown>> | undefined;
  const element = collection && Object.hasOwn(collection, id) ? collection[id] : undefined;
  return element && typeof element === 'object' ? (element as Record<string, unknown>) : undefined;
}
