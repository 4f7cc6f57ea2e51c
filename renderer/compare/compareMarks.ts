/** The marks of a comparison: how each activity (on the canvas) or drawn element (in the compare panes) differs. */
import type { MapChange, MapDiff } from '../../shared/diff/changeKinds';
import { elementKey, type ElementKey, type OverlaidCollection } from '../../shared/diff/overlayMaps';
import type { ProcessMap } from '../../shared/model/schema';
import type { CompareMark } from '../session/editorStore';

const MARK_RANK: Readonly<Record<CompareMark, number>> = { changed: 1, moved: 2, added: 3, removed: 3 };

/**
 * How each element the canvas draws (activity, line start or end, flow) differs in the other map,
 * by `ElementKey`: `removed` (the other map lacks it), `moved` (another actor performs the
 * activity there), `changed` (anything else; a changed handoff marks the flows it carries);
 * `added` names elements only the other map has, which the canvas cannot show but the list does.
 */
export function compareMarks(diff: MapDiff, before: ProcessMap, after: ProcessMap): Map<ElementKey, CompareMark> {
  const marks = new Map<ElementKey, CompareMark>();
  for (const [key, { mark }] of elementMarks(diff, before, after)) {
    if (key.startsWith('activities:') || key.startsWith('initiations:') || key.startsWith('terminations:') || key.startsWith('flows:')) marks.set(key, mark);
  }
  return marks;
}

/** How one drawn element differs, with the messages of the changes that concern it. */
export interface ElementMark {
  readonly mark: CompareMark;
  readonly reasons: readonly string[];
}

const COLLECTION_OF_NOUN: Readonly<Record<string, OverlaidCollection>> = {
  actor: 'actors',
  lane: 'lanes',
  phase: 'phases',
  activity: 'activities',
  group: 'groups',
  initiation: 'initiations',
  termination: 'terminations',
  flow: 'flows',
};

function markOfKind(kind: string): CompareMark {
  if (kind.endsWith('.added')) return 'added';
  if (kind.endsWith('.removed')) return 'removed';
  if (kind === 'activity.moved') return 'moved';
  return 'changed';
}

/**
 * The drawn elements a change concerns: the element itself for drawn collections, and for a
 * handoff the flows it carries on either side (a handoff is drawn as its flows).
 */
export function drawnElementsOf(change: MapChange, before: ProcessMap, after: ProcessMap): ElementKey[] {
  const [collection, id] = change.path;
  if (typeof id !== 'string') return [];
  if (collection === 'handoffs') {
    const flows = new Set([...(before.handoffs?.[id]?.flows ?? []), ...(after.handoffs?.[id]?.flows ?? [])]);
    return [...flows].map((flow) => elementKey('flows', flow));
  }
  const noun = change.kind.split('.')[0]!;
  const drawn = COLLECTION_OF_NOUN[noun];
  return drawn && collection === drawn ? [elementKey(drawn, id)] : [];
}

/**
 * Every drawn element (activity, line start or end, flow, lane, group, phase) that differs between
 * `before` and `after`, keyed by `ElementKey`: `added`/`removed` for one-sided elements, `moved` for
 * activities another actor performs, `changed` for the rest (a handoff's change marks its flows).
 */
export function elementMarks(diff: MapDiff, before: ProcessMap, after: ProcessMap): Map<ElementKey, ElementMark> {
  const marks = new Map<ElementKey, { mark: CompareMark; reasons: string[] }>();
  for (const change of diff.changes) {
    const isHandoff = change.path[0] === 'handoffs';
    const mark = isHandoff ? 'changed' : markOfKind(change.kind);
    for (const key of drawnElementsOf(change, before, after)) {
      const current = marks.get(key);
      if (!current) marks.set(key, { mark, reasons: [change.message] });
      else {
        current.reasons.push(change.message);
        if (MARK_RANK[mark] > MARK_RANK[current.mark]) current.mark = mark;
      }
    }
  }
  return marks;
}
