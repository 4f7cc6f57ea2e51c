/** The document of the session: opening a file's text, starting a new map, and what happens on disk meanwhile. */
import { createHistory } from '../../shared/edits/history';
import { CURRENT_FORMAT, type ProcessMap } from '../../shared/model/schema';
import { salvageMap } from '../../shared/model/salvageMap';
import { parseMap } from '../../shared/yaml/parseMap';
import { findConflictMarkers } from '../../shared/yaml/parseYamlSource';
import { prepareToSave } from '../../shared/yaml/updateMapText';
import type { ExternalChange, OpenedFile } from '../host/host';
import { bpmnDocument, isBpmnFile } from './bpmnDocument';
import { keepOurSide } from './conflictText';
import { isDirty, withIssues, type EditorState } from './editorStore';
import { mapText } from './mapText';
import type { RuleConfigActions } from './ruleConfigActions';
import type { SessionCore } from './sessionCore';

/** The banner text for a map with merge-conflict markers at `lines`. */
export function conflictReason(lines: readonly number[]): string {
  const shown = lines.length > 8 ? `${lines.slice(0, 8).join(', ')}, …` : lines.join(', ');
  return `This file has unresolved git merge conflicts (lines ${shown}); it is read-only until they are resolved.`;
}

/** Above this size reading ahead would hold the main thread long enough to be felt (about 50 ms). */
const PREPARE_SAVE_LIMIT = 1_500_000;
const BACKUP_DELAY_MS = 3000;

/** The map New starts from. */
const NEW_MAP: ProcessMap = {
  format: CURRENT_FORMAT,
  id: 'new-map',
  title: 'New map',
  kind: 'to-be',
  actors: { 'actor-1': { name: 'First actor', kind: 'role' } },
  lanes: { 'lane-1': { actor: 'actor-1' } },
  activities: { A1: { name: 'First activity', lane: 'lane-1' } },
};

/** What the canvas can draw of a text that is not a map: the salvaged part, or an empty map. */
export function drawableOf(text: string, name: string): ProcessMap {
  const fallbackId = name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_.-]+/g, '-') || 'untitled';
  const salvaged = salvageMap(parseMap(text, name).data, fallbackId)?.map;
  return salvaged ?? { format: CURRENT_FORMAT, id: 'untitled', title: name, kind: 'reference', activities: {} };
}

/** The store update that shows a freshly opened or started document in the editor. */
function freshDocument(state: EditorState, doc: NonNullable<EditorState['doc']>): Partial<EditorState> {
  return { documentSerial: state.documentSerial + 1, doc, selection: [], geometry: null, geometryMap: null, view: 'editor' };
}

export function createDocumentActions(core: SessionCore, ruleConfig: Pick<RuleConfigActions, 'loadRuleConfig'>) {
  const { store, host, analysis } = core;
  let answerPending: ((isConfirmed: boolean) => void) | null = null;
  let backupTimer: ReturnType<typeof setTimeout> | undefined;

  /** Opens a file's text as the document; false (with the problems shown) when it is not a valid map. */
  async function openDocument(file: OpenedFile): Promise<boolean> {
    performance.mark('swimlane:open');
    void ruleConfig.loadRuleConfig(file.handle);
    // A map with merge-conflict markers is shown as "our" side of each conflict, read-only.
    const conflictLines = findConflictMarkers(file.text);
    const isConflicted = conflictLines.length > 0;
    const conflictIssues = isConflicted ? parseMap(file.text, file.name).issues : [];
    const shownText = isConflicted ? keepOurSide(file.text) : file.text;
    const parsed = await analysis.openInWorker(shownText, file.name);
    performance.mark('swimlane:parsed');
    if (parsed.isSuperseded) return false;
    const issues = [...conflictIssues, ...parsed.issues];
    // A text that is not a map still opens: the canvas shows what can be salvaged, the source view the text.
    const brokenText = parsed.map ? undefined : shownText;
    const map = parsed.map ?? drawableOf(shownText, file.name);
    if (brokenText !== undefined) analysis.cancelLayoutText();
    const readOnlyReason = isConflicted ? conflictReason(conflictLines) : file.readOnlyReason;
    core.typingKey = null;
    store.setState((state) => ({
      ...freshDocument(state, {
        name: file.name,
        handle: file.handle,
        ...(file.fingerprint ? { fingerprint: file.fingerprint } : {}),
        savedText: shownText,
        savedMap: map,
        history: createHistory(map),
        isReadOnly: isConflicted || (file.isReadOnly ?? false),
        ...(readOnlyReason ? { readOnlyReason } : {}),
        loadIssues: issues,
        ...(isConflicted ? { conflictLines } : {}),
        ...(brokenText !== undefined ? { brokenText, salvage: map } : {}),
      }),
      ...withIssues(issues),
      ...(isConflicted || brokenText !== undefined ? { isProblemsOpen: true } : {}),
      // The text is where a broken map is fixed; with nothing to draw (a YAML syntax error) it is all there is.
      ...(brokenText !== undefined ? { sourceMode: Object.keys(map.activities).length === 0 ? 'source' : 'split' } : {}),
      status: isConflicted
        ? `Opened ${file.name} read-only: it has unresolved merge conflicts`
        : brokenText !== undefined
          ? `Opened ${file.name} with ${issues.length} problem${issues.length === 1 ? '' : 's'}: fix them in the source view`
          : `Opened ${file.name}`,
    }));
    core.documentChanged();
    if (!isConflicted && brokenText === undefined) prepareFirstSave(shownText);
    return true;
  }

  /**
   * Reads the opened text for saving while the user looks at the map, so that the first save only
   * compares and splices (later saves start from the text they wrote anyway).
   */
  function prepareFirstSave(text: string): void {
    if (text.length > PREPARE_SAVE_LIMIT) return;
    const prepare = (): void => {
      if (store.getState().doc?.savedText === text) prepareToSave(text);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 5000 });
    else setTimeout(prepare, 500);
  }

  /** Starts an unsaved document from a map (New, New from reference, restored work); `restored` marks restored work. */
  function startDocument(draft: ProcessMap, name: string, status: string, restored?: { savedAt: string; diskText: string }): void {
    void ruleConfig.loadRuleConfig(null);
    // Read back from its canonical text, so the keys in memory are in the order the file will have.
    const map = restored ? draft : (parseMap(mapText('', draft), name).value ?? draft);
    core.typingKey = null;
    store.setState((state) => ({
      // savedMap is a copy: a new document is dirty from the start, nothing of it is on disk yet.
      ...freshDocument(state, {
        name,
        handle: null,
        savedText: '',
        savedMap: { ...map },
        history: createHistory(map),
        isReadOnly: false,
        loadIssues: [],
        ...(restored ? { restored } : {}),
      }),
      ...withIssues([]),
      status,
    }));
    core.documentChanged();
  }

  /**
   * Asks, in the app's own dialog (ConfirmDialog), whether the unsaved changes may be dropped; true
   * at once when there are none. A question still open is answered "no" when a new one is asked.
   */
  function confirmDiscard(): Promise<boolean> {
    if (!isDirty(store.getState())) return Promise.resolve(true);
    answerPending?.(false);
    return new Promise((resolve) => {
      answerPending = resolve;
      const saveLabel = saveFirst ? { saveLabel: 'Save' } : {};
      store.setState({ confirmation: { message: 'The open map has unsaved changes. Discard them?', confirmLabel: 'Discard changes', cancelLabel: 'Keep editing', ...saveLabel } });
    });
  }

  /** Save, in the unsaved-changes question (the save actions are made after these). */
  let saveFirst: (() => Promise<void>) | null = null;
  function offerSaveWith(save: () => Promise<void>): void {
    saveFirst = save;
  }

  /** The user's answer to the open confirmation; "save" goes on only when the save left nothing unsaved. */
  async function answerConfirmation(answer: boolean | 'save'): Promise<void> {
    const resolve = answerPending;
    answerPending = null;
    store.setState({ confirmation: null });
    if (answer === 'save' && saveFirst) await saveFirst();
    resolve?.(answer === 'save' ? !isDirty(store.getState()) : answer);
  }

  async function newMap(): Promise<void> {
    if (!(await confirmDiscard())) return;
    startDocument(NEW_MAP, 'new-map.yaml', 'New map');
  }

  async function openFile(): Promise<void> {
    if (!(await confirmDiscard())) return;
    const file = await host.openFile();
    if (!file) return;
    if (!isBpmnFile(file.name)) {
      await openDocument(file);
      return;
    }
    const imported = await bpmnDocument(file.name, file.text);
    if ('error' in imported) core.setStatus(imported.error);
    else startDocument(imported.map, imported.name, imported.status);
  }

  /** The open file changed on disk: reload it when nothing is unsaved, else say so and keep the user's work. */
  function onExternalChange(change: ExternalChange): void {
    const state = store.getState();
    const doc = state.doc;
    if (!doc || doc.handle !== change.handle) return;
    if (isDirty(state)) {
      store.setState({ doc: { ...doc, externalChange: change }, status: `${doc.name} changed on disk` });
      return;
    }
    void openDocument({ handle: change.handle, name: doc.name, text: change.text, ...(change.fingerprint ? { fingerprint: change.fingerprint } : {}), ...readOnlyOf(change) }).then(
      (isOpen) => isOpen && core.setStatus(`${doc.name} changed on disk and was reloaded`),
    );
  }

  /** Keeps a backup of unsaved work on hosts that can store one, a few seconds after the last change. */
  function writeBackupSoon(text: string): void {
    clearTimeout(backupTimer);
    const state = store.getState();
    if (!state.doc || !isDirty(state)) return;
    const { handle, name } = state.doc;
    backupTimer = setTimeout(() => void host.writeBackup({ handle, name, text }), BACKUP_DELAY_MS);
  }

  /** Drops the unsaved work and opens the file as it now is on disk. */
  async function reloadFromDisk(): Promise<void> {
    const doc = store.getState().doc;
    const change = doc?.externalChange;
    if (!doc || !change) return;
    const isOpen = await openDocument({ handle: change.handle, name: doc.name, text: change.text, ...(change.fingerprint ? { fingerprint: change.fingerprint } : {}), ...readOnlyOf(change) });
    if (isOpen) core.setStatus(`Reloaded ${doc.name} from disk`);
  }

  /** Keeps the unsaved work; the next save replaces the changed file without asking again. */
  function keepMine(): void {
    const doc = store.getState().doc;
    const change = doc?.externalChange;
    if (!doc || !change) return;
    const { externalChange: _change, fingerprint: _fingerprint, ...rest } = doc;
    store.setState({
      doc: { ...rest, ...(change.fingerprint ? { fingerprint: change.fingerprint } : {}) },
      status: `Kept your version; saving will replace ${doc.name} on disk`,
    });
  }

  function dismissRestored(): void {
    const doc = store.getState().doc;
    if (!doc?.restored) return;
    const { restored: _restored, ...rest } = doc;
    store.setState({ doc: rest });
  }

  return {
    openDocument,
    startDocument,
    confirmDiscard,
    answerConfirmation,
    offerSaveWith,
    newMap,
    openFile,
    onExternalChange,
    writeBackupSoon,
    reloadFromDisk,
    keepMine,
    dismissRestored,
  };
}

export type DocumentActions = ReturnType<typeof createDocumentActions>;

/** A reloaded file that turned unsafe to edit (not UTF-8, conflict markers) stays read-only, with the host's reason. */
function readOnlyOf(change: ExternalChange): { isReadOnly?: true; readOnlyReason?: string } {
  if (!change.isReadOnly) return {};
  return { isReadOnly: true, ...(change.readOnlyReason ? { readOnlyReason: change.readOnlyReason } : {}) };
}
