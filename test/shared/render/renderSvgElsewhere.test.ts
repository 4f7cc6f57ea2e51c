/**
 * The exported SVG in two other renderers: librsvg's rsvg-convert (Inkscape, GNOME and many
 * converters use librsvg) and Chromium. Each part is skipped, saying why, when its program is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { renderSvg } from '../../../shared/render/renderSvg';
import { measureText } from '../../../shared/text/measureText';
import type { FontFace } from '../../../shared/text/measureText';
import { CHROMIUM_PATH, launchChromium } from '../../e2e/support/launchChromium';
import { loadFixture } from '../layout/fixtureMaps';

const FIXTURES = ['worked-example', 'lanes-example', 'hostile-svg'] as const;
const RSVG = '/usr/bin/rsvg-convert';
const hasRsvg = existsSync(RSVG);
const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasRsvg) console.warn(`skipping the rsvg-convert check: ${RSVG} is absent (Debian package librsvg2-bin)`);
if (!hasChromium) console.warn(`skipping the Chromium check: ${CHROMIUM_PATH} is absent (set CHROMIUM_PATH)`);

async function svgOf(name: string): Promise<{ svg: string; width: number; height: number }> {
  const map = loadFixture(name);
  const geometry = await layoutMap(map);
  return { svg: renderSvg(map, geometry), width: geometry.width, height: geometry.height };
}

describe.skipIf(!hasRsvg)('SVG in rsvg-convert', () => {
  it.each(FIXTURES)('%s converts without warnings to a PNG of the diagram size', async (name) => {
    // given
    const { svg, width, height } = await svgOf(name);
    // when
    const result = spawnSync(RSVG, ['--format', 'png'], { input: svg });
    const png = result.stdout;
    // then
    expect(result.status).toBe(0);
    expect(result.stderr.toString()).toBe('');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
  });
});

describe.skipIf(!hasChromium)('SVG in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(FIXTURES)('%s: every text line is as wide as measured, and nothing runs', async (name) => {
    // given
    const { svg, width, height } = await svgOf(name);
    const page = await browser.newPage();
    // when
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\n/, '')}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const result = await page.evaluate(() => {
      const root = document.querySelector('svg')!;
      const box = root.getBoundingClientRect();
      const texts = [...document.querySelectorAll('svg text')].map((t) => ({
        text: t.textContent ?? '',
        size: Number(t.getAttribute('font-size')),
        weight: t.getAttribute('font-weight'),
        style: t.getAttribute('font-style'),
        length: (t as SVGTextContentElement).getComputedTextLength(),
      }));
      return { width: box.width, height: box.height, texts, scripts: document.querySelectorAll('script').length, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
    });
    await page.close();
    // then
    expect(result.width).toBeCloseTo(width, 0);
    expect(result.height).toBeCloseTo(height, 0);
    expect(result.scripts).toBe(0);
    expect(result.pwned).toBeUndefined();
    expect(result.texts.length).toBeGreaterThan(5);
    for (const t of result.texts) {
      const face: FontFace = t.weight === 'bold' ? 'bold' : t.style === 'italic' ? 'italic' : 'regular';
      const measured = measureText(t.text, { size: t.size, face });
      expect(Math.abs(t.length - measured), `"${t.text}" ${face}: chromium ${t.length}, measured ${measured}`).toBeLessThanOrEqual(0.5 + measured * 0.01);
    }
  });
});
