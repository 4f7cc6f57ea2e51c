import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EditorPage } from './pages/EditorPage';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

// The real model library: Acme's maps take their lane names from examples/acme/actors.yaml.
const session = editorSessionForSpec('model-library');

/** The text of a lane header as drawn (its lines joined by spaces). */
async function headerText(editor: EditorPage, laneId: string): Promise<string> {
  const lines = await editor.canvas.laneHeader(laneId).locator('.lane-label tspan, .lane-label').evaluateAll((elements) =>
    elements.filter((element) => element.querySelector('tspan') === null).map((element) => element.textContent ?? ''),
  );
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

describe.skipIf(!HAS_CHROMIUM)('names from the library on the canvas', () => {
  it('lane headers of an Acme example show the actor names of its catalogue, as the SVG export does', async () => {
    // given Acme's as-is Detect map, whose lanes name actors of the folder's catalogue only
    const editor = await session.open();
    // when it is opened from the library
    await editor.library.open('Acme: Detect Events (as-is)');
    await editor.canvas.waitForLayout();
    // then the headers show the catalogue's names, not the actor ids
    await expect.poll(() => headerText(editor, 'help-desk')).toBe('Help desk');
    expect(await headerText(editor, 'employees')).toBe('Employees');
    // and the exported SVG has the same header
    const svg = await editor.download(() => editor.command('Export SVG').click());
    expect(svg.text).toMatch(/>Help desk</);
  });

  it('a library map opens read-only: the inspector fields cannot be changed, and it says how to get a copy that can', async () => {
    // given Acme's as-is Triage map opened from the library
    const editor = await session.open();
    await editor.library.open('Acme: Triage Events (as-is)');
    await editor.canvas.waitForLayout();
    // when an activity is selected
    await editor.canvas.node('T2').click();
    // then its fields and actions are disabled, and the note names the way out
    expect(await editor.inspector.field('Name').isDisabled()).toBe(true);
    expect(await editor.inspector.button('Delete').isDisabled()).toBe(true);
    expect(await editor.inspector.root.locator('.read-only-note').innerText()).toContain('Save As… makes a copy you can edit.');
    // and the badge says read-only, not "reference" (this map is an as-is map)
    expect(await editor.page.locator('.document-name .badge').innerText()).toBe('read-only');
  });

  it('a copy of an Acme example saved with Save As takes the actors of the catalogue along, so it stands on its own', async () => {
    // given Acme's as-is Triage map, whose lanes are bound to actors of the examples' catalogue
    const editor = await session.open();
    await editor.library.open('Acme: Triage Events (as-is)');
    await editor.canvas.waitForLayout();
    // when a copy is saved
    const saved = await editor.download(() => editor.command('Save As…').click());
    // then the copy defines the actors its lanes use, and their unit
    const copy = parse(saved.text) as { actors?: Record<string, { name: string }> };
    expect(copy.actors?.['soc']?.name).toBe('SOC');
    expect(Object.keys(copy.actors ?? {})).toEqual(expect.arrayContaining(['soc', 'csirt-manager', 'infosec']));
    // and the open copy has no unknown actors, and its lanes keep their names
    await editor.page.locator('.status-bar .status').filter({ hasText: 'it now defines the actors it took from the library' }).waitFor();
    await expect.poll(() => editor.problems.total()).toBe(0);
    expect(await headerText(editor, 'soc')).toBe('SOC');
  });

  it('boxes of R1 prefix report ids ("R1.2: …") but not the invented external-communication', async () => {
    // given the reference map R1
    const editor = await session.open();
    // when it is opened
    await editor.library.open('R1: Respond to Technical Issues');
    await editor.canvas.waitForLayout();
    // then
    expect(await editor.canvas.nodeText('R1.2')).toMatch(/^R1\.2: /);
    const invented = await editor.canvas.nodeText('external-communication');
    expect(invented.length).toBeGreaterThan(5);
    expect(invented).not.toContain('external-communication');
  });
});
