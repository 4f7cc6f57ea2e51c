/**
 * What every action group of an editor session shares: its store, its host, its analysis (layout
 * and validation) and the undo-step bookkeeping of typing. One per window, made by the composition
 * root; nothing here is a module-level singleton.
 */
import type { Analysis } from '../analysis/analysisClient';
import type { Host } from '../host/host';
import { isDirty, textBaseOf, type EditorState, type Store } from './editorStore';

export interface SessionCore {
  readonly store: Store<EditorState>;
  readonly host: Host;
  readonly analysis: Analysis;
  /** Key of the field being typed in: successive edits with the same key are one undo step. */
  typingKey: string | null;
  setStatus(status: string): void;
  /** Re-runs layout and validation, and tells the host the title and dirty state. */
  documentChanged(isTyping?: boolean): void;
}

export function createSessionCore(store: Store<EditorState>, host: Host, analysis: Analysis): SessionCore {
  return {
    store,
    host,
    analysis,
    typingKey: null,
    setStatus(status) {
      store.setState({ status });
    },
    documentChanged(isTyping = false) {
      const state = store.getState();
      const doc = state.doc;
      if (!doc) return;
      // A text that is not a map is validated as it is; else the map as spliced into the text it came from.
      analysis.analyse(doc.history.present, textBaseOf(doc).text, doc.name, { isTyping, ...(doc.brokenText !== undefined ? { text: doc.brokenText } : {}) });
      host.setDocumentState({ title: doc.name, isDirty: isDirty(state) });
    },
  };
}
