// Builds the renderer with vite into a fresh temporary folder, with a chosen model library.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** Returns the output folder. `libraryDir` is relative to the repository root. */
export async function buildRenderer(libraryDir: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'swimlane-renderer-'));
  process.env.SWIMLANE_LIBRARY_DIR = libraryDir;
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
