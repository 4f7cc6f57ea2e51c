/**
 * What the UI can do: every user action is a function here, over the store, the host and the
 * shared edits. Components call these; they never change the store themselves.
 */
import type { Edit } from '../../shared/edits/edit';
import { amendLastEdit, canRedo, canUndo, createHistory, pushEdit, redo as redoHistory, undo as undoHistory } from '../../shared/edits/history';
import { EditError } from '../../shared/edits/records';
import { CURRENT_FORMAT, type Actor, type ProcessMap } from '../../shared/model/schema';
import { withCatalogueActors } from '../../shared/model/catalogueActors';
import { parseActorCatalogue, parseMap } from '../../shared/yaml/parseMap';
import { findConflictMarkers } from '../../shared/yaml/parseYamlSource';
import { prepareToSave } from '../../shared/yaml/updateMapText';
import { keepOurSide } from './conflictText';
import type { ExternalChange, FileHandle, Host, LibraryEntry, OpenedFile, ReadFile, RuleConfig } from '../host/host';
import { analyse, cancelLayoutText, onMapText, openInWorker, revalidate, setRuleSettings, setWorkspaceFiles } from '../analysis/analysisClient';
import { copyActivities, currentClip } from './clipboard';
import { addActivity as addActivityCommand } from '../../shared/edits/commands/addActivity';
import { addHandoffForFlow as handoffForFlow } from '../../shared/edits/commands/addHandoffForFlow';
import { addLane as addLaneCommand } from '../../shared/edits/commands/addLane';
import { addLineEnd } from '../../shared/edits/commands/addLineEnd';
import type { CommandResult } from '../../shared/edits/commands/command';
import { connectNodes } from '../../shared/edits/commands/connectNodes';
import { deleteElements } from '../../shared/edits/commands/deleteElements';
import { pasteCommand } from '../../shared/edits/commands/pasteActivities';
import { numberedId, takenIds } from '../../shared/edits/ids';
import { editorStore, isDirty, presentMap, withIssues, type CompareMode, type ElementKind, type ElementRef } from './editorStore';
import { exportMap, type ExportFormat } from '../export/exportMap';
import { mapText } from './mapText';
import { startTailoredMap, type TailorRequest } from './startTailoredMap';

let host: Host | null = null;
/** Key of the field being typed in: successive edits with the same key are one undo step. */
let typingKey: string | null = null;
let revealSeq = 0;

export function setHost(next: Host): void {
  host = next;
  next.onExternalChange(onExternalChange);
  next.onRuleConfigChange?.((change) => {
    if (editorStore.getState().doc?.handle !== change.handle) return;
    ruleConfigSeq += 1;
    applyRuleConfig(change.config);
    setStatus(`Rule configuration changed: ${ruleConfigLabel(change.config.files)}`);
  });
  if (next.capabilities.hasBackups) onMapText(writeBackupSoon);
}

const BACKUP_DELAY_MS = 3000;
let backupTimer: ReturnType<typeof setTimeout> | undefined;

/** Keeps a backup of unsaved work on hosts that can store one, a few seconds after the last change. */
function writeBackupSoon(text: string): void {
  clearTimeout(backupTimer);
  const state = editorStore.getState();
  if (!state.doc || !isDirty(state)) return;
  const { handle, name } = state.doc;
  backupTimer = setTimeout(() => void host?.writeBackup({ handle, name, text }), BACKUP_DELAY_MS);
}

/** The open file changed on disk: reload it when nothing is unsaved, else say so and keep the user's work. */
function onExternalChange(change: ExternalChange): void {
  const state = editorStore.getState();
  const doc = state.doc;
  if (!doc || doc.handle !== change.handle) return;
  if (isDirty(state)) {
    editorStore.setState({ doc: { ...doc, externalChange: change }, status: `${doc.name} changed on disk` });
    return;
  }
  void openDocument({ handle: change.handle, name: doc.name, text: change.text, ...(change.fingerprint ? { fingerprint: change.fingerprint } : {}) }).then(
    (isOpen) => isOpen && setStatus(`${doc.name} changed on disk and was reloaded`),
  );
}

let ruleConfigSeq = 0;

/** How the status bar names the rule configuration in effect. */
export function ruleConfigLabel(files: readonly string[]): string {
  if (files.length === 0) return 'default rules';
  return files.length > 2 ? `${files.at(-1)} (+${files.length - 1} more)` : files.join(' + ');
}

/**
 * Asks the host for the rule configuration of the file behind `handle`, as the CLI would use it;
 * the default rules where the host has none (browser edition, unsaved maps) or it cannot be read.
 */
async function loadRuleConfig(handle: FileHandle | null): Promise<void> {
  ruleConfigSeq += 1;
  const asked = ruleConfigSeq;
  let config: RuleConfig | null = null;
  let failure: string | undefined;
  if (handle && host?.ruleConfigFor) {
    try {
      config = await host.ruleConfigFor(handle);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
  }
  if (asked !== ruleConfigSeq) return;
  applyRuleConfig(config);
  if (failure) setStatus(`Rule configuration unavailable, using the default rules: ${failure}`);
}

/** Validates with `config` (null: the default rules) from now on, and once again at once. */
function applyRuleConfig(config: RuleConfig | null): void {
  setRuleSettings(config?.rules ?? null);
  editorStore.setState({ ruleConfig: { files: config?.files ?? [], issues: config?.issues ?? [] } });
  const doc = editorStore.getState().doc;
  if (doc) revalidate(doc.history.present, doc.savedText, doc.name);
}

function requireHost(): Host {
  if (!host) throw new Error('no host');
  return host;
}

function setStatus(status: string): void {
  editorStore.setState({ status });
}

/** Re-runs layout and validation, and tells the host the title and dirty state. */
export function documentChanged(isTyping = false): void {
  const state = editorStore.getState();
  const doc = state.doc;
  if (!doc) return;
  analyse(doc.history.present, doc.savedText, doc.name, { isTyping });
  host?.setDocumentState({ title: doc.name, isDirty: isDirty(state) });
}

// ---------------------------------------------------------------------------------------------
// Files

/** Opens a file's text as the document; false (with the problems shown) when it is not a valid map. */
export async function openDocument(file: OpenedFile): Promise<boolean> {
  performance.mark('swimlane:open');
  void loadRuleConfig(file.handle);
  // A map with merge-conflict markers is shown as "our" side of each conflict, read-only.
  const conflictLines = findConflictMarkers(file.text);
  const isConflicted = conflictLines.length > 0;
  const conflictIssues = isConflicted ? parseMap(file.text, file.name).issues : [];
  const shownText = isConflicted ? keepOurSide(file.text) : file.text;
  const parsed = await openInWorker(shownText, file.name);
  performance.mark('swimlane:parsed');
  if (parsed.isSuperseded) return false;
  const map = parsed.map;
  if (!map) {
    cancelLayoutText();
    const issues = [...conflictIssues, ...parsed.issues];
    editorStore.setState({ ...withIssues(issues), isProblemsOpen: true, status: `${file.name} could not be opened: ${issues[0]?.message ?? 'not a map'}` });
    return false;
  }
  const readOnlyReason = isConflicted ? conflictReason(conflictLines) : file.readOnlyReason;
  typingKey = null;
  editorStore.setState((state) => ({
    documentSerial: state.documentSerial + 1,
    doc: {
      name: file.name,
      handle: file.handle,
      ...(file.fingerprint ? { fingerprint: file.fingerprint } : {}),
      savedText: shownText,
      savedMap: map,
      history: createHistory(map),
      isReadOnly: isConflicted || (file.isReadOnly ?? false),
      ...(readOnlyReason ? { readOnlyReason } : {}),
      loadIssues: [...conflictIssues, ...parsed.issues],
      ...(isConflicted ? { conflictLines } : {}),
    },
    selection: [],
    geometry: null,
    geometryMap: null,
    ...withIssues([...conflictIssues, ...parsed.issues]),
    ...(isConflicted ? { isProblemsOpen: true } : {}),
    view: 'editor',
    status: isConflicted ? `Opened ${file.name} read-only: it has unresolved merge conflicts` : `Opened ${file.name}`,
  }));
  documentChanged();
  if (!isConflicted) prepareFirstSave(shownText);
  return true;
}

/** Above this size reading ahead would hold the main thread long enough to be felt (about 50 ms). */
const PREPARE_SAVE_LIMIT = 1_500_000;

/**
 * Reads the opened text for saving while the user looks at the map, so that the first save only
 * compares and splices (later saves start from the text they wrote anyway).
 */
function prepareFirstSave(text: string): void {
  if (text.length > PREPARE_SAVE_LIMIT) return;
  const prepare = (): void => {
    if (editorStore.getState().doc?.savedText === text) prepareToSave(text);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 5000 });
  else setTimeout(prepare, 500);
}

/** The banner text for a map with merge-conflict markers at `lines`. */
export function conflictReason(lines: readonly number[]): string {
  const shown = lines.length > 8 ? `${lines.slice(0, 8).join(', ')}, …` : lines.join(', ');
  return `This file has unresolved git merge conflicts (lines ${shown}); it is read-only until they are resolved.`;
}

/** Starts an unsaved document from a map (New, New from reference). */
function startDocument(draft: ProcessMap, name: string, status: string): void {
  void loadRuleConfig(null);
  // Read back from its canonical text, so the keys in memory are in the order the file will have.
  const map = parseMap(mapText('', draft), name).value ?? draft;
  typingKey = null;
  editorStore.setState((state) => ({
    documentSerial: state.documentSerial + 1,
    // savedMap is a copy: a new document is dirty from the start, nothing of it is on disk yet.
    doc: { name, handle: null, savedText: '', savedMap: { ...map }, history: createHistory(map), isReadOnly: false, loadIssues: [] },
    selection: [],
    geometry: null,
    geometryMap: null,
    ...withIssues([]),
    view: 'editor',
    status,
  }));
  documentChanged();
}

let answerPending: ((isConfirmed: boolean) => void) | null = null;

/**
 * Asks, in the app's own dialog (ConfirmDialog), whether the unsaved changes may be dropped; true
 * at once when there are none. A question still open is answered "no" when a new one is asked.
 */
function confirmDiscard(): Promise<boolean> {
  if (!isDirty(editorStore.getState())) return Promise.resolve(true);
  answerPending?.(false);
  return new Promise((resolve) => {
    answerPending = resolve;
    editorStore.setState({ confirmation: { message: 'The open map has unsaved changes. Discard them?', confirmLabel: 'Discard changes', cancelLabel: 'Keep editing' } });
  });
}

/** The user's answer to the open confirmation. */
export function answerConfirmation(isConfirmed: boolean): void {
  const answer = answerPending;
  answerPending = null;
  editorStore.setState({ confirmation: null });
  answer?.(isConfirmed);
}

export async function newMap(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const map: ProcessMap = {
    format: CURRENT_FORMAT,
    id: 'new-map',
    title: 'New map',
    kind: 'to-be',
    actors: { 'actor-1': { name: 'First actor', kind: 'role' } },
    lanes: { 'lane-1': { actor: 'actor-1' } },
    activities: { A1: { name: 'First activity', lane: 'lane-1' } },
  };
  startDocument(map, 'new-map.yaml', 'New map');
}

export async function openFile(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const file = await requireHost().openFile();
  if (file) await openDocument(file);
}

export async function loadLibrary(): Promise<void> {
  try {
    const library = await requireHost().listLibrary();
    editorStore.setState({ library });
    void shareLibraryWithValidation(library);
  } catch (error) {
    editorStore.setState({ library: [], status: `Library unavailable: ${String(error)}` });
  }
}

let isLibraryShared = false;

/** Sends the library maps to the analysis worker once, so references to them (e.g. `T1` in map T) resolve. */
async function shareLibraryWithValidation(library: readonly LibraryEntry[]): Promise<void> {
  if (isLibraryShared || library.length === 0) return;
  isLibraryShared = true;
  // Each folder's actor catalogue too, so lanes of the example maps resolve their actors.
  const folders = [...new Set(library.map((entry) => entry.path.split('/').slice(0, -1).join('/')))];
  const paths = [...library.map((entry) => entry.path), ...folders.map((folder) => (folder ? `${folder}/actors.yaml` : 'actors.yaml'))];
  const files = await Promise.all(
    paths.map(async (path) => {
      try {
        const file = await requireHost().readLibraryMap(path);
        return { name: `model-library/${path}`, text: file.text };
      } catch {
        return null;
      }
    }),
  );
  setWorkspaceFiles(files.filter((file): file is { name: string; text: string } => file !== null));
  // Laid out again too: lane headers may take actor names from the library's catalogues.
  documentChanged();
}

export async function openLibraryMap(entry: LibraryEntry): Promise<void> {
  if (!(await confirmDiscard())) return;
  if (!(await openDocument(await requireHost().readLibraryMap(entry.path)))) return;
  editorStore.setState((state) => (state.doc ? { doc: { ...state.doc, libraryPath: entry.path } } : {}));
}

/** A library map read for tailoring, with the text its hash is taken of and its folder's actor catalogue. */
export interface ReferenceMap {
  readonly entry: LibraryEntry;
  readonly map: ProcessMap;
  readonly text: string;
  /** The actors of the `actors.yaml` beside the reference (empty when there is none). */
  readonly catalogue: Readonly<Record<string, Actor>>;
}

/** The actor catalogue beside a library map, or an empty one when the folder has none (or it does not parse). */
async function readLibraryCatalogue(mapPath: string): Promise<Readonly<Record<string, Actor>>> {
  const folder = mapPath.split('/').slice(0, -1).join('/');
  const path = folder ? `${folder}/actors.yaml` : 'actors.yaml';
  try {
    const file = await requireHost().readLibraryMap(path);
    return parseActorCatalogue(file.text, `model-library/${path}`).value?.actors ?? {};
  } catch {
    return {};
  }
}

/** Reads a library map to tailor; null (with a status) when it cannot be read. */
export async function readReference(entry: LibraryEntry): Promise<ReferenceMap | null> {
  try {
    const [file, catalogue] = await Promise.all([requireHost().readLibraryMap(entry.path), readLibraryCatalogue(entry.path)]);
    const map = parseMap(file.text, file.name).value;
    if (map) return { entry, map, text: file.text, catalogue };
  } catch {
    // Reported below like an unreadable map.
  }
  setStatus(`${entry.title} could not be read`);
  return null;
}

/** `sha256:<hex>` of a text, as `derivedFrom.hash` records it. */
async function textHash(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** Starts a tailored map of a reference with the performers the user chose. */
export async function newFromReference(reference: ReferenceMap, request: Pick<TailorRequest, 'assign' | 'kind' | 'actors'>): Promise<void> {
  if (!(await confirmDiscard())) return;
  const hash = await textHash(reference.text);
  const result = startTailoredMap(reference.map, {
    ...request,
    referencePath: `model-library/${reference.entry.path}`,
    ...(hash ? { referenceHash: hash } : {}),
  });
  const unassigned = result.unassigned.length ? `; ${result.unassigned.length} activities have no performer yet` : '';
  startDocument(result.map, `${result.map.id}.yaml`, `New map from ${reference.entry.title}${unassigned}`);
}

export async function save(): Promise<void> {
  const doc = editorStore.getState().doc;
  if (!doc) return;
  if (doc.conflictLines) return setStatus(`Not saved: ${doc.readOnlyReason ?? 'the file has merge conflicts'}`);
  if (!doc.handle || doc.isReadOnly) return saveAs();
  const text = mapText(doc.savedText, doc.history.present, doc.savedMap);
  const result = await requireHost().saveFile({ handle: doc.handle, text, ...(doc.fingerprint ? { fingerprint: doc.fingerprint } : {}) });
  if (result.status === 'conflict') {
    // Asked in a banner over the canvas (DocumentBanners): overwrite, reload, or leave it for now.
    const saveConflict = { message: result.message, diskText: result.diskText, ...(result.fingerprint ? { fingerprint: result.fingerprint } : {}) };
    editorStore.setState({ doc: { ...doc, saveConflict }, status: `Not saved: ${result.message}` });
    return;
  }
  if (result.status === 'cancelled') return;
  markSaved(text, result.handle, result.name, result.status === 'saved' ? result.fingerprint : doc.fingerprint);
}

export async function saveAs(): Promise<void> {
  const doc = editorStore.getState().doc;
  if (!doc) return;
  if (doc.conflictLines) return setStatus(`Not saved: ${doc.readOnlyReason ?? 'the file has merge conflicts'}`);
  // A copy of a library map leaves its folder's actor catalogue behind: the actors it uses go with it.
  const present = doc.history.present;
  const map = doc.libraryPath ? withCatalogueActors(present, await readLibraryCatalogue(doc.libraryPath)) : present;
  const text = mapText(doc.savedText, map, doc.savedMap);
  const suggestedName = doc.isReadOnly || !doc.handle ? `${present.id}.yaml` : doc.name;
  const result = await requireHost().saveFileAs({ suggestedName, text });
  if (result.status !== 'saved') return;
  if ((result.text !== undefined && result.text !== text) || map !== present) {
    const added = Object.keys(map.actors ?? {}).filter((id) => !Object.hasOwn(present.actors ?? {}, id));
    const note = added.length > 0 ? `it now defines the actors it took from the library's catalogue (${added.join(', ')})` : undefined;
    return adoptWrittenText(result.text ?? text, result.handle, result.name, result.fingerprint, note);
  }
  markSaved(text, result.handle, result.name, result.fingerprint);
}

/**
 * The host wrote other text than it was given (desktop Save As made a library `derivedFrom.path`
 * relative to the file): that text becomes the document, so the next save starts from it. Undo
 * history starts again here, since every earlier step holds the old path.
 */
function adoptWrittenText(written: string, handle: string, name: string, fingerprint: string | undefined, note?: string): void {
  const map = parseMap(written, name).value;
  const doc = editorStore.getState().doc;
  if (!map || !doc) return markSaved(written, handle, name, fingerprint);
  const { fingerprint: _old, readOnlyReason: _reason, restored: _restored, externalChange: _change, libraryPath: _library, ...rest } = doc;
  const notes = [
    ...(note ? [note] : []),
    ...(map.derivedFrom?.path !== doc.history.present.derivedFrom?.path ? [`its reference is now named relative to it (${map.derivedFrom?.path ?? ''})`] : []),
  ];
  editorStore.setState({
    doc: { ...rest, name, handle, ...(fingerprint ? { fingerprint } : {}), savedText: written, savedMap: map, history: createHistory(map), isReadOnly: false },
    status: `Saved ${name}${notes.length ? `; ${notes.join('; ')}` : ''}`,
  });
  typingKey = null;
  documentChanged();
}

/** The answer to a save conflict: write the present map over the file on disk. */
export async function overwriteOnDisk(): Promise<void> {
  const doc = editorStore.getState().doc;
  if (!doc?.handle || !doc.saveConflict) return;
  const text = mapText(doc.savedText, doc.history.present, doc.savedMap);
  const forced = await requireHost().saveFile({ handle: doc.handle, text, overwrite: true });
  if (forced.status === 'saved' || forced.status === 'unchanged') markSaved(text, forced.handle, forced.name, forced.status === 'saved' ? forced.fingerprint : doc.saveConflict.fingerprint);
}

/** The answer to a save conflict: drop the unsaved work and show the file as it is on disk. */
export async function reloadAfterConflict(): Promise<void> {
  const doc = editorStore.getState().doc;
  const conflict = doc?.saveConflict;
  if (!doc?.handle || !conflict) return;
  const isOpen = await openDocument({ handle: doc.handle, name: doc.name, text: conflict.diskText, ...(conflict.fingerprint ? { fingerprint: conflict.fingerprint } : {}) });
  if (isOpen) setStatus(`Reloaded ${doc.name} from disk`);
}

/** The answer to a save conflict: neither, for now (the next save asks again). */
export function dismissSaveConflict(): void {
  const doc = editorStore.getState().doc;
  if (!doc?.saveConflict) return;
  const { saveConflict: _conflict, ...rest } = doc;
  editorStore.setState({ doc: rest });
}

export function openExportChoice(): void {
  if (editorStore.getState().doc) editorStore.setState({ isExportChoiceOpen: true });
}

export function closeExportChoice(): void {
  editorStore.setState({ isExportChoiceOpen: false });
}

function markSaved(text: string, handle: string, name: string, fingerprint: string | undefined): void {
  const doc = editorStore.getState().doc;
  if (!doc) return;
  const { fingerprint: _old, readOnlyReason: _reason, restored: _restored, externalChange: _change, saveConflict: _conflict, libraryPath: _library, ...rest } = doc;
  editorStore.setState({
    doc: { ...rest, name, handle, ...(fingerprint ? { fingerprint } : {}), savedText: text, savedMap: doc.history.present, isReadOnly: false },
    status: `Saved ${name}`,
  });
  typingKey = null;
  documentChanged();
  // Saved under a new name: the config files that apply may be others.
  if (handle !== doc.handle) void loadRuleConfig(handle);
}

// ---------------------------------------------------------------------------------------------
// Edits and history

/**
 * Applies an edit as one undo step. With `typing`, successive edits carrying the same key (one
 * field being typed in) fold into a single step.
 */
export function edit(change: Edit, options: { typing?: string; label?: string } = {}): boolean {
  const state = editorStore.getState();
  const doc = state.doc;
  if (!doc) return false;
  if (doc.isReadOnly) {
    setStatus(doc.readOnlyReason ?? 'This map is read-only.');
    return false;
  }
  try {
    const amend = options.typing !== undefined && options.typing === typingKey;
    const history = amend ? amendLastEdit(doc.history, change, options.label) : pushEdit(doc.history, change, options.label);
    typingKey = options.typing ?? null;
    if (history === doc.history) return true;
    editorStore.setState({ doc: { ...doc, history }, status: history.past.at(-1)?.label ?? '' });
  } catch (error) {
    if (error instanceof EditError) {
      setStatus(`Not done: ${error.message}`);
      return false;
    }
    throw error;
  }
  documentChanged(options.typing !== undefined);
  return true;
}

/** Ends the current typing step, so the next keystroke starts a new undo step. */
export function endTyping(): void {
  typingKey = null;
}

export function undo(): void {
  const doc = editorStore.getState().doc;
  if (!doc || !canUndo(doc.history)) return;
  typingKey = null;
  const label = doc.history.past.at(-1)?.label ?? '';
  editorStore.setState({ doc: { ...doc, history: undoHistory(doc.history) }, status: `Undid ${label}` });
  pruneSelection();
  documentChanged();
}

export function redo(): void {
  const doc = editorStore.getState().doc;
  if (!doc || !canRedo(doc.history)) return;
  typingKey = null;
  const label = doc.history.future.at(-1)?.label ?? '';
  editorStore.setState({ doc: { ...doc, history: redoHistory(doc.history) }, status: `Redid ${label}` });
  pruneSelection();
  documentChanged();
}

// ---------------------------------------------------------------------------------------------
// Selection

export function select(refs: readonly ElementRef[]): void {
  typingKey = null;
  editorStore.setState({ selection: refs });
}

export function toggleSelected(ref: ElementRef): void {
  const { selection } = editorStore.getState();
  const has = selection.some((item) => item.kind === ref.kind && item.id === ref.id);
  select(has ? selection.filter((item) => !(item.kind === ref.kind && item.id === ref.id)) : [...selection, ref]);
}

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

/** Selects an element and scrolls the canvas to it. */
export function revealElement(id: string): void {
  const map = presentMap(editorStore.getState());
  if (!map) return;
  const kind = kindOf(map, id);
  select(kind ? [{ kind, id }] : [{ kind: 'map', id: map.id }]);
  revealSeq += 1;
  editorStore.setState({ reveal: { id, seq: revealSeq } });
}

/** Moves keyboard focus to the inspector's first field of the element. */
export function focusInspector(id: string): void {
  revealSeq += 1;
  editorStore.setState({ focusField: { id, seq: revealSeq } });
}

function pruneSelection(): void {
  const state = editorStore.getState();
  const map = presentMap(state);
  if (!map) return;
  const kept = state.selection.filter((ref) => ref.kind === 'map' || kindOf(map, ref.id) === ref.kind);
  if (kept.length !== state.selection.length) editorStore.setState({ selection: kept });
}

// ---------------------------------------------------------------------------------------------
// Compound editing actions

function selectedOf(kind: ElementKind): string[] {
  return editorStore
    .getState()
    .selection.filter((ref) => ref.kind === kind)
    .map((ref) => ref.id);
}

/**
 * Adds an activity: after the selected activity (in its lane, connected from it by a new flow),
 * or into the selected lane, or the first lane. Selects it and focuses its name.
 */
export function addActivity(): string | null {
  const map = presentMap(editorStore.getState());
  if (!map) return null;
  const after = selectedOf('activity')[0];
  const lane = selectedOf('lane')[0];
  return runCommand(addActivityCommand(map, { ...(after ? { after } : {}), ...(lane ? { lane } : {}) }), 'activity', true);
}

/** Adds a lane with a new actor of its own, below the selected lane or at the bottom. */
export function addLane(): string | null {
  const map = presentMap(editorStore.getState());
  if (!map) return null;
  const below = selectedOf('lane')[0];
  return runCommand(addLaneCommand(map, below ? { below } : {}), 'lane', true);
}

/** Applies a command's edit and selects (and with `focus`, focuses the inspector of) what it made. */
function runCommand(command: CommandResult | null, kind: ElementKind, focus = false): string | null {
  if (!command || !edit(command.edit)) return null;
  select([{ kind, id: command.id }]);
  if (focus) focusInspector(command.id);
  return command.id;
}

/** Moves a lane one place up or down (with its activities). */
export function shiftLane(id: string, delta: number): void {
  const map = presentMap(editorStore.getState());
  const lanes = Object.keys(map?.lanes ?? {});
  const index = lanes.indexOf(id) + delta;
  if (index < 0 || index >= lanes.length) return;
  edit({ type: 'lane.move', id, index });
}

/** Moves an activity to the lane above or below its own (the keyboard form of dragging it). */
export function shiftActivityLane(id: string, delta: number): void {
  const map = presentMap(editorStore.getState());
  if (!map) return;
  const lanes = Object.keys(map.lanes ?? {});
  const current = map.activities[id]?.lane;
  const index = (current ? lanes.indexOf(current) : -1) + delta;
  const lane = lanes[index];
  if (!lane) return;
  edit({ type: 'batch', label: `Move ${id} to lane ${lane}`, edits: [{ type: 'activity.move', id, lane }, { type: 'layout.pin', id, position: null }] });
}

/** Connects two nodes with a new flow and selects it. */
export function connect(from: string, to: string): string | null {
  const map = presentMap(editorStore.getState());
  return map ? runCommand(connectNodes(map, from, to), 'flow') : null;
}

/** Adds a handoff describing a flow, with the flow's two ends as its parties. */
export function addHandoffForFlow(flowId: string): string | null {
  const map = presentMap(editorStore.getState());
  return map ? runCommand(handoffForFlow(map, flowId), 'handoff') : null;
}

/** Deletes every selected element in one undo step. */
export function deleteSelection(): void {
  const state = editorStore.getState();
  const map = presentMap(state);
  if (!map) return;
  const change = deleteElements(map, state.selection);
  if (change && edit(change)) select([]);
}

export function copySelection(): void {
  const map = presentMap(editorStore.getState());
  if (!map) return;
  const clip = copyActivities(map, selectedOf('activity'));
  setStatus(clip ? `Copied ${Object.keys(clip.activities).length} activities` : 'Select activities to copy');
}

export function cutSelection(): void {
  copySelection();
  deleteSelection();
}

export function paste(): void {
  const state = editorStore.getState();
  const map = presentMap(state);
  const clip = currentClip();
  if (!map || !clip) return;
  const lane = selectedOf('lane')[0] ?? Object.keys(map.lanes ?? {})[0];
  const command = pasteCommand(map, clip, lane);
  if (command && edit(command.edit)) select(command.ids.map((id) => ({ kind: 'activity' as const, id })));
}

export function selectAll(): void {
  const map = presentMap(editorStore.getState());
  if (map) select(Object.keys(map.activities).map((id) => ({ kind: 'activity' as const, id })));
}

export function autoLayout(): void {
  const map = presentMap(editorStore.getState());
  if (!map?.layout?.pinned) {
    setStatus('Nothing pinned: the layout is already automatic');
    return;
  }
  edit({ type: 'layout.reset' });
}

// ---------------------------------------------------------------------------------------------
// View

export function toggleTheme(): void {
  const theme = editorStore.getState().theme === 'light' ? 'dark' : 'light';
  try {
    localStorage.setItem('swimlane-theme', theme);
  } catch {
    // The choice then lasts for this session only.
  }
  editorStore.setState({ theme });
}

export function showLibrary(): void {
  editorStore.setState({ view: 'library' });
  void loadLibrary();
}

export function showEditor(): void {
  if (editorStore.getState().doc) editorStore.setState({ view: 'editor' });
}

/** Shows or hides an analysis panel (gap report, comparison); hiding the comparison clears its canvas marks. */
export function toggleAnalysisPanel(panel: 'gap' | 'compare'): void {
  const isOpen = editorStore.getState().analysisPanel === panel;
  editorStore.setState({ analysisPanel: isOpen ? null : panel, compareMarks: new Map(), compare: null });
}

/** Starts comparing the present map with `other` (keeping the chosen mode), or stops when null. */
export function compareWith(other: { label: string; map: ProcessMap } | null): void {
  editorStore.setState((state) => ({
    compare: other ? { label: other.label, other: other.map, mode: state.compare?.mode ?? 'side-by-side', focus: null } : null,
  }));
}

export function setCompareMode(mode: CompareMode): void {
  editorStore.setState((state) => (state.compare ? { compare: { ...state.compare, mode } } : {}));
}

let compareFocusSeq = 0;

/**
 * Points at elements in the compare panes (outlined and scrolled to in each pane that draws them)
 * and selects the first of them that the open map has, so the inspector shows it.
 */
export function focusCompared(keys: readonly string[], selectId?: string): void {
  compareFocusSeq += 1;
  editorStore.setState((state) => (state.compare ? { compare: { ...state.compare, focus: { keys, seq: compareFocusSeq } } } : {}));
  const map = presentMap(editorStore.getState());
  const id = selectId ?? keys.map((key) => key.slice(key.indexOf(':') + 1)).find((candidate) => map !== null && kindOf(map, candidate) !== null);
  if (id !== undefined && map !== null && kindOf(map, id) !== null) revealElement(id);
}

/** Reads a file of the model library (a map or an actor catalogue) without opening it. */
export function readLibraryFile(path: string): Promise<OpenedFile> {
  return requireHost().readLibraryMap(path);
}

/**
 * Lets the user pick a map file to read without opening it as the document (e.g. to compare with):
 * the host shows its file picker and hands back the text, read-only; null when cancelled.
 */
export function mapFileChooser(): () => Promise<ReadFile | null> {
  const current = requireHost();
  return () => current.readFile();
}

export function toggleProblems(): void {
  editorStore.setState((state) => ({ isProblemsOpen: !state.isProblemsOpen }));
}

// ---------------------------------------------------------------------------------------------
// Export

export async function exportAs(format: ExportFormat): Promise<void> {
  try {
    const done = await exportMap(requireHost(), format);
    if (done) setStatus(`Exported ${format.toUpperCase()}`);
  } catch (error) {
    setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Adding the other elements of the notation

/** Puts the selected activities in a new coordination group (dashed box). */
export function groupSelection(): string | null {
  const map = presentMap(editorStore.getState());
  const members = selectedOf('activity');
  if (!map || members.length === 0) return null;
  const id = numberedId('group', takenIds(map, 'groups'));
  if (!edit({ type: 'group.add', id, group: { label: 'Coordination', members } })) return null;
  select([{ kind: 'group', id }]);
  focusInspector(id);
  return id;
}

/** Adds a numbered trigger note that starts the selected activities. */
export function addTrigger(): string | null {
  const map = presentMap(editorStore.getState());
  const starts = selectedOf('activity');
  if (!map || starts.length === 0) return null;
  const numbers = Object.keys(map.triggers ?? {}).map(Number);
  const key = String((numbers.length ? Math.max(...numbers) : 0) + 1);
  if (!edit({ type: 'trigger.add', key, trigger: { text: `When … ${starts.join(', ')} ${starts.length > 1 ? 'are' : 'is'} conducted.`, starts } })) return null;
  select([{ kind: 'trigger', id: key }]);
  focusInspector(key);
  return key;
}

/** Adds a line start (from outside the scope) flowing into the selected activity. */
export function addInitiationTo(activity: string): string | null {
  const map = presentMap(editorStore.getState());
  return map ? runCommand(addLineEnd(map, activity, 'start'), 'initiation') : null;
}

/** Adds a line end (plain end) that the selected activity flows into. */
export function addTerminationFrom(activity: string): string | null {
  const map = presentMap(editorStore.getState());
  return map ? runCommand(addLineEnd(map, activity, 'end'), 'termination') : null;
}

/** Adds a phase (column) at the end. */
export function addPhase(): string | null {
  const map = presentMap(editorStore.getState());
  if (!map) return null;
  const id = numberedId('phase', takenIds(map, 'phases'));
  if (!edit({ type: 'phase.add', id, phase: { name: 'New phase' } })) return null;
  select([{ kind: 'phase', id }]);
  focusInspector(id);
  return id;
}
