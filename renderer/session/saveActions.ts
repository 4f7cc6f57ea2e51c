/** Saving the document: Save, Save As, and the answers to a save conflict. */
import { createHistory } from '../../shared/edits/history';
import { withCatalogueActors } from '../../shared/model/catalogueActors';
import { parseMap } from '../../shared/yaml/parseMap';
import type { DocumentActions } from './documentActions';
import type { OpenDocument } from './editorStore';
import type { LibraryActions } from './libraryActions';
import { documentText, mapText } from './mapText';
import type { RuleConfigActions } from './ruleConfigActions';
import type { SessionCore } from './sessionCore';

/** A document's fields that only hold until it is saved (or written under another name). */
function withoutUnsavedState(doc: OpenDocument): OpenDocument {
  const { fingerprint: _old, readOnlyReason: _reason, restored: _restored, externalChange: _change, saveConflict: _conflict, libraryPath: _library, textBase: _base, salvage, ...rest } = doc;
  // Saved as a map, the file's text is no longer the broken one the salvage stood for.
  return salvage && doc.brokenText !== undefined ? { ...rest, salvage } : rest;
}

export function createSaveActions(
  core: SessionCore,
  deps: { documents: Pick<DocumentActions, 'openDocument'>; ruleConfig: Pick<RuleConfigActions, 'loadRuleConfig'>; library: Pick<LibraryActions, 'readLibraryCatalogue'> },
) {
  const { store, host } = core;

  function markSaved(text: string, handle: string, name: string, fingerprint: string | undefined): void {
    const doc = store.getState().doc;
    if (!doc) return;
    store.setState({
      doc: { ...withoutUnsavedState(doc), name, handle, ...(fingerprint ? { fingerprint } : {}), savedText: text, savedMap: doc.history.present, isReadOnly: false },
      status: `Saved ${name}`,
    });
    core.typingKey = null;
    core.documentChanged();
    // Saved under a new name: the config files that apply may be others.
    if (handle !== doc.handle) void deps.ruleConfig.loadRuleConfig(handle);
  }

  /**
   * The host wrote other text than it was given (desktop Save As made a library `derivedFrom.path`
   * relative to the file): that text becomes the document, so the next save starts from it. Undo
   * history starts again here, since every earlier step holds the old path.
   */
  function adoptWrittenText(written: string, handle: string, name: string, fingerprint: string | undefined, note?: string): void {
    const map = parseMap(written, name).value;
    const doc = store.getState().doc;
    if (!map || !doc) return markSaved(written, handle, name, fingerprint);
    const notes = [
      ...(note ? [note] : []),
      ...(map.derivedFrom?.path !== doc.history.present.derivedFrom?.path ? [`its reference is now named relative to it (${map.derivedFrom?.path ?? ''})`] : []),
    ];
    store.setState({
      doc: { ...withoutUnsavedState(doc), ...(doc.saveConflict ? { saveConflict: doc.saveConflict } : {}), name, handle, ...(fingerprint ? { fingerprint } : {}), savedText: written, savedMap: map, history: createHistory(map), isReadOnly: false },
      status: `Saved ${name}${notes.length ? `; ${notes.join('; ')}` : ''}`,
    });
    core.typingKey = null;
    core.documentChanged();
  }

  async function save(): Promise<void> {
    const doc = store.getState().doc;
    if (!doc) return;
    if (doc.conflictLines) return core.setStatus(`Not saved: ${doc.readOnlyReason ?? 'the file has merge conflicts'}`);
    if (!doc.handle || doc.isReadOnly) return saveAs();
    const text = documentText(doc);
    const result = await host.saveFile({ handle: doc.handle, text, ...(doc.fingerprint ? { fingerprint: doc.fingerprint } : {}) });
    if (result.status === 'conflict') {
      // Asked in a banner over the canvas (DocumentBanners): overwrite, reload, or leave it for now.
      const saveConflict = { message: result.message, diskText: result.diskText, ...(result.fingerprint ? { fingerprint: result.fingerprint } : {}) };
      store.setState({ doc: { ...doc, saveConflict }, status: `Not saved: ${result.message}` });
      return;
    }
    if (result.status === 'cancelled') return;
    markSaved(text, result.handle, result.name, result.status === 'saved' ? result.fingerprint : doc.fingerprint);
  }

  async function saveAs(): Promise<void> {
    const doc = store.getState().doc;
    if (!doc) return;
    if (doc.conflictLines) return core.setStatus(`Not saved: ${doc.readOnlyReason ?? 'the file has merge conflicts'}`);
    // A copy of a library map leaves its folder's actor catalogue behind: the actors it uses go with it.
    const present = doc.history.present;
    const map = doc.libraryPath ? withCatalogueActors(present, await deps.library.readLibraryCatalogue(doc.libraryPath)) : present;
    const text = map === present ? documentText(doc) : mapText(doc.savedText, map, doc.savedMap);
    const suggestedName = doc.isReadOnly || !doc.handle ? `${present.id}.yaml` : doc.name;
    const result = await host.saveFileAs({ suggestedName, text });
    if (result.status !== 'saved') return;
    if ((result.text !== undefined && result.text !== text) || map !== present) {
      const added = Object.keys(map.actors ?? {}).filter((id) => !Object.hasOwn(present.actors ?? {}, id));
      const note = added.length > 0 ? `it now defines the actors it took from the library's catalogue (${added.join(', ')})` : undefined;
      return adoptWrittenText(result.text ?? text, result.handle, result.name, result.fingerprint, note);
    }
    markSaved(text, result.handle, result.name, result.fingerprint);
  }

  /** The answer to a save conflict: write the present map over the file on disk. */
  async function overwriteOnDisk(): Promise<void> {
    const doc = store.getState().doc;
    if (!doc?.handle || !doc.saveConflict) return;
    const text = documentText(doc);
    const forced = await host.saveFile({ handle: doc.handle, text, overwrite: true });
    if (forced.status === 'saved' || forced.status === 'unchanged') markSaved(text, forced.handle, forced.name, forced.status === 'saved' ? forced.fingerprint : doc.saveConflict.fingerprint);
  }

  /** The answer to a save conflict: drop the unsaved work and show the file as it is on disk. */
  async function reloadAfterConflict(): Promise<void> {
    const doc = store.getState().doc;
    const conflict = doc?.saveConflict;
    if (!doc?.handle || !conflict) return;
    const isOpen = await deps.documents.openDocument({ handle: doc.handle, name: doc.name, text: conflict.diskText, ...(conflict.fingerprint ? { fingerprint: conflict.fingerprint } : {}) });
    if (isOpen) core.setStatus(`Reloaded ${doc.name} from disk`);
  }

  /** The answer to a save conflict: neither, for now (the next save asks again). */
  function dismissSaveConflict(): void {
    const doc = store.getState().doc;
    if (!doc?.saveConflict) return;
    const { saveConflict: _conflict, ...rest } = doc;
    store.setState({ doc: rest });
  }

  return { save, saveAs, overwriteOnDisk, reloadAfterConflict, dismissSaveConflict };
}

export type SaveActions = ReturnType<typeof createSaveActions>;
