// PNG export from the editor, under the desktop app's CSP: the export dialog's scale, progress and
// Cancel, and maps of 200 and 2,000 activities (the page's canvas path failed on those).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/securityPolicy';
import { ProcessMap } from '../../shared/model/schema';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { syntheticMap } from '../support/syntheticMap';
import type { EditorPage } from './pages/EditorPage';
import { E2E_LIBRARY, editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));
const session = editorSessionForSpec(E2E_LIBRARY, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });

function mapFile(activityCount: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'swimlane-png-')), `big-${activityCount}.yaml`);
  writeFileSync(file, renderCanonical(syntheticMap({ activities: activityCount, chainLength: 20, handoffs: true }), ProcessMap));
  return file;
}

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** resvg rounds the scaled size where the dialog rounds up: one pixel apart at most. */
function expectSize(bytes: Buffer, promised: { width: number; height: number }): void {
  const actual = pngSize(bytes);
  expect(Math.abs(actual.width - promised.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(actual.height - promised.height)).toBeLessThanOrEqual(1);
}

/** Opens the PNG options from the toolbar and picks `scale`; returns the pixel size the dialog promises. */
async function choosePngScale(editor: EditorPage, scale: string): Promise<{ width: number; height: number }> {
  await editor.command('Export PNG').click();
  const dialog = editor.page.getByRole('dialog', { name: 'Export PNG' });
  const name = new RegExp(`^${scale}×`);
  await dialog.getByRole('radio', { name }).check();
  const label = await dialog.locator('label').filter({ has: editor.page.getByRole('radio', { name }) }).innerText();
  const [width, height] = /([\d,]+) × ([\d,]+) px/.exec(label)!.slice(1).map((text) => Number(text.replaceAll(',', '')));
  return { width: width!, height: height! };
}

async function exportPng(editor: EditorPage, timeout: number): Promise<{ download: Download; bytes: Buffer; ms: number }> {
  const dialog = editor.page.getByRole('dialog', { name: 'Export PNG' });
  const started = Date.now();
  const [download] = await Promise.all([editor.page.waitForEvent('download', { timeout }), dialog.getByRole('button', { name: 'Export PNG' }).click()]);
  const bytes = await readFile((await download.path())!);
  return { download, bytes, ms: Date.now() - started };
}

describe.skipIf(!HAS_CHROMIUM)('PNG export in the editor', () => {
  it('offers the scale and writes a PNG of the size it shows, under the desktop CSP', async () => {
    // given an opened map, and the PNG options at scale 1
    const editor = await session.open();
    await editor.openFile(TAILORED);
    const promised = await choosePngScale(editor, '1');
    // when it is exported
    const { download, bytes } = await exportPng(editor, 30_000);
    // then the PNG has the size the dialog promised, and the dialog closed
    expect(download.suggestedFilename()).toBe('acme-D-as-is.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expectSize(bytes, promised);
    await expect.poll(() => editor.page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => editor.page.getByText('Exported PNG').count()).toBeGreaterThan(0);
  });

  it('shows progress while a 2,000-activity map is drawn, and Cancel stops it with no file', async () => {
    // given the 2,000-activity map with its PNG export running
    const editor = await session.open();
    await editor.openFile(mapFile(2000));
    await choosePngScale(editor, '2');
    let downloads = 0;
    editor.page.on('download', () => downloads++);
    const dialog = editor.page.getByRole('dialog', { name: 'Export PNG' });
    await dialog.getByRole('button', { name: 'Export PNG' }).click();
    await dialog.getByRole('progressbar', { name: 'PNG export progress' }).waitFor();
    await dialog.getByRole('status').filter({ hasText: /Drawing the picture/ }).waitFor({ timeout: 30_000 });
    // when Cancel is pressed
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // then the dialog closes, the status says so, and no file comes
    await expect.poll(() => editor.page.getByRole('dialog').count()).toBe(0);
    await editor.page.getByText('PNG export cancelled').waitFor();
    await editor.page.waitForTimeout(1_000);
    expect(downloads).toBe(0);
  }, 90_000);

  it('exports maps of 200 and 2,000 activities (the 2,000 one at a scale lowered to fit)', async () => {
    for (const activityCount of [200, 2000]) {
      // given a large map, PNG at scale 2
      const editor = await session.open();
      await editor.openFile(mapFile(activityCount));
      const promised = await choosePngScale(editor, '2');
      // when it is exported
      const { bytes, ms } = await exportPng(editor, 120_000);
      // then the PNG has the promised size (the 2,000 map under MAX_PNG_PIXELS)
      expectSize(bytes, promised);
      expect(promised.width * promised.height).toBeLessThanOrEqual(80_000_000);
      console.log(`PNG export, ${activityCount} activities at ${promised.width} × ${promised.height} px: ${ms} ms`);
      await editor.page.context().close();
    }
  }, 300_000);
});
