import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { renderSvg } from '../../../shared/render/renderSvg';
import { chooseRasterScale, ensureResvg, MAX_PNG_PIXELS, renderPng } from '../../../renderer/export/rasterise';
import { syntheticMap } from '../../support/syntheticMap';

const require = createRequire(import.meta.url);
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((name) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`))));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('chooseRasterScale', () => {
  it('keeps the requested scale when the picture fits', () => {
    // given a 1,000 × 500 picture, when scale 2 is asked for, then it is kept
    expect(chooseRasterScale(1000, 500, 2)).toEqual({ scale: 2, isReduced: false, width: 2000, height: 1000 });
  });

  it('lowers the scale of a picture that would pass the pixel limit, and says so', () => {
    // given a picture of 40,000 × 10,000 at scale 2 (1.6 gigapixels)
    const chosen = chooseRasterScale(40_000, 10_000, 2);
    // then the scale drops below 1 and the result stays under the limit
    expect(chosen.isReduced).toBe(true);
    expect(chosen.width * chosen.height).toBeLessThanOrEqual(MAX_PNG_PIXELS * 1.001);
    expect(chosen.scale).toBeLessThan(1);
  });
});

describe('renderPng (resvg WebAssembly)', () => {
  beforeAll(async () => {
    await ensureResvg(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  });

  it('draws a 200-activity map at scale 2 into a PNG of the layout size', () => {
    // given the SVG export of a 200-activity map
    const map = syntheticMap({ activities: 200, lanes: 5, chainLength: 20, handoffs: true });
    const geometry = layoutMapSync(map);
    const svg = renderSvg(map, geometry);
    // when it is rasterised at scale 2
    const png = renderPng(svg, 2, fonts);
    // then the PNG is the layout's size times two (resvg rounds up)
    const size = pngSize(png);
    expect(Math.abs(size.width - geometry.width * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - geometry.height * 2)).toBeLessThanOrEqual(1);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  }, 120_000); // a large picture: on a loaded machine resvg's WebAssembly needs more than the default 30 s

  it('draws text with the given fonts (dark pixels where labels are)', () => {
    // given a tiny SVG with one word in black on white
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text x="2" y="15" font-family="DejaVu Sans" font-size="14">Detect</text></svg>';
    // when rendered with the fonts and without them
    const withFonts = renderPng(svg, 1, fonts);
    const withoutFonts = renderPng(svg, 1, []);
    // then the text shows only with the fonts (without any font resvg draws no glyphs)
    expect(withFonts.length).toBeGreaterThan(withoutFonts.length);
  });
});
