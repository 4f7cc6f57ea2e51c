// Takes the README screenshots of the editor's main states (run: npx tsx test/e2e/takeScreenshots.ts).
// Uses the real model library, so the pictures show the CERT reference maps.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { TailorDialog } from './pages/TailorDialog';
import { startEditorSession } from './support/editorSession';

const out = resolve(import.meta.dirname, '../../docs/screenshots');
mkdirSync(out, { recursive: true });

const session = await startEditorSession('model-library');
try {
  const editor = await session.open();
  const { page } = editor;
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/library.png` });

  await editor.library.newFromReference('D: Detect Events');
  await editor.canvas.waitForLayout();
  await editor.canvas.node('D2').click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/editing.png` });

  const problem = editor.problems.items().first();
  await problem.click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/problems.png` });

  await editor.command(/theme/).click();
  await editor.canvas.node('D2').click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/dark-theme.png` });
  await editor.command(/theme/).click();

  // Tailoring dialog: who performs each activity of the reference — a key person, a catalogue actor or a new actor.
  await editor.command('Library').click();
  const dialog = new TailorDialog(page, 'D: Detect Events');
  await dialog.open();
  await dialog.addActor('Service desk');
  await dialog.choose('D2', 'Service desk (new)');
  await dialog.choose('D4', 'incident handlers');
  await dialog.performer('D4').focus();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/tailor.png` });
  await dialog.root.getByRole('button', { name: 'Cancel' }).click();

  // Gap report and compare on the Acme example.
  await page.getByRole('button', { name: 'Open Acme: Detect Events (as-is)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
  await page.locator('.react-flow__node-activity').first().waitFor();
  await editor.canvas.waitForLayout();
  await editor.gap.open();
  await editor.gap.item(/crosses organisation units/).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/gap.png` });

  // The canvas marks against the reference: every activity moved to a lane.
  await editor.compare.withLibraryMap('D: Detect Events');
  await editor.compare.show('Marks on the canvas');
  await editor.canvas.waitForLayout();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/compare-marks.png` });
  await editor.compare.close();

  // The to-be triage map next to the as-is one: side by side, then overlaid with ghosts.
  await editor.command('Library').click();
  await editor.library.open('Acme: Triage Events (as-is)');
  await editor.canvas.waitForLayout();
  await editor.compare.withLibraryMap('Acme: Triage Events (to-be)');
  await editor.compare.show('Side by side');
  const other = editor.compare.pane('Other: Acme: Triage Events (to-be)');
  await editor.compare.inkedPixels(other);
  await editor.compare.change(/flow T1-to-other-organizational-processes .* removed/).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/compare.png` });

  await editor.compare.show('Overlay');
  await editor.compare.inkedPixels(editor.compare.pane(/ over /));
  await editor.compare.change(/mechanisms verbal: Phone; electronic: Email/).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/compare-overlay.png` });

  await editor.command(/theme/).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/compare-overlay-dark.png` });
  await editor.command(/theme/).click();
} finally {
  await session.close();
}
console.log(`screenshots written to ${out}`);
