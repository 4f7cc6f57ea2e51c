import { useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../shared/render/exportFormats';
import { PAGE_EXPORT_FORMATS } from '../export/exportMap';
import { PngOptions } from '../export/PngOptions';
import { useEditor, useSession } from '../session/SessionContext';

/**
 * The menu's "Export…": the choice of format, then, for a format with options (PNG), its options,
 * progress and Cancel. The toolbar's PNG button opens it at the PNG options.
 */
export function ExportDialog() {
  const { closeExportChoice, exportAs } = useSession();
  const optionsFor = useEditor((state) => state.exportOptionsFor);
  const [chosen, setChosen] = useState<ExportFormat | null>(() => PAGE_EXPORT_FORMATS.find((format) => format.id === optionsFor) ?? null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const choose = (format: ExportFormat) => {
    if (format.id === 'png') return setChosen(format);
    closeExportChoice();
    void exportAs(format);
  };
  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-title" onClose={closeExportChoice}>
      <h2 id="export-title">{chosen ? `Export ${chosen.label}` : 'Export'}</h2>
      {chosen ? (
        <PngOptions format={chosen} onClose={closeExportChoice} />
      ) : (
        <>
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
        </>
      )}
    </dialog>
  );
}
