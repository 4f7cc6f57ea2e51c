/**
 * Exports of the open map through the host, in any format of `shared/render/exportFormats.ts`
 * (same layout as the canvas). Raster formats are drawn by resvg (WebAssembly) in a worker, with
 * the bundled fonts, so the picture is the CLI's.
 */
import { layoutMapSync } from '../../shared/layout/layoutMap';
import { EXPORT_FORMATS } from '../../shared/render/exportFormats';
import type { ExportFormat, MapDrawing } from '../../shared/render/exportFormats';
import { renderSvg } from '../../shared/render/renderSvg';
import type { Host } from '../host/host';
import type { EditorState } from '../session/editorStore';
import { recordedNames } from '../analysis/workspaceFiles';
import { chooseRasterScale } from './rasterise';
import { RasterCancelled, rasteriseInWorker, type RasterOptions } from './rasterClient';
import { createPagePdf } from './pageSurfacePdf';

/** The formats the page can render itself (the dialog and the toolbar offer these). */
export const PAGE_EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMATS.filter((format) => !format.needsNode);

/** The present map drawn, laid out now so that it is never a stale geometry. */
export function currentDrawing(state: EditorState): MapDrawing | null {
  const map = state.doc?.history.present;
  if (!map) return null;
  const geometry = layoutMapSync(map, recordedNames(state.geometryNames));
  return { map, geometry, svg: renderSvg(map, geometry) };
}

/** How one export runs: the raster scale, and for PNG the worker's progress and a way to cancel. */
export interface ExportRun extends RasterOptions {
  readonly scale?: number;
}

/** Renders the present map in `format` (from `EXPORT_FORMATS`) and hands it to the host to save. */
export async function exportMap(host: Host, state: EditorState, format: ExportFormat, run: ExportRun = {}): Promise<boolean> {
  const drawing = currentDrawing(state);
  if (!drawing) return false;
  // resvg in a worker of its own (the canvas path failed on large maps and froze the page), at a
  // scale lowered where the picture would pass MAX_PNG_PIXELS.
  const rasterise = (svg: string, width: number, height: number, scale: number) => rasteriseInWorker(svg, chooseRasterScale(width, height, scale).scale, run);
  const data = await format.render([drawing], { rasterise, createPdf: createPagePdf }, { scale: run.scale ?? 2 });
  if (run.signal?.aborted) throw new RasterCancelled();
  return host.exportFile({ suggestedName: `${drawing.map.id}.${format.extension}`, data, mimeType: format.mimeType });
}
