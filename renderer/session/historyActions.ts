/** Applying edits as undo steps, and undo and redo. */
import type { Edit } from '../../shared/edits/edit';
import { amendLastEdit, canRedo, canUndo, pushEdit, redo as redoHistory, undo as undoHistory } from '../../shared/edits/history';
import { EditError } from '../../shared/edits/records';
import type { SelectionActions } from './selectionActions';
import type { SessionCore } from './sessionCore';

export function createHistoryActions(core: SessionCore, selection: Pick<SelectionActions, 'pruneSelection'>) {
  const { store } = core;

  /**
   * Applies an edit as one undo step. With `typing`, successive edits carrying the same key (one
   * field being typed in) fold into a single step.
   */
  function edit(change: Edit, options: { typing?: string; label?: string } = {}): boolean {
    const doc = store.getState().doc;
    if (!doc) return false;
    if (doc.isReadOnly) {
      core.setStatus(doc.readOnlyReason ?? 'This map is read-only.');
      return false;
    }
    if (doc.brokenText !== undefined) {
      core.setStatus('Not done: the source does not read as a map; fix it in the source view first.');
      return false;
    }
    try {
      const amend = options.typing !== undefined && options.typing === core.typingKey;
      const history = amend ? amendLastEdit(doc.history, change, options.label) : pushEdit(doc.history, change, options.label);
      core.typingKey = options.typing ?? null;
      if (history === doc.history) return true;
      store.setState({ doc: { ...doc, history }, status: history.past.at(-1)?.label ?? '' });
    } catch (error) {
      if (error instanceof EditError) {
        core.setStatus(`Not done: ${error.message}`);
        return false;
      }
      throw error;
    }
    core.documentChanged(options.typing !== undefined);
    return true;
  }

  /** Ends the current typing step, so the next keystroke starts a new undo step. */
  function endTyping(): void {
    core.typingKey = null;
  }

  function step(direction: 'undo' | 'redo'): void {
    const doc = store.getState().doc;
    if (!doc || !(direction === 'undo' ? canUndo : canRedo)(doc.history)) return;
    core.typingKey = null;
    const label = (direction === 'undo' ? doc.history.past : doc.history.future).at(-1)?.label ?? '';
    const history = direction === 'undo' ? undoHistory(doc.history) : redoHistory(doc.history);
    store.setState({ doc: { ...doc, history }, status: `${direction === 'undo' ? 'Undid' : 'Redid'} ${label}` });
    selection.pruneSelection();
    core.documentChanged();
  }

  return { edit, endTyping, undo: () => step('undo'), redo: () => step('redo') };
}

export type HistoryActions = ReturnType<typeof createHistoryActions>;
