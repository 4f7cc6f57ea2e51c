import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));

const session = editorSessionForSpec();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'swimlane-conflict-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!HAS_CHROMIUM)('a map with git merge-conflict markers', () => {
  it('opens read-only with a banner naming the marker lines, lists them as problems, and refuses edits and saving', async () => {
    // given the worked map with a conflict on its title (markers on lines 4, 6 and 8)
    const original = await readFile(TAILORED, 'utf8');
    const titleLine = original.split('\n').findIndex((line) => line.startsWith('title:'));
    expect(titleLine).toBe(3);
    const lines = original.split('\n');
    lines.splice(titleLine, 1, '<<<<<<< HEAD', 'title: "Ours: Detect Events"', '=======', 'title: "Theirs: Detect Events"', '>>>>>>> feature');
    const path = join(dir, 'conflicted.yaml');
    await writeFile(path, lines.join('\n'));
    const editor = await session.open();
    // when it is opened through the file input
    await editor.openFile(path);
    // then our side is shown, read-only, with the conflict banner and the markers as problems
    const banner = editor.page.getByTestId('conflict-banner');
    expect(await banner.innerText()).toBe('This file has unresolved git merge conflicts (lines 4, 6, 8); it is read-only until they are resolved.');
    await editor.problems.waitFor(/merge-conflict marker/);
    expect(await editor.problems.problem(/merge-conflict marker/).count()).toBe(3);
    expect(await editor.problems.problem(/merge-conflict marker/).first().innerText()).toContain('line 4:1');
    expect(await editor.page.getByText('Ours: Detect Events').count()).toBeGreaterThan(0);
    expect(await editor.command('Save').isDisabled()).toBe(true);
    expect(await editor.command('Save As…').isDisabled()).toBe(true);
    expect(await editor.command('+ Activity').isDisabled()).toBe(true);
    // and a keyboard edit and Ctrl+S change nothing and download nothing
    let downloads = 0;
    editor.page.on('download', () => downloads++);
    await editor.canvas.node('D1').click();
    await editor.page.keyboard.press('Delete');
    await editor.page.keyboard.press('Control+s');
    await editor.page.locator('.status-bar .status').filter({ hasText: /^Not saved: .*merge conflicts/ }).waitFor();
    expect(await editor.isDirty()).toBe(false);
    expect(await editor.canvas.node('D1').count()).toBe(1);
    expect(downloads).toBe(0);
  });
});
