import { useEffect, useRef } from 'react';
import type { ExportFormat } from '../export/exportMap';
import { useSession } from '../session/SessionContext';

const FORMATS: readonly { readonly format: ExportFormat; readonly label: string; readonly description: string }[] = [
  { format: 'svg', label: 'SVG', description: 'the diagram as a vector drawing, for documents and the web' },
  { format: 'png', label: 'PNG', description: 'the diagram as a picture at twice the screen size' },
  { format: 'html', label: 'HTML', description: 'the process report: diagram, walk-through and description tables in one page' },
];

/** The choice of export format, for the menu's "Export…" (the toolbar offers the same three). */
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
        {FORMATS.map(({ format, label, description }) => (
          <li key={format}>
            <button type="button" onClick={() => choose(format)}>
              <strong>{label}</strong> <span className="description">{description}</span>
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
