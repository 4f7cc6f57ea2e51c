/** Exporting the open map through the host. */
import type { ExportFormat } from '../../shared/render/exportFormats';
import { exportMap } from '../export/exportMap';
import type { SessionCore } from './sessionCore';

export function createExportActions(core: SessionCore) {
  async function exportAs(format: ExportFormat): Promise<void> {
    try {
      const done = await exportMap(core.host, core.store.getState(), format);
      if (done) core.setStatus(`Exported ${format.label}`);
    } catch (error) {
      core.setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { exportAs };
}
