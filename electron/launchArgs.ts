/**
 * Which files the app was asked to open on its command line (or, for a second instance, on that
 * instance's command line): map files that exist, resolved against the caller's working folder.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const MAP_FILE = /\.(swimlane\.)?ya?ml$/i;

/**
 * The map files named in `argv`. Electron's own arguments, flags and the app path are skipped:
 * `argv[0]` is the executable, and in development `argv[1]` is the app folder.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, isPackaged: boolean): string[] {
  const args = argv.slice(isPackaged ? 1 : 2);
  const files: string[] = [];
  let isAfterDoubleDash = false;
  for (const arg of args) {
    if (arg === '--') {
      isAfterDoubleDash = true;
      continue;
    }
    if (!isAfterDoubleDash && arg.startsWith('-')) continue;
    if (!MAP_FILE.test(arg)) continue;
    const path = resolve(cwd, arg);
    try {
      if (statSync(path).isFile() && !files.includes(path)) files.push(path);
    } catch {
      // A name that is not a file is not ours to open.
    }
  }
  return files;
}
