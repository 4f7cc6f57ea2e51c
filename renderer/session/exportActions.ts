/** Exporting the open map through the host. */
import type { ExportFormat } from '../../shared/render/exportFormats';
import { exportMap, type ExportRun } from '../export/exportMap';
import { RasterCancelled } from '../export/rasterClient';
import type { SessionCore } from './sessionCore';

/** Formats whose dialog asks for options before exporting (PNG: the scale). */
const FORMATS_WITH_OPTIONS = new Set(['png']);

export function createExportActions(core: SessionCore, deps: { openExportChoice: (formatId: string | null) => void }) {
  /** Exports now, or, for a format with options, opens the dialog at them. */
  async function exportAs(format: ExportFormat): Promise<void> {
    if (FORMATS_WITH_OPTIONS.has(format.id)) return deps.openExportChoice(format.id);
    await exportWith(format);
  }

  /** Exports with the options chosen; true when the file was handed over (false: cancelled, failed). */
  async function exportWith(format: ExportFormat, run: ExportRun = {}): Promise<boolean> {
    try {
      const done = await exportMap(core.host, core.store.getState(), format, run);
      if (done) core.setStatus(`Exported ${format.label}`);
      return done;
    } catch (error) {
      if (error instanceof RasterCancelled) core.setStatus(`${format.label} export cancelled`);
      else core.setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
  return { exportAs, exportWith };
}
