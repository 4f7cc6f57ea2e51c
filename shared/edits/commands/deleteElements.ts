/** Deleting several elements as one step, each with its cascade (an activity takes its flows along). */
import { countOf } from '../../text/plural';
import type { ProcessMap } from '../../model/schema';
import { DELETE_ORDER } from '../../model/elementKinds';
import type { Edit } from '../edit';

/** The kinds of element a selection can hold and delete. */
export type DeletableKind = 'flow' | 'handoff' | 'group' | 'trigger' | 'activity' | 'initiation' | 'termination' | 'lane' | 'phase' | 'actor';

export interface ElementToDelete {
  readonly kind: DeletableKind | 'map';
  readonly id: string;
}

function deleteEditOf(kind: DeletableKind, id: string): Edit {
  switch (kind) {
    case 'trigger':
      return { type: 'trigger.delete', key: id };
    default:
      return { type: `${kind}.delete`, id } as Edit;
  }
}

/** One edit deleting `elements` (the map itself is never deleted); null when there is nothing to delete. */
export function deleteElements(map: ProcessMap, elements: readonly ElementToDelete[]): Edit | null {
  const idsOf = (kind: DeletableKind) => elements.filter((element) => element.kind === kind).map((element) => element.id);
  const deadActivities = new Set(idsOf('activity'));
  // A flow of a deleted activity goes with it and must not be deleted twice.
  const goesWithActivity = (flowId: string): boolean => {
    const flow = map.flows?.[flowId];
    return deadActivities.has(flow?.from ?? '') || deadActivities.has(flow?.to ?? '');
  };
  // Flows first, actors last (the catalogue's delete order): what goes later may take earlier things along.
  const edits = (DELETE_ORDER as readonly DeletableKind[]).flatMap((kind) => idsOf(kind).filter((id) => kind !== 'flow' || !goesWithActivity(id)).map((id) => deleteEditOf(kind, id)));
  if (edits.length === 0) return null;
  return edits.length === 1 ? edits[0]! : { type: 'batch', label: `Delete ${countOf(edits.length, 'element')}`, edits };
}
