import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));
const session = editorSessionForSpec();

describe.skipIf(!HAS_CHROMIUM)('PDF export in the browser edition', () => {
  it('Export PDF downloads a PDF drawn in the page, with DejaVu embedded and the map\'s text selectable', async () => {
    // given an opened map
    const editor = await session.open();
    await editor.openFile(TAILORED);
    // when PDF is exported from the toolbar
    const [download] = await Promise.all([editor.page.waitForEvent('download'), editor.command('Export PDF').click()]);
    const dir = await mkdtemp(join(tmpdir(), 'swimlane-e2e-pdf-'));
    try {
      const file = join(dir, download.suggestedFilename());
      await writeFile(file, await readFile((await download.path())!));
      // then it is an A4 landscape PDF with embedded fonts and the activities' names as text
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((line) => /DejaVuSans/.test(line) && /\byes\s+yes\s+yes\b/.test(line))).toBe(true);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      const yaml = await readFile(TAILORED, 'utf8');
      const firstName = /^\s+name: (.+)$/m.exec(yaml.slice(yaml.indexOf('activities:')))![1]!.replace(/^['"]|['"]$/g, '');
      expect(text.replace(/\s+/g, ' ')).toContain(firstName.split(' ')[0]!);
      expect(text).toContain('Activities');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
