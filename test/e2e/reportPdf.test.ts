// The HTML report printed by Chromium to A4 landscape: no text under 8 pt, measured in the PDF
// with poppler's pdftotext -bbox. Before the print rules PC came out at 2.6 pt and D at 4.7 pt.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMapsToDraw } from '../../cli/mapsToDraw';
import { layoutMap } from '../../shared/layout/layoutMap';
import { MIN_PRINT_TEXT_PT } from '../../shared/render/printTiles';
import { renderReport } from '../../shared/render/renderReport';
import { renderSvg } from '../../shared/render/renderSvg';
import { smallestText, wordBoxes } from '../support/pdfTextSizes';
import { HAS_CHROMIUM, launchChromium } from './support/launchChromium';

const CERT = fileURLToPath(new URL('../../model-library/cert', import.meta.url));

async function reportOf(mapId: string): Promise<string> {
  const { maps } = await loadMapsToDraw([path.join(CERT, `${mapId}.yaml`)], { stdout: () => undefined, stderr: () => undefined });
  const entry = maps[0]!;
  const geometry = await layoutMap(entry.map, entry.names);
  return renderReport([{ ...entry, geometry, svg: renderSvg(entry.map, geometry, { idPrefix: 'map1' }) }], { paper: 'A4' });
}

describe.skipIf(!HAS_CHROMIUM)('the HTML report printed to PDF', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['D', 'PC'])('prints CERT map %s on A4 landscape with no text under 8 pt, the diagram included', async (mapId) => {
    // given the report of the map
    const page = await browser.newPage();
    await page.setContent(await reportOf(mapId));
    // when Chromium prints it
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'swimlane-report-pdf-')), `${mapId}.pdf`);
    await page.pdf({ path: file, format: 'A4', landscape: true });
    await page.close();
    // then the smallest text is at least 8 pt, and the diagram's labels are in the PDF
    const smallest = smallestText(file);
    expect(smallest.pt, `smallest word "${smallest.word}"`).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT - 0.05);
    expect(wordBoxes(file).map((word) => word.text)).toContain(mapId === 'D' ? 'D2:' : 'PC10:');
  }, 60_000);
});
