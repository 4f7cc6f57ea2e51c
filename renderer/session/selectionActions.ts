/** What is selected, revealed on the canvas, or focused in the inspector. */
import { ELEMENT_KINDS } from '../../shared/model/elementKinds';
import type { ProcessMap } from '../../shared/model/schema';
import { presentMap, type ElementKind, type ElementRef } from './editorStore';
import type { SessionCore } from './sessionCore';

/** Where an id is looked up: the catalogue's selectable kinds, nodes first (a lane and its actor share an id: the lane wins). */
const LOOKUP_ORDER = ELEMENT_KINDS.filter((kind) => kind.noun !== 'deviation')
  .map((kind) => ({ collection: kind.collection, noun: kind.noun as Exclude<ElementKind, 'map'>, rank: kind.idSpace === 'node' ? 0 : kind.noun === 'actor' ? 2 : 1 }))
  .sort((a, b) => a.rank - b.rank);

/** Which kind of element an id names in `map` (nodes first), or null. */
export function kindOf(map: ProcessMap, id: string): ElementKind | null {
  for (const { collection, noun } of LOOKUP_ORDER) {
    const record = map[collection] as object | undefined;
    if (record && Object.prototype.hasOwnProperty.call(record, id)) return noun;
  }
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

  /** Moves keyboard focus to the inspector's first field of the element (with `selectText`, its text selected). */
  function focusInspector(id: string, options: { selectText?: boolean } = {}): void {
    revealSeq += 1;
    store.setState({ focusField: { id, seq: revealSeq, ...(options.selectText ? { selectText: true } : {}) } });
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
