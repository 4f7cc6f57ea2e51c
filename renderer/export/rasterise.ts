/**
 * SVG → PNG with resvg compiled to WebAssembly. The browser's own path (an <img> drawn into a
 * canvas) fails on large maps: Chromium gives up encoding canvases of some tens of megapixels and
 * takes minutes before it does. resvg renders the same SVG the CLI's PNG export renders (the CLI
 * uses resvg's native build), so the editor and `swimlane export --format png` give one picture.
 */
import { initWasm, Resvg, type InitInput } from '@resvg/resvg-wasm';

/** More pixels than this would need hundreds of MB in the page: the scale is lowered to fit. */
export const MAX_PNG_PIXELS = 80_000_000;

export interface RasterScale {
  /** The scale the PNG is drawn at. */
  scale: number;
  /** True when the requested scale was lowered to stay under MAX_PNG_PIXELS. */
  isReduced: boolean;
  width: number;
  height: number;
}

/** The largest scale ≤ `requested` whose picture stays under `maxPixels`. */
export function chooseRasterScale(width: number, height: number, requested: number, maxPixels = MAX_PNG_PIXELS): RasterScale {
  const area = Math.max(1, width) * Math.max(1, height);
  const fitting = Math.sqrt(maxPixels / area);
  const scale = Math.min(requested, fitting);
  // Two decimals keep the file's pixel size predictable (and the same in a retry).
  const rounded = Math.max(0.01, Math.floor(scale * 100) / 100);
  return { scale: rounded, isReduced: rounded < requested, width: Math.ceil(width * rounded), height: Math.ceil(height * rounded) };
}

let initialised: Promise<void> | undefined;

/** Loads the WebAssembly module once per realm (page or worker). */
export function ensureResvg(wasm: InitInput | Promise<InitInput>): Promise<void> {
  initialised ??= initWasm(wasm);
  return initialised;
}

/** Renders `svg` at `scale` on white with the given font files (the map's text font). */
export function renderPng(svg: string, scale: number, fonts: Uint8Array[]): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontBuffers: fonts, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
