import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));

const session = editorSessionForSpec();

/** React Flow's view transform: pan x, pan y, zoom. */
async function viewTransform(page: Page): Promise<[number, number, number]> {
  const text = await page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(text);
  if (!match) throw new Error(`unexpected transform ${text}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

describe.skipIf(!HAS_CHROMIUM)('moving around the canvas', () => {
  it('a pan moves the map as one layer only while it moves, and the dot grid with it', async () => {
    // given an opened map
    const editor = await session.open();
    await editor.openFile(TAILORED);
    await editor.canvas.waitForLayout();
    const { page } = editor;
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const dotsBefore = await page.locator('.dot-grid').evaluate((element) => (element as HTMLElement).style.transform);
    const before = await viewTransform(page);
    // when the empty pane is dragged
    await page.mouse.move(pane.x + pane.width - 60, pane.y + pane.height - 120);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width - 100, pane.y + pane.height - 140, { steps: 4 });
    // then, while moving, the map is a compositor layer
    expect(await page.locator('.canvas').getAttribute('class')).toContain('is-moving');
    expect(await page.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).willChange)).toBe('transform');
    await page.mouse.move(pane.x + pane.width - 140, pane.y + pane.height - 160, { steps: 4 });
    await page.mouse.up();
    // and afterwards the view moved by the drag, the dots followed, and the layer is dropped (sharp text at rest)
    const after = await viewTransform(page);
    expect(after[0] - before[0]).toBeCloseTo(-80, 0);
    expect(after[1] - before[1]).toBeCloseTo(-40, 0);
    expect(await page.locator('.dot-grid').evaluate((element) => (element as HTMLElement).style.transform)).not.toBe(dotsBefore);
    await expect.poll(() => page.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).willChange)).toBe('auto');
  });

  it('clicking the overview centres the view on that part of the map', async () => {
    // given an opened map, zoomed in
    const editor = await session.open();
    await editor.openFile(TAILORED);
    await editor.canvas.waitForLayout();
    const { page } = editor;
    for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomin').click();
    const overview = page.getByRole('img', { name: 'Overview of the map' });
    const box = (await overview.boundingBox())!;
    const map = await page.locator('svg.backdrop').evaluate((svg) => ({ width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }));
    // when the overview is clicked three quarters of the way across its map picture
    const scale = Math.min(160 / map.width, 100 / map.height);
    const offsetX = (160 - map.width * scale) / 2;
    const offsetY = (100 - map.height * scale) / 2;
    const target = { x: map.width * 0.75, y: map.height * 0.5 };
    await page.mouse.click(box.x + 1 + offsetX + target.x * scale, box.y + 1 + offsetY + target.y * scale);
    // then that map point is at the centre of the pane (within a pixel and a half of the overview)
    const [tx, ty, zoom] = await viewTransform(page);
    const pane = (await page.locator('.react-flow').boundingBox())!;
    expect(Math.abs((pane.width / 2 - tx) / zoom - target.x)).toBeLessThan(1.5 / scale);
    expect(Math.abs((pane.height / 2 - ty) / zoom - target.y)).toBeLessThan(1.5 / scale);
  });
});
