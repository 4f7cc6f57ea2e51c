/**
 * Exports of the open map through the host, in any format of `shared/render/exportFormats.ts`
 * (same layout as the canvas). Raster formats get the page's rasteriser: the SVG drawn in a canvas,
 * with the bundled font embedded so text measures the same.
 */
import { layoutMapSync } from '../../shared/layout/layoutMap';
import { EXPORT_FORMATS } from '../../shared/render/exportFormats';
import type { ExportFormat, MapDrawing } from '../../shared/render/exportFormats';
import { renderSvg } from '../../shared/render/renderSvg';
import regularFont from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldFont from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italicFont from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import type { Host } from '../host/host';
import type { EditorState } from '../session/editorStore';
import { recordedNames } from '../analysis/workspaceFiles';
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

/** Renders the present map in `format` (from `EXPORT_FORMATS`) and hands it to the host to save. */
export async function exportMap(host: Host, state: EditorState, format: ExportFormat): Promise<boolean> {
  const drawing = currentDrawing(state);
  if (!drawing) return false;
  const data = await format.render([drawing], { rasterise, createPdf: createPagePdf }, { scale: 2 });
  return host.exportFile({ suggestedName: `${drawing.map.id}.${format.extension}`, data, mimeType: format.mimeType });
}

async function fontFaceCss(): Promise<string> {
  const faces: [string, string, string][] = [
    [regularFont, 'normal', 'normal'],
    [boldFont, 'bold', 'normal'],
    [italicFont, 'normal', 'italic'],
  ];
  const rules = await Promise.all(
    faces.map(async ([url, weight, style]) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:'DejaVu Sans';font-weight:${weight};font-style:${style};src:url(data:font/ttf;base64,${btoa(binary)}) format('truetype');}`;
    }),
  );
  return rules.join('');
}

/** Draws the SVG into a canvas at `scale` and returns PNG bytes. */
export async function rasterise(svg: string, width: number, height: number, scale: number): Promise<Uint8Array> {
  const css = await fontFaceCss();
  const withFont = svg.replace(/(<svg[^>]*>)/, `$1<style>${css}</style>`);
  const url = URL.createObjectURL(new Blob([withFont], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
