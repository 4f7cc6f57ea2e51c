import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';
import { lineDiff } from './support/lineDiff';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));
const session = editorSessionForSpec();

/** Writes `text` as `name` into a fresh folder: the file a user opens. */
async function fileOnDisk(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'swimlane-source-')), name);
  await writeFile(path, text);
  return path;
}

/** The example map with the `actor` line of lane siem-lane taken out (a schema error: it is required). */
async function laneWithoutActor(): Promise<{ path: string; text: string }> {
  const text = (await readFile(TAILORED, 'utf8')).replace('  siem-lane:\n    actor: siem\n', '  siem-lane:\n');
  return { path: await fileOnDisk('lane-without-actor.yaml', text), text };
}

describe.skipIf(!HAS_CHROMIUM)('source view', () => {
  it('opens a map whose lane lacks its actor; fixing it in the source and saving changes exactly that line', async () => {
    // given a map file whose lane siem-lane has no actor
    const editor = await session.open();
    const broken = await laneWithoutActor();
    // when it is opened
    await editor.openFile(broken.path);
    // then it shows what can be drawn, read-only with a banner, the problem at its line, and the source beside
    await editor.page.getByTestId('broken-text-banner').waitFor();
    await editor.problems.waitFor(/siem-lane.*actor/);
    expect(await editor.page.locator('.problems .problem .where').first().innerText()).toMatch(/^line 25:5 · schema/);
    expect(await editor.command('+ Activity').isDisabled()).toBe(true);
    await editor.canvas.node('D1').waitFor();
    await editor.source.editor().waitFor();
    await editor.page.screenshot({ path: 'scratch/source-broken-open.png' });
    // when the actor line is typed under the lane in the source view and the map saved
    await editor.source.clickEndOf(/^\s*siem-lane:$/);
    await editor.page.keyboard.press('Enter');
    await editor.page.keyboard.type('actor: siem');
    await editor.page.getByTestId('broken-text-banner').waitFor({ state: 'detached' });
    await editor.page.screenshot({ path: 'scratch/source-fixed.png' });
    const saved = await editor.save();
    // then the saved file differs from the opened one by exactly that line
    expect(lineDiff(broken.text, saved.text)).toEqual({ removed: [], added: ['    actor: siem'] });
    expect(await editor.command('+ Activity').isDisabled()).toBe(false);
  });

  it('a YAML syntax error opens in the source view, marked at its line', async () => {
    // given a file whose YAML does not parse
    const editor = await session.open();
    const path = await fileOnDisk('not-yaml.yaml', 'format: swimlane/1\nid: broken\nlanes: [one, two\nactivities: {}\n');
    // when it is opened
    await editor.openFile(path, { hasCanvas: false });
    // then the source view shows the text with the error marked, and the problem names its line
    await editor.source.editor().waitFor();
    await editor.source.errorMarks().first().waitFor();
    expect(await editor.page.locator('.problems .problem .where').first().innerText()).toMatch(/^line \d+/);
    await editor.page.getByTestId('broken-text-banner').waitFor();
    expect(await editor.page.locator('.react-flow').count()).toBe(0);
    await editor.page.screenshot({ path: 'scratch/source-yaml-error.png' });
  });

  it('toggles canvas, source and split; edits on either side show on the other, and undo spans both', async () => {
    // given the example open
    const editor = await session.open();
    await editor.openFile(TAILORED);
    // when the source is shown by shortcut, then split from the toolbar
    await editor.page.keyboard.press('Control+Alt+2');
    await editor.source.editor().waitFor();
    expect(await editor.page.locator('.react-flow').count()).toBe(0);
    await editor.source.viewButton('Split').click();
    await editor.canvas.waitForLayout();
    // and an activity is added on the canvas
    await editor.canvas.node('D1').click();
    await expect.poll(() => editor.source.cursorLine()).toMatch(/^\s*D1:/);
    await editor.command('+ Activity').click();
    await expect.poll(() => editor.inspector.heading()).not.toBe('Activity D1');
    const added = (await editor.inspector.heading()).replace(/^Activity /, '');
    const addedEntry = new RegExp(`^\\s*${added}:$`);
    await editor.page.keyboard.press('Escape');
    // then the text shows it; the cursor in the YAML selects an element
    await editor.source.line(addedEntry).waitFor();
    await editor.source.clickEndOf(/^\s*D1b:$/);
    await expect.poll(() => editor.inspector.heading()).toBe('Activity D1b');
    // when the source is typed into (a new title), then undone from the source view, twice
    await editor.source.clickEndOf(/^title:/);
    // inside the closing quote of the title
    await editor.page.keyboard.press('ArrowLeft');
    await editor.page.keyboard.type(' (typed)');
    await editor.source.line('(as-is) (typed)"').waitFor();
    await expect.poll(() => editor.page.getByTestId('document-name').innerText()).toContain('•');
    await editor.page.keyboard.press('Control+z');
    await editor.source.line(/\(as-is\)"$/).waitFor();
    await editor.page.keyboard.press('Control+z');
    // then the canvas edit is undone too, and the map is as it was opened
    await editor.source.line(addedEntry).waitFor({ state: 'detached' });
    await editor.canvas.node(added).waitFor({ state: 'detached' });
    await editor.page.screenshot({ path: 'scratch/source-split.png' });
  });
});
