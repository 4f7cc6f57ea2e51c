/** What is selected, revealed on the canvas, or focused in the inspector. */
import type { ProcessMap } from '../../shared/model/schema';
import { presentMap, type ElementKind, type ElementRef } from './editorStore';
import type { SessionCore } from './sessionCore';

/** Which kind of element an id names in `map` (nodes first), or null. */
export function kindOf(map: ProcessMap, id: string): ElementKind | null {
  const sections: [ElementKind, object | undefined][] = [
    ['activity', map.activities],
    ['initiation', map.initiations],
    ['termination', map.terminations],
    ['flow', map.flows],
    ['lane', map.lanes],
    ['phase', map.phases],
    ['group', map.groups],
    ['trigger', map.triggers],
    ['handoff', map.handoffs],
    ['actor', map.actors],
  ];
  for (const [kind, record] of sections) if (record && Object.prototype.hasOwnProperty.call(record, id)) return kind;
  return null;
}

export function createSelectionActions(core: SessionCore) {
  const { store } = core;
  // Counts reveal and focus requests, so asking twice for the same element still acts.
  let revealSeq = 0;

  function select(refs: readonly ElementRef[]): void {
    core.typingKey = null;
    store.setState({ selection: refs });
  }

  function toggleSelected(ref: ElementRef): void {
    const { selection } = store.getState();
    const has = selection.some((item) => item.kind === ref.kind && item.id === ref.id);
    select(has ? selection.filter((item) => !(item.kind === ref.kind && item.id === ref.id)) : [...selection, ref]);
  }

  /** The ids of the selected elements of one kind. */
  function selectedOf(kind: ElementKind): string[] {
    return store
      .getState()
      .selection.filter((ref) => ref.kind === kind)
      .map((ref) => ref.id);
  }

  /** Selects an element and scrolls the canvas to it. */
  function revealElement(id: string): void {
    const map = presentMap(store.getState());
    if (!map) return;
    const kind = kindOf(map, id);
    select(kind ? [{ kind, id }] : [{ kind: 'map', id: map.id }]);
    revealSeq += 1;
    store.setState({ reveal: { id, seq: revealSeq } });
  }

  /** Moves keyboard focus to the inspector's first field of the element. */
  function focusInspector(id: string): void {
    revealSeq += 1;
    store.setState({ focusField: { id, seq: revealSeq } });
  }

  /** Drops selected elements the present map no longer has (after undo or redo). */
  function pruneSelection(): void {
    const state = store.getState();
    const map = presentMap(state);
    if (!map) return;
    const kept = state.selection.filter((ref) => ref.kind === 'map' || kindOf(map, ref.id) === ref.kind);
    if (kept.length !== state.selection.length) store.setState({ selection: kept });
  }

  function selectAll(): void {
    const map = presentMap(store.getState());
    if (map) select(Object.keys(map.activities).map((id) => ({ kind: 'activity' as const, id })));
  }

  return { select, toggleSelected, selectedOf, revealElement, focusInspector, pruneSelection, selectAll, kindOf };
}

export type SelectionActions = ReturnType<typeof createSelectionActions>;
