import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importBpmn } from '../../shared/bpmn/importBpmn';
import { findMiwgFolder } from '../../shared/node/miwgSuite';
import { parseMap } from '../../shared/yaml/parseMap';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const MIWG = findMiwgFolder(fileURLToPath(new URL('../..', import.meta.url)));
const BPMN = MIWG ? join(MIWG, 'reference', 'A.4.0.bpmn') : '';
const session = editorSessionForSpec();

describe.skipIf(!HAS_CHROMIUM)('opening a BPMN file', () => {
  it.skipIf(!MIWG)('imports it as a new unsaved map, says what was lost, and saves it as YAML without touching the BPMN file', async () => {
    // given a BPMN file on disk, and what the importer makes of it
    const editor = await session.open();
    const xml = await readFile(BPMN, 'utf8');
    const expected = await importBpmn(xml);
    if (!expected.ok) throw new Error(expected.message);
    const first = expected.maps[0]!;
    // when it is chosen through Open…
    const [chooser] = await Promise.all([editor.page.waitForEvent('filechooser'), editor.command('Open…').click()]);
    await chooser.setFiles(BPMN);
    // then the editor shows a new, unsaved map of its first process, with the losses counted in the status line
    await editor.page.getByTestId('document-name').filter({ hasText: `${first.id}.yaml` }).waitFor();
    await editor.canvas.waitForLayout();
    expect(await editor.isDirty()).toBe(true);
    const someActivity = Object.keys(first.activities)[0]!;
    await editor.canvas.node(someActivity).waitFor();
    const status = await editor.page.getByRole('status').first().innerText();
    expect(status).toContain('Imported A.4.0.bpmn as a new map');
    expect(status).toContain(expected.losses.length === 0 ? 'nothing lost' : `${expected.losses.length} element`);
    // and when it is saved, the download is YAML holding the imported activities, and the BPMN file is unchanged
    const saved = await editor.save();
    expect(saved.name).toBe(`${first.id}.yaml`);
    const reread = parseMap(saved.text, saved.name);
    expect(reread.value).toBeDefined();
    expect(Object.keys(reread.value!.activities).sort()).toEqual(Object.keys(first.activities).sort());
    expect(await readFile(BPMN, 'utf8')).toBe(xml);
  });

  it('says where a file that is not BPMN breaks, and keeps the open map', async () => {
    // given an opened map
    const editor = await session.open();
    await editor.openFile(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url).pathname);
    const before = await editor.documentName();
    // when a broken .bpmn file is chosen
    const [chooser] = await Promise.all([editor.page.waitForEvent('filechooser'), editor.command('Open…').click()]);
    await chooser.setFiles({ name: 'broken.bpmn', mimeType: 'application/xml', buffer: Buffer.from('<definitions><process id="p">') });
    // then the status line names the file and the place, and the map stays open
    await expect.poll(() => editor.page.getByRole('status').first().innerText()).toMatch(/^broken\.bpmn could not be imported/);
    expect(await editor.documentName()).toBe(before);
  });
});
