/**
 * One window's document and the files it may touch: the main-process side of the IPC contract for
 * that window. The renderer only ever holds opaque handles issued here; every handle names a real
 * path that was granted (picked in a dialog, opened, or inside the library folder).
 *
 * Data-safety rules enforced here:
 * - a save first compares the disk with the fingerprint the document was read with and answers
 *   `conflict` (with the disk text) instead of writing over someone else's change;
 * - writes are atomic and validated (`atomicSave` with the map loader as validator);
 * - a file with merge-conflict markers, or bytes that are not UTF-8, is read-only; this is decided
 *   again on every read (open, reload, external change), not only at open;
 * - a file over the map size limit is refused from its fstat, before it is read;
 * - unsaved work is backed up (debounced) outside the document folder and dropped once saved.
 */
import { randomBytes } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExternalChange, InvokeRequest, InvokeResponse, OpenedFileMessage, RuleConfigChange, RuleConfigMessage, SaveResultMessage, StartupDocument } from '../shared/ipc/contract';
import { atomicSave } from '../shared/node/atomicSave';
import { backupIdForPath, newUntitledBackupId } from '../shared/node/backupStore';
import type { Backup, BackupScheduler } from '../shared/node/backupStore';
import { checkDiskChange, parseFingerprint, readSnapshot, readSnapshotIfExists } from '../shared/node/fileFingerprint';
import type { FileSnapshot } from '../shared/node/fileFingerprint';
import { watchFileInFolder } from '../shared/node/folderWatcher';
import type { FileWatch } from '../shared/node/folderWatcher';
import type { PathCapabilities } from '../shared/node/pathCapability';
import { decodeText, notUtf8Message } from '../shared/node/readTextFile';
import { findConflictMarkers } from '../shared/yaml/parseYamlSource';
import { relativeLibraryReference } from './derivedFromPath';
import type { LibraryCatalog } from './libraryCatalog';
import { resolveRuleConfig, watchRuleConfig } from './ruleConfig';

/** Native dialogs, injected (Electron's `dialog` in the app, a script in tests). */
export interface DialogEdge {
  /** Asks which map to open; an absolute path, or null when cancelled. */
  pickMapToOpen(): Promise<string | null>;
  /** Asks which map to read without opening it (e.g. to compare with); an absolute path, or null when cancelled. */
  pickMapToRead(): Promise<string | null>;
  /** Asks where to save a map or an export; an absolute path, or null when cancelled. */
  pickSaveLocation(options: { suggestedName: string; purpose: 'map' | 'export'; mimeType?: string }): Promise<string | null>;
}

/** Which window shows which file: one window per document. */
export interface DocumentClaims {
  /** Claims `realPath` for window `owner`; false when another window shows it (that window is brought forward). */
  claim(realPath: string, owner: number): boolean;
  release(realPath: string, owner: number): void;
}

export interface DocumentSessionDeps {
  readonly windowId: number;
  readonly dialogs: DialogEdge;
  readonly capabilities: PathCapabilities;
  readonly claims: DocumentClaims;
  readonly library: LibraryCatalog;
  readonly backups: BackupScheduler;
  /** The map loader as save validator: a message when `text` could not be loaded back. */
  readonly validateMap: (text: string, name: string) => string | undefined;
  readonly emitExternalChange: (change: ExternalChange) => void;
  /** Told when a config file of the open document changed, with the newly resolved configuration. */
  readonly emitRuleConfigChange?: (change: RuleConfigChange) => void;
  /** Told about every document opened or saved under a new name (Open Recent). */
  readonly onDocumentPath?: (realPath: string) => void;
  readonly watchDebounceMs?: number;
}

interface HandleEntry {
  readonly realPath: string;
  readonly kind: 'document' | 'library';
  /** Why the bytes on disk must not be edited; recomputed whenever the file is read again. */
  readOnlyReason?: string | undefined;
  fingerprint: string;
}

const MARKER_MESSAGE =
  'This map contains git merge-conflict markers (<<<<<<<, =======, >>>>>>>), so it opened read-only. Resolve the conflict in a text editor or with git, then open it again.';

export class DocumentSession {
  readonly #deps: DocumentSessionDeps;
  readonly #handles = new Map<string, HandleEntry>();
  #document: { handle: string; realPath: string; watch: FileWatch } | undefined;
  #startup: StartupDocument | null = null;
  #untitledBackupId = newUntitledBackupId();
  #configWatch: { readonly handle: string; close(): void } | undefined;

  constructor(deps: DocumentSessionDeps) {
    this.#deps = deps;
  }

  /** Real path of the window's document, if it has one. */
  get documentPath(): string | undefined {
    return this.#document?.realPath;
  }

  /** The backup id of the window's current document (saved or untitled). */
  get backupId(): string {
    return this.#document ? backupIdForPath(this.#document.realPath) : this.#untitledBackupId;
  }

  /**
   * Opens a file the user named outside the renderer (command line, OS, Open, Open Recent) as this
   * window's start-up document. Null when another window already shows it.
   */
  async openPathAtStartup(path: string): Promise<OpenedFileMessage | null> {
    const real = await this.#deps.capabilities.grantFile(path);
    const file = await this.#openAsDocument(real);
    if (file) this.#startup = { file };
    return file;
  }

  /** Prepares this window to show unsaved work from `backup`, next to the file on disk (if any). */
  async restoreAtStartup(backup: Backup): Promise<StartupDocument | null> {
    const restored = { name: backup.name, text: backup.text, savedAt: backup.savedAt };
    if (backup.documentPath !== null && (await readSnapshotIfExists(backup.documentPath))) {
      const real = await this.#deps.capabilities.grantFile(backup.documentPath);
      const file = await this.#openAsDocument(real);
      if (!file) return null;
      this.#startup = { file, restored };
    } else {
      this.#untitledBackupId = backup.id.startsWith('untitled-') ? backup.id : this.#untitledBackupId;
      this.#startup = { restored };
    }
    return this.#startup;
  }

  startup(): InvokeResponse<'window:startup'> {
    return this.#startup;
  }

  async open(): Promise<InvokeResponse<'file:open'>> {
    const picked = await this.#deps.dialogs.pickMapToOpen();
    if (picked === null) return null;
    const real = await this.#deps.capabilities.grantFile(picked);
    return this.#openAsDocument(real);
  }

  /**
   * Reads a map the user picks in a native dialog, for the renderer to compare with: its name and
   * text once. No handle is issued and nothing is granted, so it can never be written or re-read.
   */
  async readFile(): Promise<InvokeResponse<'file:read'>> {
    const picked = await this.#deps.dialogs.pickMapToRead();
    if (picked === null) return null;
    const real = await realpath(picked);
    const snapshot = await readSnapshot(real);
    const name = basename(real);
    return { name, text: decodeText(snapshot.bytes, `“${name}”`) };
  }

  async save(request: InvokeRequest<'file:save'>): Promise<SaveResultMessage> {
    const entry = this.#entry(request.handle);
    if (entry.kind === 'library') throw new Error('maps of the model library are read-only: use Save As to keep a copy');
    if (entry.readOnlyReason) throw new Error(`this file is open read-only: ${entry.readOnlyReason}`);
    const real = await this.#deps.capabilities.resolveGranted(entry.realPath);
    const name = basename(real);

    // 1. Someone else changed the file since it was read: answer with their version, write nothing.
    // A fingerprint from the renderer that does not parse must not turn the check off: use our own.
    const expected = parseFingerprint(request.fingerprint ?? '') ?? parseFingerprint(entry.fingerprint);
    if (!request.overwrite && expected) {
      const change = await checkDiskChange(real, expected);
      if (change.status === 'missing') {
        return { status: 'conflict', diskText: '', message: `“${name}” was deleted or moved on disk since you opened it. Overwrite to write it again.` };
      }
      if (change.status === 'changed') {
        const diskText = change.snapshot.bytes.toString('utf8');
        if (diskText === request.text) return this.#adopt(request.handle, entry, change.snapshot.fingerprint, 'saved', request.text);
        // Disk bytes that are not editable text get no fingerprint: "Reload" then cannot adopt them for a later save.
        const diskIsEditable = readOnlyReasonFor(change.snapshot.bytes) === undefined;
        return {
          status: 'conflict',
          diskText,
          ...(diskIsEditable ? { fingerprint: change.snapshot.fingerprint } : {}),
          message: `“${name}” changed on disk since you opened it (${change.reason}). Compare the versions, overwrite the file, or reload it.`,
        };
      }
    }

    // 2. Atomic, validated write (skipped when the bytes are already there).
    const result = await atomicSave(real, Buffer.from(request.text, 'utf8'), { validate: (bytes) => this.#deps.validateMap(Buffer.from(bytes).toString('utf8'), name) });
    return this.#adopt(request.handle, entry, result.fingerprint, result.status === 'written' ? 'saved' : 'unchanged', request.text);
  }

  async saveAs(request: InvokeRequest<'file:saveAs'>): Promise<SaveResultMessage> {
    const picked = await this.#deps.dialogs.pickSaveLocation({ suggestedName: request.suggestedName, purpose: 'map' });
    if (picked === null) return { status: 'cancelled' };
    const real = await this.#deps.capabilities.grantFile(picked);
    const name = basename(real);
    if (real !== this.#document?.realPath && !this.#deps.claims.claim(real, this.#deps.windowId)) {
      throw new Error(`“${name}” is open in another window: save or close it there first`);
    }
    const previousBackup = this.backupId;
    // A new map tailored from the library names its reference `model-library/…`: from here on, relative to this file.
    const text = relativeLibraryReference(request.text, this.#deps.library.folder, real);
    const result = await atomicSave(real, Buffer.from(text, 'utf8'), { validate: (bytes) => this.#deps.validateMap(Buffer.from(bytes).toString('utf8'), name) });
    const handle = this.#issue({ realPath: real, kind: 'document', fingerprint: result.fingerprint });
    this.#setDocument(handle, real, result.fingerprint);
    await this.#deps.backups.discard(previousBackup);
    await this.#deps.backups.discard(this.backupId);
    this.#deps.onDocumentPath?.(real);
    return { status: 'saved', handle, name, fingerprint: result.fingerprint, ...(text !== request.text ? { text } : {}) };
  }

  async reload(request: InvokeRequest<'file:reload'>): Promise<OpenedFileMessage> {
    const entry = this.#entry(request.handle);
    const real = entry.kind === 'library' ? entry.realPath : await this.#deps.capabilities.resolveGranted(entry.realPath);
    const snapshot = await readSnapshot(real);
    entry.fingerprint = snapshot.fingerprint;
    if (entry.kind === 'document') entry.readOnlyReason = readOnlyReasonFor(snapshot.bytes);
    if (this.#document?.handle === request.handle) this.#document.watch.setKnownFingerprint(snapshot.fingerprint);
    return this.#describe(request.handle, real, snapshot, entry.kind === 'document');
  }

  async exportFile(request: InvokeRequest<'file:export'>): Promise<boolean> {
    const picked = await this.#deps.dialogs.pickSaveLocation({ suggestedName: request.suggestedName, purpose: 'export', mimeType: request.mimeType });
    if (picked === null) return false;
    const real = await this.#deps.capabilities.grantFile(picked);
    if (real === this.#document?.realPath) throw new Error('an export cannot replace the map it was made from: choose another name');
    const bytes = typeof request.data === 'string' ? Buffer.from(request.data, 'utf8') : Buffer.from(request.data.buffer, request.data.byteOffset, request.data.byteLength);
    await atomicSave(real, bytes);
    return true;
  }

  async listLibrary(): Promise<InvokeResponse<'library:list'>> {
    return this.#deps.library.list();
  }

  async readLibrary(request: InvokeRequest<'library:read'>): Promise<OpenedFileMessage> {
    const real = await this.#deps.capabilities.resolveInFolder(this.#deps.library.folder, request.path);
    const snapshot = await readSnapshot(real);
    const handle = this.#issue({ realPath: real, kind: 'library', fingerprint: snapshot.fingerprint });
    return this.#describe(handle, real, snapshot, false);
  }

  /**
   * The rule configuration for the file behind the handle, as the CLI would use it: a library map
   * sees only config files inside the library. The document's config files are watched from then on.
   */
  async ruleConfig(request: InvokeRequest<'config:rules'>): Promise<RuleConfigMessage> {
    const entry = this.#entry(request.handle);
    const options = entry.kind === 'library' ? { boundary: this.#deps.library.folder } : {};
    if (entry.kind !== 'document' || this.#document?.handle !== request.handle) return resolveRuleConfig(entry.realPath, options);
    this.#replaceConfigWatch(undefined);
    const watch = await watchRuleConfig(entry.realPath, {
      ...options,
      ...(this.#deps.watchDebounceMs !== undefined ? { debounceMs: this.#deps.watchDebounceMs } : {}),
      onChange: (config) => this.#deps.emitRuleConfigChange?.({ handle: request.handle, config }),
    });
    // The document may have changed (or the window closed) while the config was read.
    if (this.#document?.handle !== request.handle) watch.close();
    else this.#replaceConfigWatch({ handle: request.handle, close: () => watch.close() });
    return watch.config;
  }

  #replaceConfigWatch(next: { readonly handle: string; close(): void } | undefined): void {
    this.#configWatch?.close();
    this.#configWatch = next;
  }

  writeBackup(request: InvokeRequest<'backup:write'>): null {
    const entry = request.handle === null ? undefined : this.#entry(request.handle);
    const documentPath = entry?.kind === 'document' ? entry.realPath : null;
    const id = documentPath !== null ? backupIdForPath(documentPath) : this.#untitledBackupId;
    this.#deps.backups.schedule(id, { documentPath, name: request.name, text: request.text });
    return null;
  }

  /** The user chose "Don't Save": the unsaved work is dropped, backup included. */
  async discardUnsavedWork(): Promise<void> {
    await this.#deps.backups.discard(this.backupId);
  }

  dispose(): void {
    this.#replaceConfigWatch(undefined);
    if (this.#document) {
      this.#document.watch.close();
      this.#deps.claims.release(this.#document.realPath, this.#deps.windowId);
    }
    this.#document = undefined;
    this.#handles.clear();
  }

  async #openAsDocument(real: string): Promise<OpenedFileMessage | null> {
    if (real !== this.#document?.realPath && !this.#deps.claims.claim(real, this.#deps.windowId)) return null;
    const snapshot = await readSnapshot(real);
    const readOnlyReason = readOnlyReasonFor(snapshot.bytes);
    const handle = this.#issue({ realPath: real, kind: 'document', fingerprint: snapshot.fingerprint, ...(readOnlyReason ? { readOnlyReason } : {}) });
    this.#setDocument(handle, real, snapshot.fingerprint);
    this.#deps.onDocumentPath?.(real);
    return this.#describe(handle, real, snapshot, true);
  }

  #setDocument(handle: string, real: string, fingerprint: string): void {
    const previous = this.#document;
    if (this.#configWatch?.handle !== handle) this.#replaceConfigWatch(undefined);
    if (previous) {
      previous.watch.close();
      if (previous.realPath !== real) this.#deps.claims.release(previous.realPath, this.#deps.windowId);
    }
    const watch = watchFileInFolder(real, {
      knownFingerprint: fingerprint,
      ...(this.#deps.watchDebounceMs !== undefined ? { debounceMs: this.#deps.watchDebounceMs } : {}),
      onChange: (snapshot) => {
        const entry = this.#handles.get(handle);
        if (!entry) return;
        // What the checkout left may be conflicted or not UTF-8: the handle becomes read-only until it is read clean again.
        const readOnlyReason = readOnlyReasonFor(snapshot.bytes);
        entry.readOnlyReason = readOnlyReason;
        this.#deps.emitExternalChange({
          handle,
          text: snapshot.bytes.toString('utf8'),
          fingerprint: snapshot.fingerprint,
          ...(readOnlyReason ? { isReadOnly: true, readOnlyReason } : {}),
        });
      },
    });
    this.#document = { handle, realPath: real, watch };
  }

  #adopt(handle: string, entry: HandleEntry, fingerprint: string, status: 'saved' | 'unchanged', savedText: string): SaveResultMessage {
    entry.fingerprint = fingerprint;
    if (this.#document?.handle === handle) this.#document.watch.setKnownFingerprint(fingerprint);
    void this.#deps.backups.discard(backupIdForPath(entry.realPath), savedText);
    const name = basename(entry.realPath);
    return status === 'saved' ? { status, handle, name, fingerprint } : { status, handle, name };
  }

  #describe(handle: string, real: string, snapshot: FileSnapshot, isDocument: boolean): OpenedFileMessage {
    const reason = isDocument ? this.#handles.get(handle)?.readOnlyReason : undefined;
    return {
      handle,
      name: basename(real),
      text: snapshot.bytes.toString('utf8'),
      fingerprint: snapshot.fingerprint,
      ...(reason ? { isReadOnly: true, readOnlyReason: reason } : {}),
    };
  }

  #issue(entry: HandleEntry): string {
    const handle = randomBytes(18).toString('base64url');
    this.#handles.set(handle, entry);
    return handle;
  }

  #entry(handle: string): HandleEntry {
    const entry = this.#handles.get(handle);
    if (!entry) throw new Error('unknown file handle: open the file again');
    return entry;
  }
}

/** Why bytes must not be edited: conflict markers, or not UTF-8 (saving would change bytes). */
export function readOnlyReasonFor(bytes: Buffer): string | undefined {
  const badBytes = notUtf8Message('this file', bytes);
  if (badBytes) return `This file is not valid UTF-8, so it is read-only: saving it would change bytes you did not edit (${badBytes}).`;
  const text = bytes.toString('utf8');
  const markers = findConflictMarkers(text);
  if (markers.length > 0) return `${MARKER_MESSAGE} First marker: line ${markers[0]}.`;
  return undefined;
}
