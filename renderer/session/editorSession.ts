/**
 * One editor session: the store of a window and every action the UI can take on it, grouped by
 * concern (document, save, history, selection, editing, library and tailoring, rule config, view,
 * export). The composition root makes one from the host and hands it to the UI; components read
 * the store and call actions, they never write the store.
 */
import { createAnalysisClient, type Analysis } from '../analysis/analysisClient';
import type { Host } from '../host/host';
import { createDocumentActions } from './documentActions';
import { createEditingActions } from './editingActions';
import { createStore, initialEditorState, type EditorState, type Store } from './editorStore';
import { createExportActions } from './exportActions';
import { createHistoryActions } from './historyActions';
import { createLibraryActions } from './libraryActions';
import { createRuleConfigActions, ruleConfigLabel } from './ruleConfigActions';
import { createSaveActions } from './saveActions';
import { createSelectionActions } from './selectionActions';
import { createSessionCore } from './sessionCore';
import { createViewActions } from './viewActions';
import { createSourceActions } from '../source/sourceActions';

export interface SessionOptions {
  /** Layout and validation; by default in two Web Workers. */
  readonly analysis?: (store: Store<EditorState>) => Analysis;
  readonly initialState?: EditorState;
}

export function createEditorSession(host: Host, options: SessionOptions = {}) {
  const store = createStore<EditorState>(options.initialState ?? initialEditorState());
  const analysis = (options.analysis ?? createAnalysisClient)(store);
  const core = createSessionCore(store, host, analysis);
  const ruleConfig = createRuleConfigActions(core);
  const selection = createSelectionActions(core);
  const history = createHistoryActions(core, selection);
  const documents = createDocumentActions(core, ruleConfig);
  const library = createLibraryActions(core, documents);
  const saving = createSaveActions(core, { documents, ruleConfig, library });
  const editing = createEditingActions(core, history, selection);
  const view = createViewActions(core, { library, selection });
  const exporting = createExportActions(core, { openExportChoice: view.openExportChoice });
  const source = createSourceActions(core, history);
  // Saving takes typing not yet settled, so the file gets exactly what the source view shows.
  const save = (): Promise<void> => (source.settleNow(), saving.save());
  const saveAs = (): Promise<void> => (source.settleNow(), saving.saveAs());
  documents.offerSaveWith(save);

  host.onExternalChange(documents.onExternalChange);
  host.onRuleConfigChange?.(ruleConfig.onRuleConfigChange);
  if (host.capabilities.hasBackups) analysis.onMapText(documents.writeBackupSoon);

  return {
    store,
    host,
    documentChanged: core.documentChanged,
    ruleConfigLabel,
    requestComparePictures: analysis.requestComparePictures,
    ...selection,
    ...history,
    ...documents,
    ...library,
    ...saving,
    ...editing,
    ...view,
    ...exporting,
    ...source,
    save,
    saveAs,
  };
}

export type EditorSession = ReturnType<typeof createEditorSession>;
