/**
 * Semantic diff of two maps, in the words of a process: an activity moved to another actor, a
 * flow rewired, a handoff's mechanism changed. Elements are matched by id. Every difference
 * between the two maps becomes exactly one change, so `applyDiff(a, diffMaps(a, b))` rebuilds `b`;
 * geometry and file order are kept apart (`layout`) so a reviewer can skip them.
 */
import type { ProcessMap } from '../model/schema';
import { clonePlain, isPlainRecord, sameValue } from './sameValue';
import { renamedMapReferences, withMapReferencesRenamed, type MapRename } from './mapReferences';

export const ELEMENT_COLLECTIONS = [
  'actors',
  'lanes',
  'phases',
  'activities',
  'groups',
  'initiations',
  'terminations',
  'flows',
  'triggers',
  'handoffs',
  'deviations',
] as const;
export type ElementCollection = (typeof ELEMENT_COLLECTIONS)[number];

/** The singular noun of each collection, used in change kinds and messages. */
export const NOUN_OF: Readonly<Record<ElementCollection, string>> = {
  actors: 'actor',
  lanes: 'lane',
  phases: 'phase',
  activities: 'activity',
  groups: 'group',
  initiations: 'initiation',
  terminations: 'termination',
  flows: 'flow',
  triggers: 'trigger',
  handoffs: 'handoff',
  deviations: 'deviation',
};

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

type Rec = Record<string, unknown>;

const ACTIVITY_DESCRIPTION_FIELDS = new Set(['summary', 'requirements', 'inputs', 'outputs', 'procedures', 'keyPeople', 'technology', 'other']);
const HANDOFF_DESCRIPTION_FIELDS = new Set(['mission', 'triggers', 'completion', 'policies', 'requirements']);
const ORDERED_COLLECTIONS = new Set<string>(['lanes', 'phases']);

/** The change kind for a difference in `field` of an element of `collection`. */
function fieldKind(collection: ElementCollection, field: string): ChangeKind {
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

const HANDOFF_KIND_FIELD_WORDS: Readonly<Record<string, string>> = { modes: 'mechanisms', sendingActors: 'sending actors', receivingActors: 'receiving actors' };

function handoffKindFieldKind(field: string): ChangeKind {
  if (field === 'sendingActors' || field === 'receivingActors') return 'handoff.actors-changed';
  if (field === 'modes') return 'handoff.mechanism-changed';
  if (field === 'procedures') return 'handoff.procedures-changed';
  return 'handoff.changed';
}

/** Short display of a value for messages: strings quoted, lists joined, long text cut. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(none)';
  let text: string;
  const isParty = (item: unknown): boolean => isPlainRecord(item) && Object.keys(item).every((key) => key === 'map' || key === 'activity' || key === 'text');
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (Array.isArray(value) && value.length > 0 && value.every(isParty)) {
    // Handoff parties: `T1 (map acme-T-as-is)`, or their description.
    text = `[${value
      .map((party: Record<string, unknown>) =>
        party['activity'] !== undefined ? `${String(party['activity'])}${party['map'] !== undefined ? ` in ${String(party['map'])}` : ''}` : JSON.stringify(party['text']),
      )
      .join(', ')}]`;
  }
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) text = `[${value.join(', ')}]`;
  else if (isPlainRecord(value) && Object.values(value).every((item) => Array.isArray(item) && item.every((x) => typeof x === 'string'))) {
    text = Object.entries(value)
      .map(([key, items]) => `${key}: ${(items as string[]).join(', ')}`)
      .join('; ');
  } else text = JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/** How an element is named in messages: `activity D2 "Receive Information"`. */
export function describeElement(map: ProcessMap | undefined, collection: ElementCollection, id: string, element?: unknown): string {
  const noun = NOUN_OF[collection];
  const value = (element ?? (map?.[collection] as Rec | undefined)?.[id]) as Rec | undefined;
  if (!isPlainRecord(value)) return `${noun} ${id}`;
  const title = (value['name'] ?? value['title'] ?? value['label'] ?? value['text']) as unknown;
  if (collection === 'flows') return `flow ${id} (${String(value['from'])} → ${String(value['to'])})`;
  if (collection === 'lanes') return `lane ${id} (${typeof value['label'] === 'string' ? value['label'] : `actor ${String(value['actor'])}`})`;
  if (collection === 'deviations') return `deviation for ${id}`;
  return typeof title === 'string' ? `${noun} ${id} "${title.length > 60 ? `${title.slice(0, 57)}...` : title}"` : `${noun} ${id}`;
}

class ChangeCollector {
  readonly changes: MapChange[] = [];
  readonly layout: MapChange[] = [];

  constructor(
    readonly a: ProcessMap,
    readonly b: ProcessMap,
  ) {}

  add(change: MapChange, isLayout = false): void {
    (isLayout ? this.layout : this.changes).push(change);
  }
}

function fieldMessage(kind: ChangeKind, subject: string, field: string, before: unknown, after: unknown): string {
  switch (kind) {
    case 'activity.renamed':
    case 'lane.renamed':
    case 'phase.renamed':
      // The subject would repeat the name: `activity D2 renamed "A" → "B"` says it once.
      return `${subject.replace(/ [("].*$/, '')} renamed ${showValue(before)} → ${showValue(after)}`;
    case 'activity.moved':
      return `${subject} moved from lane ${before === undefined ? '(none)' : String(before)} to lane ${after === undefined ? '(none)' : String(after)}`;
    case 'flow.rewired':
      return `${subject} now ${field === 'from' ? 'starts at' : 'ends at'} ${String(after)} (was ${String(before)})`;
    case 'flow.condition-changed':
      return `${subject} condition ${showValue(before)} → ${showValue(after)}`;
    case 'flow.label-changed':
      return `${subject} label ${showValue(before)} → ${showValue(after)}`;
    case 'lane.actor-changed':
      return `${subject} now bound to actor ${String(after)} (was ${String(before)})`;
    default:
      if (before === undefined) return `${subject}: ${field} set to ${showValue(after)}`;
      if (after === undefined) return `${subject}: ${field} removed (was ${showValue(before)})`;
      return `${subject}: ${field} ${showValue(before)} → ${showValue(after)}`;
  }
}

/** Differences between two elements that both exist, field by field. */
function diffElement(out: ChangeCollector, collection: ElementCollection, id: string, before: unknown, after: unknown): void {
  const path = [collection, id];
  const subject = describeElement(out.b, collection, id, after);
  if (!isPlainRecord(before) || !isPlainRecord(after)) {
    // Scalars (deviation reasons) and shape changes: one change for the whole element.
    out.add({ kind: fieldKind(collection, ''), path, elementId: id, before, after, message: `${subject}: ${showValue(before)} → ${showValue(after)}` });
    return;
  }
  for (const field of unionKeys(before, after)) {
    const was = before[field];
    const now = after[field];
    if (sameValue(was, now)) continue;
    // `ref: <its own id>` only says what matching by id says already: a trace link written or dropped
    // (a tailored map against its reference) is kept apart with the layout, like file order.
    if (field === 'ref' && (was ?? id) === (now ?? id)) {
      out.add({ kind: 'trace.changed', path: [...path, field], elementId: id, before: was, after: now, message: `${subject}: trace link to ${id} ${now === undefined ? 'dropped' : 'written'}` }, true);
      continue;
    }
    if (collection === 'handoffs' && field === 'kinds' && isPlainRecord(was) && isPlainRecord(now)) {
      diffHandoffKinds(out, id, subject, was, now);
      continue;
    }
    const kind = fieldKind(collection, field);
    out.add({ kind, path: [...path, field], elementId: id, before: was, after: now, message: fieldMessage(kind, subject, field, was, now) });
  }
}

function diffHandoffKinds(out: ChangeCollector, id: string, subject: string, before: Rec, after: Rec): void {
  for (const kindName of unionKeys(before, after)) {
    const was = before[kindName];
    const now = after[kindName];
    if (sameValue(was, now)) continue;
    const path = ['handoffs', id, 'kinds', kindName];
    if (was === undefined || now === undefined || !isPlainRecord(was) || !isPlainRecord(now)) {
      const kind = was === undefined ? 'handoff.kind-added' : now === undefined ? 'handoff.kind-removed' : 'handoff.changed';
      out.add({ kind, path, elementId: id, before: was, after: now, message: `${subject}: ${kindName} ${was === undefined ? 'added' : now === undefined ? 'removed' : 'changed'}` });
      continue;
    }
    for (const field of unionKeys(was, now)) {
      if (sameValue(was[field], now[field])) continue;
      const kind = handoffKindFieldKind(field);
      out.add({
        kind,
        path: [...path, field],
        elementId: id,
        before: was[field],
        after: now[field],
        message: `${subject} (${kindName}): ${HANDOFF_KIND_FIELD_WORDS[field] ?? field} ${showValue(was[field])} → ${showValue(now[field])}`,
      });
    }
  }
}

/** Keys of `after` in its order, then keys only `before` has. */
function unionKeys(before: Rec, after: Rec): string[] {
  const keys = Object.keys(after).filter((key) => after[key] !== undefined);
  for (const key of Object.keys(before)) if (before[key] !== undefined && !Object.hasOwn(after, key)) keys.push(key);
  return keys;
}

/** The order a record would have after removals and insertions-after-predecessor, before any reordering. */
export function orderAfterEdits(beforeKeys: readonly string[], afterKeys: readonly string[]): string[] {
  const kept = new Set(afterKeys);
  const order = beforeKeys.filter((key) => kept.has(key));
  const present = new Set(order);
  afterKeys.forEach((key, index) => {
    if (present.has(key)) return;
    const follows = index === 0 ? null : afterKeys[index - 1]!;
    order.splice(follows === null ? 0 : order.indexOf(follows) + 1, 0, key);
    present.add(key);
  });
  return order;
}

/** Elements added, removed and changed in one record of the map (a collection, or a layout record). */
function diffRecord(
  out: ChangeCollector,
  path: readonly string[],
  before: Rec | undefined,
  after: Rec | undefined,
  onAdded: (id: string, value: unknown, follows: string | null) => void,
  onRemoved: (id: string, value: unknown) => void,
  onChanged: (id: string, was: unknown, now: unknown) => void,
  onReordered: (beforeOrder: string[], afterOrder: string[]) => void,
): void {
  const was = before ?? {};
  const now = after ?? {};
  const afterKeys = Object.keys(now).filter((key) => now[key] !== undefined);
  const beforeKeys = Object.keys(was).filter((key) => was[key] !== undefined);
  for (const id of beforeKeys) if (!Object.hasOwn(now, id) || now[id] === undefined) onRemoved(id, was[id]);
  afterKeys.forEach((id, index) => {
    if (!Object.hasOwn(was, id) || was[id] === undefined) onAdded(id, now[id], index === 0 ? null : afterKeys[index - 1]!);
    else if (!sameValue(was[id], now[id])) onChanged(id, was[id], now[id]);
  });
  const simulated = orderAfterEdits(beforeKeys, afterKeys);
  if (simulated.some((key, index) => key !== afterKeys[index])) onReordered(beforeKeys.filter((key) => afterKeys.includes(key)), afterKeys);
  // An empty section that appears or disappears changes no element; record it so apply is exact.
  if ((before === undefined) !== (after === undefined) && (after === undefined || afterKeys.length === 0)) {
    out.add(
      {
        kind: 'section.changed',
        path,
        ...(before === undefined ? {} : { before: {} }),
        ...(after === undefined ? {} : { after: {} }),
        message: after === undefined ? `empty ${path.join('.')} section removed` : `empty ${path.join('.')} section added`,
      },
      true,
    );
  }
}

function diffCollection(out: ChangeCollector, collection: ElementCollection): void {
  const noun = NOUN_OF[collection];
  const isOrdered = ORDERED_COLLECTIONS.has(collection);
  diffRecord(
    out,
    [collection],
    out.a[collection] as Rec | undefined,
    out.b[collection] as Rec | undefined,
    (id, value, follows) =>
      out.add({
        kind: `${noun}.added` as ChangeKind,
        path: [collection, id],
        elementId: id,
        after: value,
        follows,
        message: `${describeElement(out.b, collection, id, value)} added${collection === 'activities' && isPlainRecord(value) && value['lane'] ? ` in lane ${String(value['lane'])}` : ''}`,
      }),
    (id, value) =>
      out.add({ kind: `${noun}.removed` as ChangeKind, path: [collection, id], elementId: id, before: value, message: `${describeElement(out.a, collection, id, value)} removed` }),
    (id, was, now) => diffElement(out, collection, id, was, now),
    (beforeOrder, afterOrder) =>
      out.add(
        {
          kind: isOrdered ? (`${noun}.reordered` as ChangeKind) : 'order.changed',
          path: [collection],
          before: beforeOrder,
          after: afterOrder,
          message: `${isOrdered ? `${collection} reordered` : `file order of ${collection} changed`}: ${afterOrder.join(', ')} (was ${beforeOrder.join(', ')})`,
        },
        !isOrdered,
      ),
  );
}

const NON_FIELD_KEYS = new Set<string>([...ELEMENT_COLLECTIONS, 'layout', 'description']);

/** The semantic difference from `a` to `b`. */
export interface DiffOptions {
  /**
   * Say once that references to map X now name map Y, when every place does (an as-is map naming
   * its as-is siblings, the to-be map the to-be ones), instead of listing each place as changed.
   */
  readonly renamedMapReferences?: boolean;
}

export function diffMaps(before: ProcessMap, b: ProcessMap, options: DiffOptions = {}): MapDiff {
  const renames = options.renamedMapReferences ? renamedMapReferences(before, b) : new Map<string, MapRename>();
  // The other changes are found against the old map with the renames made (applyDiff makes them first).
  const a = renames.size > 0 ? withMapReferencesRenamed(before, renames) : before;
  const out = new ChangeCollector(a, b);
  const left = a as unknown as Rec;
  const right = b as unknown as Rec;
  // 1. Map-level fields (title, kind, derivedFrom, summary, ...), then renamed references to other maps.
  for (const field of unionKeys(left, right)) {
    if (NON_FIELD_KEYS.has(field) || sameValue(left[field], right[field])) continue;
    out.add({ kind: 'map.changed', path: [field], before: left[field], after: right[field], message: `map ${field} ${showValue(left[field])} → ${showValue(right[field])}` });
  }
  for (const [from, { to, places }] of renames) {
    out.add({ kind: 'map.references-renamed', path: ['mapReferences', from], before: from, after: to, message: `references to map "${from}" now name map "${to}" (${places} ${places === 1 ? 'place' : 'places'})` });
  }
  // 2. The workflow description, field by field.
  if (!sameValue(a.description, b.description)) {
    if (isPlainRecord(a.description) && isPlainRecord(b.description)) {
      const was = a.description as Rec;
      const now = b.description as Rec;
      for (const field of unionKeys(was, now)) {
        if (sameValue(was[field], now[field])) continue;
        out.add({ kind: 'description.changed', path: ['description', field], before: was[field], after: now[field], message: `workflow description: ${field} ${showValue(was[field])} → ${showValue(now[field])}` });
      }
    } else {
      out.add({ kind: 'description.changed', path: ['description'], before: a.description, after: b.description, message: `workflow description ${a.description ? 'removed' : 'added'}` });
    }
  }
  // 3. Element collections, in the order a reader meets them.
  for (const collection of ELEMENT_COLLECTIONS) diffCollection(out, collection);
  // 4. Geometry.
  diffLayout(out);
  return { changes: out.changes, layout: out.layout };
}

function diffLayout(out: ChangeCollector): void {
  const was = out.a.layout as Rec | undefined;
  const now = out.b.layout as Rec | undefined;
  if (sameValue(was, now)) return;
  for (const part of unionKeys(was ?? {}, now ?? {})) {
    const before = was?.[part];
    const after = now?.[part];
    if (!isPlainRecord(before ?? {}) || !isPlainRecord(after ?? {})) continue;
    diffRecord(
      out,
      ['layout', part],
      before as Rec | undefined,
      after as Rec | undefined,
      (id, value, follows) => out.add({ kind: 'layout.changed', path: ['layout', part, id], elementId: id, after: value, follows, message: `${part} ${id} set to ${showValue(value)}` }, true),
      (id, value) => out.add({ kind: 'layout.changed', path: ['layout', part, id], elementId: id, before: value, message: `${part} ${id} removed (was ${showValue(value)})` }, true),
      (id, a, b) => out.add({ kind: 'layout.changed', path: ['layout', part, id], elementId: id, before: a, after: b, message: `${part} ${id} ${showValue(a)} → ${showValue(b)}` }, true),
      (beforeOrder, afterOrder) => out.add({ kind: 'order.changed', path: ['layout', part], before: beforeOrder, after: afterOrder, message: `file order of layout.${part} changed` }, true),
    );
  }
  if ((was === undefined) !== (now === undefined) && (now === undefined || Object.keys(now).length === 0)) {
    out.add({ kind: 'section.changed', path: ['layout'], ...(was === undefined ? {} : { before: {} }), ...(now === undefined ? {} : { after: {} }), message: `empty layout section ${now === undefined ? 'removed' : 'added'}` }, true);
  }
}

/** True when the diff holds no change at all (semantic or layout). */
export function isEmptyDiff(diff: MapDiff): boolean {
  return diff.changes.length === 0 && diff.layout.length === 0;
}

function isReorder(change: MapChange): boolean {
  return change.kind === 'order.changed' || change.kind === 'lane.reordered' || change.kind === 'phase.reordered';
}

/** Sets (or, with `undefined`, deletes) the value at `path`, creating parent records as needed. */
export function setAtPath(root: Rec, path: ChangePath, value: unknown, follows?: string | null): void {
  let parent: Rec = root;
  for (const segment of path.slice(0, -1)) {
    const key = String(segment);
    if (!isPlainRecord(parent[key])) parent[key] = {};
    parent = parent[key] as Rec;
  }
  const key = String(path[path.length - 1]);
  if (value === undefined) {
    delete parent[key];
    return;
  }
  parent[key] = clonePlain(value);
  if (follows !== undefined) {
    const order = Object.keys(parent).filter((candidate) => candidate !== key);
    order.splice(follows === null ? 0 : order.indexOf(follows) + 1, 0, key);
    reorderRecord(parent, order);
  }
}

/** Reorders the keys of `record` in place: `order` first, any others after in their old order. */
export function reorderRecord(record: Rec, order: readonly string[]): void {
  const entries = [...order.filter((key) => Object.hasOwn(record, key)), ...Object.keys(record).filter((key) => !order.includes(key))].map((key) => [key, record[key]] as const);
  for (const key of Object.keys(record)) delete record[key];
  for (const [key, value] of entries) record[key] = value;
}

export function valueAtPath(root: unknown, path: ChangePath): unknown {
  let current = root;
  for (const segment of path) {
    if (!isPlainRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Rec)[String(segment)];
  }
  return current;
}

/** `map` with the changes of `diff` applied; applying `diffMaps(a, b)` to `a` gives `b`. */
export function applyDiff(map: ProcessMap, diff: MapDiff): ProcessMap {
  const all = [...diff.changes, ...diff.layout];
  // 0. Renamed map references first: the other changes were found with them made.
  const renames = new Map(all.filter((change) => change.kind === 'map.references-renamed').map((change) => [change.before as string, { to: change.after as string }]));
  const result = clonePlain(renames.size > 0 ? withMapReferencesRenamed(map, renames) : map) as unknown as Rec;
  // 1. Values, in order (elements before the fields of elements added in the same diff cannot occur).
  for (const change of all) {
    if (!isReorder(change) && change.kind !== 'section.changed' && change.kind !== 'map.references-renamed') setAtPath(result, change.path, change.after, change.follows);
  }
  // 2. Sections that appear or disappear empty.
  for (const change of all) {
    if (change.kind !== 'section.changed') continue;
    if (change.after === undefined) setAtPath(result, change.path, undefined);
    else if (valueAtPath(result, change.path) === undefined) setAtPath(result, change.path, {});
  }
  // 3. Reorders last, when every key is in place.
  for (const change of all) {
    if (!isReorder(change)) continue;
    const record = valueAtPath(result, change.path);
    if (isPlainRecord(record)) reorderRecord(record, change.after as string[]);
  }
  return result as unknown as ProcessMap;
}

/** Semantic equality of maps: values equal, and lanes and phases in the same order. */
export function equalMaps(a: ProcessMap, b: ProcessMap): boolean {
  if (!sameValue(a, b)) return false;
  return [...ORDERED_COLLECTIONS].every((collection) => {
    const left = Object.keys((a as unknown as Rec)[collection] ?? {});
    const right = Object.keys((b as unknown as Rec)[collection] ?? {});
    return left.join('\u0000') === right.join('\u0000');
  });
}
