import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { bundledFontFiles, renderPng } from '../../../shared/node/renderPng';
import { renderSvg } from '../../../shared/render/renderSvg';
import { measureText } from '../../../shared/text/measureText';
import { loadFixture } from '../layout/fixtureMaps';

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderPng', () => {
  it('rasterises a map at the chosen scale', async () => {
    // given
    const map = loadFixture('lanes-example');
    const geometry = await layoutMap(map);
    const svg = renderSvg(map, geometry);
    // when
    const one = renderPng(svg, { scale: 1 });
    const two = renderPng(svg, { scale: 2 });
    // then
    expect(Buffer.from(one.subarray(1, 4)).toString('latin1')).toBe('PNG');
    expect(pngSize(one)).toEqual({ width: geometry.width, height: geometry.height });
    expect(pngSize(two)).toEqual({ width: 2 * geometry.width, height: 2 * geometry.height });
  });

  it('draws text with the bundled font at the measured width', () => {
    // given: the same line anchored at its start and at its measured end
    const text = 'D2: Receive Information — If event requires further incident management action';
    const width = measureText(text, { size: 40, face: 'regular' });
    const svgAt = (anchor: string, x: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="${x}" y="60" font-size="40" font-family="'DejaVu Sans', sans-serif" text-anchor="${anchor}">${text}</text></svg>`;
    const inkLeft = (svg: string) => new Resvg(svg, { font: { fontFiles: bundledFontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).getBBox()!.x;
    // when
    const fromStart = inkLeft(svgAt('start', 10));
    const fromEnd = inkLeft(svgAt('end', 10 + width));
    // then: anchored at the measured end, the ink starts where it starts when anchored at the start
    expect(Math.abs(fromEnd - fromStart)).toBeLessThan(0.5);
  });

  it('refuses a scale out of range', () => {
    // given
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    // when / then
    expect(() => renderPng(svg, { scale: 0 })).toThrow(/scale/);
    expect(() => renderPng(svg, { scale: 100 })).toThrow(/scale/);
  });
});
