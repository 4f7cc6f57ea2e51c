/**
 * The map files of a folder, recursively: only YAML files that say `format: swimlane/…` (or
 * `swimlane-actors/…`), so a CI pipeline or a compose file beside the maps is never touched.
 * Symlinks inside the folder are followed; a link back to a folder already on the way is a loop,
 * reported, not followed. A file reached a second way (two links to it, or a link to a folder already
 * walked) is read once, through the first path in walk order, so a map is never its own twin.
 * Everything left out is listed with the reason.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { readTextFile } from './readTextFile';

export const MAP_EXTENSIONS = ['.yaml', '.yml'];
const IGNORED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);
const CONFIG_NAMES = new Set(['swimlane.config.yaml', 'swimlane.config.yml']);
/** A top-level `format:` naming a Swimlane format. */
const MAP_FORMAT = /^format:[ \t]*["']?swimlane(-actors)?\//m;

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface FolderScan {
  /** Map and catalogue files, sorted by path within each folder. */
  readonly files: string[];
  readonly skipped: SkippedFile[];
}

/** True when the text says it is a Swimlane map or actor catalogue. */
export function saysSwimlaneFormat(text: string): boolean {
  return MAP_FORMAT.test(text);
}

export interface ScanOptions {
  /** How a path is named in a reason (the callers show paths relative to the working folder). */
  readonly shownAs?: (file: string) => string;
}

export async function scanMapFolder(folder: string, options: ScanOptions = {}): Promise<FolderScan> {
  const shownAs = options.shownAs ?? ((file: string) => file);
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  /** Real path of every file kept, to the path it was kept under. */
  const keptByRealPath = new Map<string, string>();
  const walk = async (dir: string, ancestors: readonly string[]): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (!target) {
          skipped.push({ file: full, reason: 'a symlink to nothing' });
          continue;
        }
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDirectory) {
        if (IGNORED_FOLDERS.has(entry.name) || entry.name.startsWith('.')) continue;
        const real = await realpath(full);
        if (ancestors.includes(real)) {
          skipped.push({ file: full, reason: 'a symlink loop (it leads back to a folder above it)' });
          continue;
        }
        await walk(full, [...ancestors, real]);
      } else if (isFile && MAP_EXTENSIONS.includes(path.extname(entry.name)) && !CONFIG_NAMES.has(entry.name)) {
        const real = await realpath(full).catch(() => full);
        const keptAs = keptByRealPath.get(real);
        if (keptAs !== undefined) {
          skipped.push({ file: full, reason: `the same file as ${shownAs(keptAs)}` });
          continue;
        }
        const text = await readTextFile(full).catch(() => undefined);
        // A file the gate refuses stays in: its reader reports why, at its place.
        if (text === undefined || saysSwimlaneFormat(text)) {
          files.push(full);
          keptByRealPath.set(real, full);
        } else skipped.push({ file: full, reason: 'not a map (no `format: swimlane/…` line)' });
      }
    }
  };
  await walk(folder, [await realpath(folder)]);
  return { files, skipped };
}
