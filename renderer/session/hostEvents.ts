/**
 * What the host starts or announces on its own: the startup document (a file from the command line,
 * or unsaved work restored after a crash) and native menu commands.
 */
import { createHistory } from '../../shared/edits/history';
import { parseMap } from '../../shared/yaml/parseMap';
import type { MenuCommand, StartupDocument } from '../host/host';
import type { EditorSession } from './editorSession';

/** Runs the host's startup document and subscribes to its menu; returns the unsubscribe function. */
export function connectHostEvents(session: EditorSession): () => void {
  const { host } = session;
  const unsubscribe = host.onMenuCommand?.((command) => runMenuCommand(session, command)) ?? (() => undefined);
  void host.getStartupDocument?.().then((startup) => (startup ? openStartupDocument(session, startup) : undefined));
  return unsubscribe;
}

/** True when keyboard focus is in a text field, whose own undo must not be taken over. */
function isTextFieldFocused(): boolean {
  const element = document.activeElement as HTMLElement | null;
  return !!element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.isContentEditable);
}

export function runMenuCommand(session: EditorSession, command: MenuCommand): void {
  const { save, saveAs, openExportChoice, showLibrary, undo, redo } = session;
  switch (command) {
    case 'save':
      void save();
      return;
    case 'saveAs':
      void saveAs();
      return;
    case 'export':
      openExportChoice();
      return;
    case 'newFromLibrary':
      showLibrary();
      return;
    case 'undo':
    case 'redo':
      // The menu's accelerator takes the key from the page, so a focused field gets its undo from here.
      if (isTextFieldFocused()) document.execCommand(command);
      else if (command === 'undo') undo();
      else redo();
      return;
    default:
      command satisfies never;
  }
}

/** Opens what the window was started with; restored work becomes the (dirty) document over the file on disk. */
export async function openStartupDocument(session: EditorSession, startup: StartupDocument): Promise<void> {
  const { store, openDocument, documentChanged } = session;
  const { file, restored } = startup;
  if (!restored) {
    if (file) await openDocument(file);
    return;
  }
  const map = parseMap(restored.text, restored.name).value;
  if (!map) {
    if (file) await openDocument(file);
    store.setState({ status: `Unsaved work from ${restored.savedAt} could not be restored: it is not a valid map` });
    return;
  }
  const info = { savedAt: restored.savedAt, diskText: file?.text ?? '' };
  if (file && (await openDocument(file))) {
    const doc = store.getState().doc;
    if (!doc || doc.isReadOnly) {
      store.setState({ status: `Unsaved work from ${restored.savedAt} was not restored: ${file.name} is read-only` });
      return;
    }
    store.setState({ doc: { ...doc, history: createHistory(map), restored: info }, status: `Restored unsaved work from ${restored.savedAt}` });
    documentChanged();
    return;
  }
  session.startDocument(map, restored.name, `Restored unsaved work from ${restored.savedAt}`, info);
}

