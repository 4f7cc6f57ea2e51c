/**
 * The kinds of element a map holds, listed once: the collection each lives in (in the format's
 * order), its noun in messages and change kinds, its display name, the id space its ids share,
 * and where it comes when several are deleted at once. Diff, validation, the YAML loader, the
 * map index and the CLI read this table instead of writing the lists out.
 */
import type { ProcessMap } from './schema';

export interface ElementKindEntry {
  /** The map's key holding these elements, e.g. `activities`. */
  readonly collection: keyof ProcessMap;
  /** Singular noun: `activity` (in `activity.added`, "activity D2 renamed"). */
  readonly noun: string;
  /** Title for people, e.g. in the inspector. */
  readonly displayName: string;
  /** Title of the collection as a section (of a diff report). */
  readonly sectionTitle: string;
  /**
   * Ids that must not collide: activities, coordination groups, initiations and terminations are
   * all nodes that flows connect by id alone, so they share `node`; deviations are keyed by the id of the element they concern.
   */
  readonly idSpace: string;
  /**
   * Position when a selection is deleted in one step (lower first): flows before the activities
   * whose deletion would remove them anyway, elements before the lanes and actors they name.
   * Absent: not deleted as an element.
   */
  readonly deleteOrder?: number;
}

export const ELEMENT_KINDS = [
  { collection: 'actors', sectionTitle: 'Actors', noun: 'actor', displayName: 'Actor', idSpace: 'actor', deleteOrder: 10 },
  { collection: 'lanes', sectionTitle: 'Lanes', noun: 'lane', displayName: 'Lane', idSpace: 'lane', deleteOrder: 8 },
  { collection: 'phases', sectionTitle: 'Phases', noun: 'phase', displayName: 'Phase', idSpace: 'phase', deleteOrder: 9 },
  { collection: 'activities', sectionTitle: 'Activities', noun: 'activity', displayName: 'Activity', idSpace: 'node', deleteOrder: 5 },
  { collection: 'groups', sectionTitle: 'Coordination groups', noun: 'group', displayName: 'Coordination group', idSpace: 'node', deleteOrder: 3 },
  { collection: 'initiations', sectionTitle: 'Line initiations', noun: 'initiation', displayName: 'Start of a line', idSpace: 'node', deleteOrder: 6 },
  { collection: 'terminations', sectionTitle: 'Line terminations', noun: 'termination', displayName: 'End of a line', idSpace: 'node', deleteOrder: 7 },
  { collection: 'flows', sectionTitle: 'Flows', noun: 'flow', displayName: 'Flow', idSpace: 'flow', deleteOrder: 1 },
  { collection: 'triggers', sectionTitle: 'Triggers', noun: 'trigger', displayName: 'Trigger', idSpace: 'trigger', deleteOrder: 4 },
  { collection: 'handoffs', sectionTitle: 'Handoffs', noun: 'handoff', displayName: 'Handoff', idSpace: 'handoff', deleteOrder: 2 },
  { collection: 'deviations', sectionTitle: 'Deviations from the reference', noun: 'deviation', displayName: 'Deviation', idSpace: 'deviated element' },
] as const satisfies readonly ElementKindEntry[];

export type ElementKindOf = (typeof ELEMENT_KINDS)[number];
/** Every collection of elements, deviations included, in the format's order. */
export type ElementCollection = ElementKindOf['collection'];
export type ElementNoun = ElementKindOf['noun'];

/** Every element collection in the format's order (deviations included). */
export const ELEMENT_COLLECTIONS: readonly ElementCollection[] = ELEMENT_KINDS.map((kind) => kind.collection);

/** The collections whose keys are ids of their own (all but deviations, keyed by other elements' ids). */
export type OwnIdCollection = Exclude<ElementCollection, 'deviations'>;
export const OWN_ID_COLLECTIONS: readonly OwnIdCollection[] = ELEMENT_COLLECTIONS.filter((collection): collection is OwnIdCollection => collection !== 'deviations');

/** The singular noun of each collection, used in change kinds and messages. */
export const NOUN_OF: Readonly<Record<ElementCollection, ElementNoun>> = Object.fromEntries(ELEMENT_KINDS.map((kind) => [kind.collection, kind.noun])) as Record<ElementCollection, ElementNoun>;

/** The collections whose ids share `idSpace` (e.g. `node`: activities, initiations, terminations). */
export function collectionsInIdSpace(idSpace: string): ElementCollection[] {
  return ELEMENT_KINDS.filter((kind) => kind.idSpace === idSpace).map((kind) => kind.collection);
}

/** The nouns of the deletable kinds, in the order a multi-element delete makes its edits. */
export const DELETE_ORDER: readonly ElementNoun[] = ELEMENT_KINDS.filter((kind) => 'deleteOrder' in kind)
  .sort((a, b) => ('deleteOrder' in a ? a.deleteOrder : 0) - ('deleteOrder' in b ? b.deleteOrder : 0))
  .map((kind) => kind.noun);

/** The ids already taken in an id space of `map` (e.g. every node id), for choosing a new one. */
export function idsInSpace(map: ProcessMap, idSpace: string): Set<string> {
  const taken = new Set<string>();
  for (const collection of collectionsInIdSpace(idSpace)) for (const id of Object.keys((map[collection] as object | undefined) ?? {})) taken.add(id);
  return taken;
}
