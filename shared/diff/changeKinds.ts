/**
 * What a map diff is made of: the change kinds (one per way a process can change), the change
 * record, and which kind a difference in a given field is.
 */
import { PROCESS_DESCRIPTION_FIELDS, SUBPROCESS_DESCRIPTION_FIELDS } from '../model/schema';
import type { ElementCollection } from '../model/elementKinds';

export const CHANGE_KINDS = [
  'activity.added',
  'activity.removed',
  'activity.renamed',
  'activity.moved',
  'activity.phase-changed',
  'activity.description-changed',
  'activity.changed',
  'flow.added',
  'flow.removed',
  'flow.rewired',
  'flow.condition-changed',
  'flow.label-changed',
  'flow.fork-changed',
  'flow.changed',
  'handoff.added',
  'handoff.removed',
  'handoff.objects-changed',
  'handoff.actors-changed',
  'handoff.mechanism-changed',
  'handoff.procedures-changed',
  'handoff.parties-changed',
  'handoff.kind-added',
  'handoff.kind-removed',
  'handoff.description-changed',
  'handoff.changed',
  'trigger.added',
  'trigger.removed',
  'trigger.changed',
  'lane.added',
  'lane.removed',
  'lane.renamed',
  'lane.actor-changed',
  'lane.reordered',
  'lane.changed',
  'phase.added',
  'phase.removed',
  'phase.renamed',
  'phase.reordered',
  'phase.changed',
  'group.added',
  'group.removed',
  'group.members-changed',
  'group.changed',
  'initiation.added',
  'initiation.removed',
  'initiation.changed',
  'termination.added',
  'termination.removed',
  'termination.changed',
  'actor.added',
  'actor.removed',
  'actor.changed',
  'deviation.added',
  'deviation.removed',
  'deviation.changed',
  'description.changed',
  'map.changed',
  'map.references-renamed',
  'layout.changed',
  'trace.changed',
  'order.changed',
  'section.changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type ChangePath = readonly (string | number)[];

/** One difference. `before`/`after` absent means the value did not exist on that side. */
export interface MapChange {
  readonly kind: ChangeKind;
  /** Where the value lives: `[collection, id]` for a whole element, deeper for one field, `[field]` for the map. */
  readonly path: ChangePath;
  /** Id of the element concerned, for linking to it. */
  readonly elementId?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** Added elements: the id they follow in the new map's order (null: first). */
  readonly follows?: string | null;
  readonly message: string;
}

export interface MapDiff {
  /** Changes to what the process means, in map order: map, lanes, activities, flows, ... */
  readonly changes: readonly MapChange[];
  /** Geometry, file order, empty sections and trace links to an element's own id: nothing a reader of the process would notice. */
  readonly layout: readonly MapChange[];
}

const ACTIVITY_DESCRIPTION_FIELDS = new Set(SUBPROCESS_DESCRIPTION_FIELDS);
const HANDOFF_DESCRIPTION_FIELDS = new Set(PROCESS_DESCRIPTION_FIELDS);

/** The change kind for a difference in `field` of an element of `collection`. */
export function fieldKind(collection: ElementCollection, field: string): ChangeKind {
  switch (collection) {
    case 'activities':
      if (field === 'name') return 'activity.renamed';
      if (field === 'lane') return 'activity.moved';
      if (field === 'phase') return 'activity.phase-changed';
      return ACTIVITY_DESCRIPTION_FIELDS.has(field) ? 'activity.description-changed' : 'activity.changed';
    case 'flows':
      if (field === 'from' || field === 'to') return 'flow.rewired';
      if (field === 'condition') return 'flow.condition-changed';
      if (field === 'outputs') return 'flow.label-changed';
      if (field === 'inputFork' || field === 'outputFork') return 'flow.fork-changed';
      return 'flow.changed';
    case 'handoffs':
      if (field === 'objects') return 'handoff.objects-changed';
      if (field === 'sending' || field === 'receiving' || field === 'flows') return 'handoff.parties-changed';
      return HANDOFF_DESCRIPTION_FIELDS.has(field) ? 'handoff.description-changed' : 'handoff.changed';
    case 'lanes':
      if (field === 'label') return 'lane.renamed';
      if (field === 'actor') return 'lane.actor-changed';
      return 'lane.changed';
    case 'phases':
      return field === 'name' ? 'phase.renamed' : 'phase.changed';
    case 'groups':
      return field === 'members' ? 'group.members-changed' : 'group.changed';
    case 'triggers':
      return 'trigger.changed';
    case 'initiations':
      return 'initiation.changed';
    case 'terminations':
      return 'termination.changed';
    case 'actors':
      return 'actor.changed';
    case 'deviations':
      return 'deviation.changed';
  }
}

/** The change kind for a difference in `field` of one kind of a handoff (`kinds.person-to-person.modes`). */
export function handoffKindFieldKind(field: string): ChangeKind {
  if (field === 'sendingActors' || field === 'receivingActors') return 'handoff.actors-changed';
  if (field === 'modes') return 'handoff.mechanism-changed';
  if (field === 'procedures') return 'handoff.procedures-changed';
  return 'handoff.changed';
}
