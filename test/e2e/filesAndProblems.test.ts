import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));

const session = editorSessionForSpec();

describe.skipIf(!HAS_CHROMIUM)('files and problems', () => {
  it('opens a file, saves it back byte for byte when unchanged, and shows its name in the title', async () => {
    // given a map file on disk
    const editor = await session.open();
    const original = await readFile(TAILORED, 'utf8');
    // when it is opened and saved without changes
    await editor.openFile(TAILORED);
    expect(await editor.documentName()).toBe('tailored-example.yaml');
    expect(await editor.page.title()).toBe('tailored-example.yaml — Swimlane Studio');
    const saved = await editor.save();
    // then the bytes are the same, comments included
    expect(saved.name).toBe('tailored-example.yaml');
    expect(saved.text).toBe(original);
  });

  it('clicking a problem selects and reveals its element; the status bar counts it', async () => {
    // given an opened map, where deleting a flow leaves an activity unreachable
    const editor = await session.open();
    await editor.openFile(TAILORED);
    const before = await editor.problems.total();
    await editor.canvas.clickFlow('outside-D1');
    await editor.page.keyboard.press('Delete');
    await expect.poll(() => editor.problems.total(), { timeout: 8_000 }).toBeGreaterThan(before);
    await editor.problems.waitFor(/"D1".*reach|reach.*"D1"/);
    // when the problem is clicked
    await editor.problems.problem(/"D1".*reach|reach.*"D1"/).first().click();
    // then D1 is selected in the inspector and focused on the canvas
    expect(await editor.inspector.heading()).toBe('Activity D1');
    await editor.page.waitForFunction(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') === 'D1');
  });

  it('clicking a problem about a lane shows the lane from its header, also when zoomed in far', async () => {
    // given an opened map with a new, empty lane (a warning), zoomed in far on the first activity
    const editor = await session.open();
    await editor.openFile(TAILORED);
    await editor.command('+ Lane').click();
    await editor.problems.waitFor(/lane "new-lane" holds no activity/);
    await editor.page.keyboard.press('Escape');
    for (let step = 0; step < 6; step++) await editor.page.getByRole('button', { name: 'Zoom In' }).click();
    // when the lane's problem is clicked
    await editor.problems.problem(/lane "new-lane" holds no activity/).click();
    // then the lane's header is on screen
    const pane = (await editor.page.locator('.react-flow').boundingBox())!;
    await expect
      .poll(async () => {
        const header = await editor.canvas.laneHeader('new-lane').boundingBox();
        return header !== null && header.x >= pane.x - 1 && header.x + header.width <= pane.x + pane.width && header.y + header.height > pane.y && header.y < pane.y + pane.height;
      })
      .toBe(true);
  });

  it('exports PNG by rasterising the SVG in the browser (resvg in a worker)', async () => {
    // given an opened map
    const editor = await session.open();
    await editor.openFile(TAILORED);
    // when PNG is exported
    await editor.command('Export PNG').click();
    const exportButton = editor.page.getByRole('dialog', { name: 'Export PNG' }).getByRole('button', { name: 'Export PNG' });
    const [download] = await Promise.all([editor.page.waitForEvent('download', { timeout: 30_000 }), exportButton.click()]);
    const bytes = await readFile(await download.path());
    // then it is a PNG of a real size
    expect(download.suggestedFilename()).toBe('acme-D-as-is.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(400);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(200);
  });

  it('exports the HTML report with the diagram inline', async () => {
    // given an opened map
    const editor = await session.open();
    await editor.openFile(TAILORED);
    // when HTML is exported
    const report = await editor.download(() => editor.command('Export HTML').click());
    // then it is one self-contained page with the map's title and its SVG
    expect(report.name).toBe('acme-D-as-is.html');
    expect(report.text).toMatch(/^<!DOCTYPE html>/);
    expect(report.text).toContain('Acme: Detect Events (as-is)');
    expect(report.text).toContain('<svg');
    expect(report.text).not.toContain('<script');
  });
});
