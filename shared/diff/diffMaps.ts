/**
 * Semantic diff of two maps, in the words of a process: an activity moved to another actor, a
 * flow rewired, a handoff's mechanism changed. Elements are matched by id. Every difference
 * between the two maps becomes exactly one change, so `applyDiff(a, diffMaps(a, b))` rebuilds `b`;
 * geometry and file order are kept apart (`layout`) so a reviewer can skip them. The change kinds
 * are in `changeKinds.ts`, their wording in `changeWording.ts`, applying in `applyDiff.ts`.
 */
import { ELEMENT_COLLECTIONS, NOUN_OF } from '../model/elementKinds';
import type { ElementCollection } from '../model/elementKinds';
import type { ProcessMap } from '../model/schema';
import { ORDERED_COLLECTIONS } from './applyDiff';
import { fieldKind, handoffKindFieldKind } from './changeKinds';
import type { ChangeKind, MapChange, MapDiff } from './changeKinds';
import { HANDOFF_KIND_FIELD_WORDS, describeElement, fieldMessage, showValue } from './changeWording';
import { renamedMapReferences, withMapReferencesRenamed, type MapRename } from './mapReferences';
import { isPlainRecord, sameValue } from './sameValue';

type Rec = Record<string, unknown>;

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
