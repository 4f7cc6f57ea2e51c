import { useState } from 'react';
import { documentText } from '../session/mapText';
import { LineDiffView } from '../compare/LineDiffView';
import type { OpenDocument } from '../session/editorStore';
import { useEditor, useSession } from '../session/SessionContext';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** The open document's text as it would be saved now. */
function currentText(doc: OpenDocument | null): string {
  return doc ? documentText(doc) : '';
}

/**
 * Non-blocking notices about the open document, above the canvas: unresolved merge conflicts
 * (read-only), unsaved work restored after a crash, a change on disk under unsaved work, and a
 * save refused because the file changed on disk (overwrite, reload or cancel).
 */
export function DocumentBanners() {
  const { dismissSaveConflict, overwriteOnDisk, reloadAfterConflict, dismissRestored, keepMine, reloadFromDisk, store } = useSession();
  const conflictReason = useEditor((state) => (state.doc?.conflictLines ? (state.doc.readOnlyReason ?? null) : null));
  const restored = useEditor((state) => state.doc?.restored ?? null);
  const change = useEditor((state) => state.doc?.externalChange ?? null);
  const saveConflict = useEditor((state) => state.doc?.saveConflict ?? null);
  const name = useEditor((state) => state.doc?.name ?? '');
  const isBroken = useEditor((state) => state.doc?.brokenText !== undefined);
  // Re-render with the present map while a diff against it is open.
  useEditor((state) => state.doc?.history.present);
  const [openDiff, setOpenDiff] = useState<'restored' | 'external' | 'save' | null>(null);
  if (!conflictReason && !restored && !change && !saveConflict && !isBroken) return null;
  const toggle = (which: 'restored' | 'external' | 'save') => setOpenDiff((current) => (current === which ? null : which));
  return (
    <div className="banners">
      {conflictReason ? (
        <div className="banner error" role="alert" data-testid="conflict-banner">
          <p>{conflictReason}</p>
        </div>
      ) : null}
      {isBroken ? (
        <div className="banner warning" role="status" data-testid="broken-text-banner">
          <p>The text does not read as a map (see Problems): the canvas shows what could be read and is read-only until the source is fixed. Saving writes the text as it is.</p>
        </div>
      ) : null}
      {restored ? (
        <div className="banner info" role="status" data-testid="restored-banner">
          <p>Restored unsaved work from {formatTime(restored.savedAt)}</p>
          <div className="actions">
            <button type="button" className="small" onClick={() => toggle('restored')} aria-expanded={openDiff === 'restored'}>
              {openDiff === 'restored' ? 'Hide differences' : 'Show differences'}
            </button>
            <button type="button" className="small" onClick={dismissRestored}>
              Dismiss
            </button>
          </div>
          {openDiff === 'restored' ? (
            <LineDiffView before={restored.diskText} after={currentText(store.getState().doc)} beforeLabel={restored.diskText ? `${name} on disk` : 'nothing on disk'} afterLabel="restored work" />
          ) : null}
        </div>
      ) : null}
      {change ? (
        <div className="banner warning" role="alert" data-testid="external-change-banner">
          <p>{name} changed on disk while you have unsaved changes.</p>
          <div className="actions">
            <button type="button" className="small" onClick={() => toggle('external')} aria-expanded={openDiff === 'external'}>
              {openDiff === 'external' ? 'Hide differences' : 'Show differences'}
            </button>
            <button type="button" className="small" onClick={() => void reloadFromDisk()}>
              Reload
            </button>
            <button type="button" className="small" onClick={keepMine}>
              Keep mine
            </button>
          </div>
          {openDiff === 'external' ? <LineDiffView before={change.text} after={currentText(store.getState().doc)} beforeLabel={`${name} on disk`} afterLabel="yours" /> : null}
        </div>
      ) : null}
      {saveConflict ? (
        <div className="banner warning" role="alert" data-testid="save-conflict-banner">
          <p>Not saved. {saveConflict.message}</p>
          <div className="actions">
            {saveConflict.diskText ? (
              <button type="button" className="small" onClick={() => toggle('save')} aria-expanded={openDiff === 'save'}>
                {openDiff === 'save' ? 'Hide differences' : 'Show differences'}
              </button>
            ) : null}
            <button type="button" className="small" onClick={() => void overwriteOnDisk()}>
              Overwrite with mine
            </button>
            {saveConflict.diskText ? (
              <button type="button" className="small" onClick={() => void reloadAfterConflict()}>
                Reload from disk
              </button>
            ) : null}
            <button type="button" className="small" onClick={dismissSaveConflict}>
              Cancel
            </button>
          </div>
          {openDiff === 'save' ? <LineDiffView before={saveConflict.diskText} after={currentText(store.getState().doc)} beforeLabel={`${name} on disk`} afterLabel="yours" /> : null}
        </div>
      ) : null}
    </div>
  );
}
