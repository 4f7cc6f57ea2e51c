/**
 * What the host starts or announces on its own: the startup document (a file from the command line,
 * or unsaved work restored after a crash), native menu commands, and the choice the user makes when
 * the open file changed on disk under unsaved work.
 */
import { createHistory } from '../../shared/edits/history';
import { parseMap } from '../../shared/yaml/parseMap';
import type { Host, MenuCommand, StartupDocument } from '../host/host';
import { documentChanged, openDocument, openExportChoice, redo, save, saveAs, showLibrary, undo } from './editorActions';
import { editorStore, withIssues } from './editorStore';

/** Runs the host's startup document and subscribes to its menu; returns the unsubscribe function. */
export function connectHostEvents(host: Host): () => void {
  const unsubscribe = host.onMenuCommand?.(runMenuCommand) ?? (() => undefined);
  void host.getStartupDocument?.().then((startup) => (startup ? openStartupDocument(startup) : undefined));
  return unsubscribe;
}

/** True when keyboard focus is in a text field, whose own undo must not be taken over. */
function isTextFieldFocused(): boolean {
  const element = document.activeElement as HTMLElement | null;
  return !!element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.isContentEditable);
}

export function runMenuCommand(command: MenuCommand): void {
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
export async function openStartupDocument(startup: StartupDocument): Promise<void> {
  const { file, restored } = startup;
  if (!restored) {
    if (file) await openDocument(file);
    return;
  }
  const map = parseMap(restored.text, restored.name).value;
  if (!map) {
    if (file) await openDocument(file);
    editorStore.setState({ status: `Unsaved work from ${restored.savedAt} could not be restored: it is not a valid map` });
    return;
  }
  const info = { savedAt: restored.savedAt, diskText: file?.text ?? '' };
  if (file && (await openDocument(file))) {
    const doc = editorStore.getState().doc;
    if (!doc || doc.isReadOnly) {
      editorStore.setState({ status: `Unsaved work from ${restored.savedAt} was not restored: ${file.name} is read-only` });
      return;
    }
    editorStore.setState({ doc: { ...doc, history: createHistory(map), restored: info }, status: `Restored unsaved work from ${restored.savedAt}` });
    documentChanged();
    return;
  }
  editorStore.setState((state) => ({
    documentSerial: state.documentSerial + 1,
    // savedMap is a copy: nothing of the restored work is on disk, so it is dirty from the start.
    doc: { name: restored.name, handle: null, savedText: '', savedMap: { ...map }, history: createHistory(map), isReadOnly: false, loadIssues: [], restored: info },
    selection: [],
    geometry: null,
    geometryMap: null,
    ...withIssues([]),
    view: 'editor',
    status: `Restored unsaved work from ${restored.savedAt}`,
  }));
  documentChanged();
}

/** Drops the unsaved work and opens the file as it now is on disk. */
export async function reloadFromDisk(): Promise<void> {
  const doc = editorStore.getState().doc;
  const change = doc?.externalChange;
  if (!doc || !change) return;
  const isOpen = await openDocument({ handle: change.handle, name: doc.name, text: change.text, ...(change.fingerprint ? { fingerprint: change.fingerprint } : {}) });
  if (isOpen) editorStore.setState({ status: `Reloaded ${doc.name} from disk` });
}

/** Keeps the unsaved work; the next save replaces the changed file without asking again. */
export function keepMine(): void {
  const doc = editorStore.getState().doc;
  const change = doc?.externalChange;
  if (!doc || !change) return;
  const { externalChange: _change, fingerprint: _fingerprint, ...rest } = doc;
  editorStore.setState({
    doc: { ...rest, ...(change.fingerprint ? { fingerprint: change.fingerprint } : {}) },
    status: `Kept your version; saving will replace ${doc.name} on disk`,
  });
}

export function dismissRestored(): void {
  const doc = editorStore.getState().doc;
  if (!doc?.restored) return;
  const { restored: _restored, ...rest } = doc;
  editorStore.setState({ doc: rest });
}
