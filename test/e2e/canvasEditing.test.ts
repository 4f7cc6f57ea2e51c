// Editing text in place on the canvas: double-click or F2 on a box, lane header or phase header.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EditorPage } from './pages/EditorPage';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const session = editorSessionForSpec();

async function tailoredE(): Promise<EditorPage> {
  const editor = await session.open();
  await editor.library.newFromReference('E: Handle Events');
  await editor.canvas.waitForLayout();
  return editor;
}

const inlineEditor = '.inline-name-editor';

describe.skipIf(!HAS_CHROMIUM)('edit in place', () => {
  it('double-click on a box edits its name in place: typing replaces it, Enter commits one undoable rename', async () => {
    // given E with E2 "Check Report"
    const editor = await tailoredE();
    const { page } = editor;
    // when E2 is double-clicked and a name is typed
    await editor.canvas.node('E2').dblclick();
    await page.locator(inlineEditor).waitFor();
    await page.keyboard.type('Verify Report');
    await page.screenshot({ path: 'scratch/inline-edit-activity.png' });
    await page.keyboard.press('Enter');
    // then the editor closes, focus is back on E2, and the box shows the new name alone
    await expect.poll(() => page.locator(inlineEditor).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id)).toBe('E2');
    await editor.canvas.waitForLayout();
    expect(await editor.canvas.nodeText('E2')).toBe('E2: Verify Report');
    expect(parse((await editor.saveAs()).text).activities.E2.name).toBe('Verify Report');
    // when Ctrl+Z is pressed once
    await page.keyboard.press('Control+z');
    // then the whole rename is undone
    await expect.poll(() => editor.canvas.nodeText('E2')).toBe('E2: Check Report');
  });

  it('F2 on a box edits in place and Escape cancels, leaving the name as it was', async () => {
    // given E with E3 focused
    const editor = await tailoredE();
    const { page } = editor;
    await editor.canvas.node('E3').focus();
    // when F2 opens the in-place editor, something is typed, and Escape is pressed
    await page.keyboard.press('F2');
    await page.locator(inlineEditor).waitFor();
    await page.keyboard.type('Not this');
    await page.keyboard.press('Escape');
    // then nothing changed: no edit reached the history
    await expect.poll(() => page.locator(inlineEditor).count()).toBe(0);
    expect(await editor.canvas.nodeText('E3')).toBe('E3: Pass to Triage');
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
  });

  it('double-click on a lane header renames the lane in place', async () => {
    // given E's help desk lane
    const editor = await tailoredE();
    const { page } = editor;
    // when its header is double-clicked and a label typed
    await editor.canvas.laneHeader('help-desk-staff').dblclick();
    await page.locator(inlineEditor).waitFor();
    await page.keyboard.type('Service desk');
    await page.keyboard.press('Enter');
    // then the lane carries the label
    await expect.poll(async () => parse((await editor.saveAs()).text).lanes['help-desk-staff'].label).toBe('Service desk');
  });
});
