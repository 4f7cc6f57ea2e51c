/**
 * PNG export: rasterises an SVG from `renderSvg` with resvg, loading the bundled DejaVu Sans faces
 * (and no system fonts) so that the pixels use exactly the font the layout measured.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as ResvgModule from '@resvg/resvg-js';
import { BUNDLED_FONT_NAME } from '../text/measureText';

const require = createRequire(import.meta.url);

/** Paths of the bundled TTF files (regular, bold, oblique, bold oblique). */
export function bundledFontFiles(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map((f) => join(dir, f));
}

export interface PngOptions {
  /** Pixels per SVG unit (default 2: sharp on high-density screens and in print). */
  readonly scale?: number;
}

/** Renders SVG text to PNG bytes at the given scale. */
export function renderPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 16)) throw new Error(`scale must be between 0 and 16, got ${scale}`);
  // Loaded on first use: the native module costs every other command ~40 ms of start-up.
  const { Resvg } = require('@resvg/resvg-js') as typeof ResvgModule;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: bundledFontFiles(), loadSystemFonts: false, defaultFontFamily: BUNDLED_FONT_NAME },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
