import { useEffect, useRef } from 'react';
import type { ExportFormat } from '../../shared/render/exportFormats';
import { PAGE_EXPORT_FORMATS } from '../export/exportMap';
import { useSession } from '../session/SessionContext';

/** The choice of export format, for the menu's "Export…" (the toolbar offers the same formats). */
export function ExportDialog() {
  const { closeExportChoice, exportAs } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const choose = (format: ExportFormat) => {
    closeExportChoice();
    void exportAs(format);
  };
  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-title" onClose={closeExportChoice}>
      <h2 id="export-title">Export</h2>
      <ul className="export-formats">
        {PAGE_EXPORT_FORMATS.map((format) => (
          <li key={format.id}>
            <button type="button" onClick={() => choose(format)}>
              <strong>{format.label}</strong> <span className="description">{format.description}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={closeExportChoice}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
