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
} finally {
  await session.close();
}
console.log(`screenshots written to ${out}`);
