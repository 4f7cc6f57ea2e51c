import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { EditorPage } from './pages/EditorPage';
import { editorSessionForSpec } from './support/editorSession';
import { bridgeCalls, emitBridgeEvent, queueBridgeAnswer, setFakeReadText, setFakeWrittenText, useFakeDesktopBridge } from './support/fakeDesktopBridge';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));
const TITLE = 'title: "Acme: Detect Events (as-is)"';

const session = editorSessionForSpec();
let map: string;

beforeAll(async () => {
  map = await readFile(TAILORED, 'utf8');
});

const FILE = () => ({ handle: 'h1', name: 'D.yaml', text: map, fingerprint: 'on-open' });

/** The editor started by the desktop shell with `startup`, showing its document. */
async function startDesktop(startup: unknown): Promise<EditorPage> {
  const editor = await session.open();
  await useFakeDesktopBridge(editor.page, startup);
  await editor.page.getByTestId('document-name').filter({ hasText: 'D.yaml' }).waitFor();
  await editor.canvas.waitForLayout();
  return editor;
}

/** The lines of a diff part (`.diff-removed`, `.diff-added`) in a banner, without their line ends. */
async function diffLines(banner: Locator, part: string): Promise<string[]> {
  return (await banner.locator(part).allInnerTexts()).map((line) => line.trimEnd());
}

function statusText(editor: EditorPage): Promise<string> {
  return editor.page.locator('.status-bar .status').innerText();
}

describe.skipIf(!HAS_CHROMIUM)('documents the desktop shell hands over', () => {
  it('shows restored unsaved work as the dirty document, with a banner and its diff to the file on disk', async () => {
    // given a window restarted after a crash, with a backup that changed the title
    const restoredText = map.replace(TITLE, 'title: "Restored title"');
    const editor = await startDesktop({ file: FILE(), restored: { name: 'D.yaml', text: restoredText, savedAt: '2026-11-23T10:00:00.000Z' } });
    // when the banner's differences are shown
    const banner = editor.page.getByTestId('restored-banner');
    expect(await banner.locator('p').innerText()).toMatch(/^Restored unsaved work from .*2026/);
    await banner.getByRole('button', { name: 'Show differences' }).click();
    // then the document is dirty and the diff shows just the title line changed
    expect(await editor.isDirty()).toBe(true);
    expect(await diffLines(banner, '.diff-removed')).toEqual([`- ${TITLE}`]);
    expect(await diffLines(banner, '.diff-added')).toEqual(['+ title: "Restored title"']);
    // and the menu's Save writes the restored work to the file
    await emitBridgeEvent(editor.page, 'menu:command', 'save');
    await expect.poll(() => bridgeCalls(editor.page, 'file:save')).toEqual([{ handle: 'h1', text: restoredText, fingerprint: 'on-open' }]);
    await expect.poll(() => editor.isDirty()).toBe(false);
    expect(await banner.count()).toBe(0);
  });

  it('reloads a clean document silently when its file changes on disk', async () => {
    // given a clean document
    const editor = await startDesktop({ file: FILE() });
    // when the file changes on disk
    await emitBridgeEvent(editor.page, 'file:externalChange', { handle: 'h1', text: map.replace('name: Detect', 'name: Spot'), fingerprint: 'changed' });
    // then it is reloaded without a banner
    await expect.poll(() => statusText(editor)).toBe('D.yaml changed on disk and was reloaded');
    expect(await editor.page.getByTestId('external-change-banner').count()).toBe(0);
    expect(await editor.isDirty()).toBe(false);
  });

  it('asks about a change on disk under unsaved work: Keep mine keeps it, Reload takes the disk version', async () => {
    // given a document with an unsaved deletion of D2
    const editor = await startDesktop({ file: FILE() });
    await editor.canvas.node('D2').click();
    await editor.page.keyboard.press('Delete');
    await expect.poll(() => editor.isDirty()).toBe(true);
    // when the file changes on disk
    const disk = map.replace(TITLE, 'title: "Changed on disk"');
    await emitBridgeEvent(editor.page, 'file:externalChange', { handle: 'h1', text: disk, fingerprint: 'disk-1' });
    const banner = editor.page.getByTestId('external-change-banner');
    await banner.getByRole('button', { name: 'Show differences' }).click();
    // then the banner offers the diff (the disk title against mine), and Keep mine keeps the work
    expect((await diffLines(banner, '.diff-removed'))[0]).toBe('- title: "Changed on disk"');
    expect((await diffLines(banner, '.diff-added'))[0]).toBe(`+ ${TITLE}`);
    await banner.getByRole('button', { name: 'Keep mine' }).click();
    expect(await banner.count()).toBe(0);
    expect(await editor.isDirty()).toBe(true);
    expect(await editor.canvas.node('D2').count()).toBe(0);
    // and a save then goes against the disk version's fingerprint
    await emitBridgeEvent(editor.page, 'menu:command', 'save');
    await expect.poll(async () => ((await bridgeCalls(editor.page, 'file:save'))[0] as { fingerprint?: string } | undefined)?.fingerprint).toBe('disk-1');

    // given new unsaved work and another change on disk
    await editor.canvas.node('D1').click();
    await editor.page.keyboard.press('Delete');
    await expect.poll(() => editor.isDirty()).toBe(true);
    await emitBridgeEvent(editor.page, 'file:externalChange', { handle: 'h1', text: disk, fingerprint: 'disk-2' });
    // when Reload is chosen
    await banner.getByRole('button', { name: 'Reload' }).click();
    // then the disk version is open and clean
    await expect.poll(() => editor.isDirty()).toBe(false);
    await editor.canvas.node('D1').waitFor();
    expect(await banner.count()).toBe(0);
  });

  it('runs Undo and Redo from the menu on the map, but leaves a focused text field to undo itself', async () => {
    // given a deleted activity
    const editor = await startDesktop({ file: FILE() });
    await editor.canvas.node('D2').click();
    await editor.page.keyboard.press('Delete');
    await editor.canvas.node('D2').waitFor({ state: 'detached' });
    // when the menu's Undo and Redo are chosen
    await emitBridgeEvent(editor.page, 'menu:command', 'undo');
    await editor.canvas.node('D2').waitFor();
    await emitBridgeEvent(editor.page, 'menu:command', 'redo');
    // then the deletion is undone and redone
    await editor.canvas.node('D2').waitFor({ state: 'detached' });
    // and when a text field is typed in and the menu's Undo is chosen
    await editor.canvas.node('D1').click();
    const field = editor.page.locator('#inspector-region input[type="text"], #inspector-region textarea').first();
    await field.focus();
    await editor.page.keyboard.press('End');
    const before = await field.inputValue();
    await editor.page.keyboard.type('Q');
    expect(await field.inputValue()).toBe(`${before}Q`);
    await emitBridgeEvent(editor.page, 'menu:command', 'undo');
    // then the field undid its own typing, and the deleted activity stays deleted
    await expect.poll(() => field.inputValue()).toBe(before);
    expect(await editor.canvas.node('D2').count()).toBe(0);
  });

  it('compares with a map file the desktop host reads through file:read, without opening it', async () => {
    // given the desktop editor showing D.yaml, and a file the user will pick whose D2 has another name
    const editor = await startDesktop({ file: FILE() });
    await setFakeReadText(editor.page, map.replace('name: Receive Information', 'name: Take Calls'));

    // when the map is compared with a map file
    await editor.compare.withFile('other.yaml', 'desktop');

    // then the renderer asked file:read (naming no path), D2 is listed as renamed, and the document is still D.yaml
    expect(await bridgeCalls(editor.page, 'file:read')).toEqual([{}]);
    await editor.compare.change(/activity D2 renamed "Receive Information" → "Take Calls"/).waitFor();
    expect(await editor.documentName()).toContain('D.yaml');
    expect(await bridgeCalls(editor.page, 'file:open')).toEqual([]);
  });

  it('adopts the text the desktop host wrote at Save As, so the next save keeps the relative reference path', async () => {
    // given D.yaml, tailored from the library, whose Save As the host answers with a rewritten derivedFrom.path
    const tailored = map.replace('  map: example-detect\n', '  map: example-detect\n  path: model-library/cert/D.yaml\n');
    const editor = await startDesktop({ file: { ...FILE(), text: tailored } });
    await setFakeWrittenText(editor.page, 'path: model-library/cert/D.yaml', 'path: ../library/cert/D.yaml');

    // when it is saved under a new name, edited, and saved again
    await editor.command('Save As…').click();
    await editor.page.locator('.status-bar .status').filter({ hasText: 'its reference is now named relative to it (../library/cert/D.yaml)' }).waitFor();
    expect(await editor.isDirty()).toBe(false);
    await editor.canvas.node('D2').click();
    await editor.inspector.fill('Name', 'Take Calls');
    await editor.command('Save').click();
    await editor.page.waitForFunction(() => (window as unknown as { fakeBridge: { calls: { channel: string }[] } }).fakeBridge.calls.some((call) => call.channel === 'file:save'));

    // then the second save patches the text the host wrote: the relative path stays
    const [saved] = (await bridgeCalls(editor.page, 'file:save')) as { text: string }[];
    expect(saved!.text).toContain('  path: ../library/cert/D.yaml\n');
    expect(saved!.text).toContain('name: Take Calls');
    expect(saved!.text).not.toContain('model-library/');
  });

  it('a save refused because the file changed on disk asks in a banner: Overwrite with mine saves over it', async () => {
    // given an edited document whose file someone else changed
    const editor = await startDesktop({ file: FILE() });
    await editor.canvas.node('D2').click();
    await editor.page.keyboard.press('Delete');
    await editor.canvas.node('D2').waitFor({ state: 'detached' });
    const diskText = map.replace(TITLE, 'title: "Their title"');
    await queueBridgeAnswer(editor.page, 'file:save', { status: 'conflict', diskText, fingerprint: 'theirs', message: '“D.yaml” changed on disk since you opened it (content).' });
    // when Save is chosen
    await emitBridgeEvent(editor.page, 'menu:command', 'save');
    // then no browser dialog opens; a banner says why, with the differences on request
    const banner = editor.page.getByTestId('save-conflict-banner');
    await banner.waitFor();
    expect(await banner.locator('p').innerText()).toBe('Not saved. “D.yaml” changed on disk since you opened it (content).');
    await banner.getByRole('button', { name: 'Show differences' }).click();
    expect(await diffLines(banner, '.diff-removed')).toContain('- title: "Their title"');
    expect(await editor.isDirty()).toBe(true);
    // and when Overwrite with mine is chosen, the same text is saved with overwrite, and the document is clean
    await banner.getByRole('button', { name: 'Overwrite with mine' }).click();
    await banner.waitFor({ state: 'detached' });
    const saves = (await bridgeCalls(editor.page, 'file:save')) as { text: string; overwrite?: boolean }[];
    expect(saves.map((call) => call.overwrite ?? false)).toEqual([false, true]);
    expect(saves[1]!.text).toBe(saves[0]!.text);
    expect(await editor.isDirty()).toBe(false);
  });

  it('a save conflict can be answered with Reload from disk, which shows their version', async () => {
    // given an edited document and a save that finds their change
    const editor = await startDesktop({ file: FILE() });
    await editor.canvas.node('D2').click();
    await editor.page.keyboard.press('Delete');
    await editor.canvas.node('D2').waitFor({ state: 'detached' });
    await queueBridgeAnswer(editor.page, 'file:save', { status: 'conflict', diskText: map, fingerprint: 'theirs', message: 'changed on disk' });
    await emitBridgeEvent(editor.page, 'menu:command', 'save');
    // when Reload from disk is chosen
    await editor.page.getByTestId('save-conflict-banner').getByRole('button', { name: 'Reload from disk' }).click();
    // then the disk version is shown, clean, and nothing was written
    await editor.canvas.node('D2').waitFor();
    expect(await editor.isDirty()).toBe(false);
    expect(await bridgeCalls(editor.page, 'file:save')).toHaveLength(1);
  });

  it('the menu\'s Export… offers SVG, PNG, HTML, BPMN and PDF, and exports the chosen format', async () => {
    // given an open document
    const editor = await startDesktop({ file: FILE() });
    await editor.canvas.waitForLayout();
    // when the menu's Export… is chosen
    await emitBridgeEvent(editor.page, 'menu:command', 'export');
    // then a dialog offers the three formats
    const dialog = editor.page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    expect((await dialog.getByRole('listitem').allInnerTexts()).map((text) => text.split(/\s/)[0])).toEqual(['SVG', 'PNG', 'HTML', 'BPMN', 'PDF']);
    // and choosing HTML hands the report to the host
    await dialog.getByRole('button', { name: /^HTML/ }).click();
    await expect.poll(() => bridgeCalls(editor.page, 'file:export')).toHaveLength(1);
    const [call] = (await bridgeCalls(editor.page, 'file:export')) as { suggestedName: string; mimeType: string; data: string }[];
    expect([call!.suggestedName, call!.mimeType]).toEqual(['acme-D-as-is.html', 'text/html']);
    expect(call!.data).toMatch(/^<!DOCTYPE html>/);
    await dialog.waitFor({ state: 'detached' });
  });
});
