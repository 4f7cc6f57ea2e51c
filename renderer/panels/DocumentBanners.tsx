import { useState } from 'react';
import { dismissSaveConflict, overwriteOnDisk, reloadAfterConflict } from '../session/editorActions';
import { dismissRestored, keepMine, reloadFromDisk } from '../session/hostEvents';
import { editorStore, useEditor } from '../session/editorStore';
import { mapText } from '../session/mapText';
import { LineDiffView } from '../compare/LineDiffView';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** The open document's text as it would be saved now. */
function currentText(): string {
  const doc = editorStore.getState().doc;
  return doc ? mapText(doc.savedText, doc.history.present) : '';
}

/**
 * Non-blocking notices about the open document, above the canvas: unresolved merge conflicts
 * (read-only), unsaved work restored after a crash, a change on disk under unsaved work, and a
 * save refused because the file changed on disk (overwrite, reload or cancel).
 */
export function DocumentBanners() {
  const conflictReason = useEditor((state) => (state.doc?.conflictLines ? (state.doc.readOnlyReason ?? null) : null));
  const restored = useEditor((state) => state.doc?.restored ?? null);
  const change = useEditor((state) => state.doc?.externalChange ?? null);
  const saveConflict = useEditor((state) => state.doc?.saveConflict ?? null);
  const name = useEditor((state) => state.doc?.name ?? '');
  // Re-render with the present map while a diff against it is open.
  useEditor((state) => state.doc?.history.present);
  const [openDiff, setOpenDiff] = useState<'restored' | 'external' | 'save' | null>(null);
  if (!conflictReason && !restored && !change && !saveConflict) return null;
  const toggle = (which: 'restored' | 'external' | 'save') => setOpenDiff((current) => (current === which ? null : which));
  return (
    <div className="banners">
      {conflictReason ? (
        <div className="banner error" role="alert" data-testid="conflict-banner">
          <p>{conflictReason}</p>
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
            <LineDiffView before={restored.diskText} after={currentText()} beforeLabel={restored.diskText ? `${name} on disk` : 'nothing on disk'} afterLabel="restored work" />
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
          {openDiff === 'external' ? <LineDiffView before={change.text} after={currentText()} beforeLabel={`${name} on disk`} afterLabel="yours" /> : null}
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
          {openDiff === 'save' ? <LineDiffView before={saveConflict.diskText} after={currentText()} beforeLabel={`${name} on disk`} afterLabel="yours" /> : null}
        </div>
      ) : null}
    </div>
  );
}
