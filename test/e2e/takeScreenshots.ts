// Takes the README screenshots of the editor's main states (run: npx tsx test/e2e/takeScreenshots.ts).
// Uses the real model library, so the pictures show the CERT reference maps.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
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

  // Tailoring dialog: who performs each activity of the reference.
  await editor.command('Library').click();
  await page.getByRole('button', { name: 'New map from D: Detect Events' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/tailor.png` });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // Gap report and compare on the Acme example.
  await page.getByRole('button', { name: 'Open Acme: Detect Events (as-is)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
  await page.locator('.react-flow__node-activity').first().waitFor();
  await editor.canvas.waitForLayout();
  await editor.gap.open();
  await editor.gap.item(/crosses organisation units/).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/gap.png` });

  await editor.compare.withLibraryMap('Acme: Detect Events (to-be)');
  await editor.compare.change(/mechanisms verbal: Phone/).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/compare.png` });

  await editor.compare.withLibraryMap('D: Detect Events');
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/compare-marks.png` });
} finally {
  await session.close();
}
console.log(`screenshots written to ${out}`);
