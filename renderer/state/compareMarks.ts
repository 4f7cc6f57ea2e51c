/** The canvas marks of a comparison: how each activity of the open map differs in the other map. */
import type { MapDiff } from '../../shared/diff/diffMaps';
import type { CompareMark } from './editorStore';

const MARK_RANK: Readonly<Record<CompareMark, number>> = { changed: 1, moved: 2, added: 3, removed: 3 };

/**
 * How each activity of the open map differs in the other map: `removed` (the other map lacks it),
 * `moved` (another actor performs it there), `changed` (anything else); `added` names activities
 * only the other map has, which the canvas cannot show but the list does.
 */
export function compareMarks(diff: MapDiff): Map<string, CompareMark> {
  const marks = new Map<string, CompareMark>();
  for (const change of diff.changes) {
    if (change.path[0] !== 'activities' || change.path[1] === undefined) continue;
    const id = String(change.path[1]);
    const mark: CompareMark =
      change.kind === 'activity.removed' ? 'removed' : change.kind === 'activity.added' ? 'added' : change.kind === 'activity.moved' ? 'moved' : 'changed';
    const current = marks.get(id);
    if (!current || MARK_RANK[mark] > MARK_RANK[current]) marks.set(id, mark);
  }
  return marks;
}
