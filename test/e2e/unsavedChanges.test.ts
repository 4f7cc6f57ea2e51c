import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));

const session = editorSessionForSpec();

describe.skipIf(!HAS_CHROMIUM)('unsaved changes', () => {
  it('opening another map over unsaved changes asks in the app: Keep editing keeps them, Discard changes opens the other', async () => {
    // given an edited map, and no browser dialog allowed
    const editor = await session.open();
    const browserDialogs: string[] = [];
    editor.page.on('dialog', (dialog) => {
      browserDialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await editor.openFile(TAILORED);
    await editor.canvas.node('D2').click();
    await editor.page.keyboard.press('Delete');
    await editor.canvas.node('D2').waitFor({ state: 'detached' });
    expect(await editor.isDirty()).toBe(true);
    // when a library map is opened and the question is answered "Keep editing"
    await editor.command('Library').click();
    await editor.page.getByRole('button', { name: 'Open E: Handle Events' }).click();
    const question = editor.page.getByRole('dialog', { name: 'The open map has unsaved changes. Discard them?' });
    await question.waitFor();
    expect(await question.getByRole('button', { name: 'Keep editing' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await question.getByRole('button', { name: 'Keep editing' }).click();
    // then the edited map is still the document
    await question.waitFor({ state: 'detached' });
    expect(await editor.documentName()).toMatch(/^tailored-example\.yaml/);
    expect(await editor.isDirty()).toBe(true);
    // and when asked again and answered "Discard changes", the library map opens
    await editor.page.getByRole('button', { name: 'Open E: Handle Events' }).click();
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => editor.documentName()).toMatch(/^E\.yaml/);
    expect(browserDialogs).toEqual([]);
  });

  it('Save in the unsaved-changes question saves the edited map, then opens the other', async () => {
    // given an edited map (D2 deleted)
    const editor = await session.open();
    await editor.openFile(TAILORED);
    await editor.canvas.node('D2').click();
    await editor.page.keyboard.press('Delete');
    await editor.canvas.node('D2').waitFor({ state: 'detached' });
    // when a library map is opened and the question is answered "Save"
    await editor.command('Library').click();
    await editor.page.getByRole('button', { name: 'Open E: Handle Events' }).click();
    const question = editor.page.getByRole('dialog', { name: 'The open map has unsaved changes. Discard them?' });
    const saved = await editor.download(() => question.getByRole('button', { name: 'Save', exact: true }).click());
    // then the edited map was saved without D2, and the library map opened
    expect(saved.name).toBe('tailored-example.yaml');
    expect(saved.text).toContain('D1:');
    expect(saved.text).not.toMatch(/^ {2}D2:/m);
    await expect.poll(() => editor.documentName()).toMatch(/^E\.yaml/);
  });

  it('keys pressed while the question is open do not edit the map behind it, and Escape keeps editing', async () => {
    // given an edited map with D1 selected, and the question asked by New
    const editor = await session.open();
    await editor.openFile(TAILORED);
    await editor.canvas.node('D2').click();
    await editor.page.keyboard.press('Delete');
    await editor.canvas.node('D2').waitFor({ state: 'detached' });
    await editor.canvas.node('D1').click();
    const nodesBefore = await editor.page.locator('.react-flow__node').count();
    await editor.command('New').click();
    const question = editor.page.getByRole('dialog', { name: 'The open map has unsaved changes. Discard them?' });
    await question.waitFor();
    // when Delete and the add-activity key are pressed
    await editor.page.keyboard.press('Delete');
    await editor.page.keyboard.press('n');
    // then the map is unchanged: D1 is there and no activity was added
    expect(await editor.canvas.node('D1').count()).toBe(1);
    expect(await editor.page.locator('.react-flow__node').count()).toBe(nodesBefore);
    // when Escape is pressed / then the question closes and the edited map stays open
    await editor.page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await editor.documentName()).toMatch(/^tailored-example\.yaml/);
    expect(await editor.isDirty()).toBe(true);
  });
});
