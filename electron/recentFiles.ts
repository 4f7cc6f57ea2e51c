/** The Open Recent list: most recent first, no duplicates, at most ten, persisted as JSON. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { atomicSave } from '../shared/node/atomicSave';

export const MAX_RECENT_FILES = 10;

/** `list` with `path` moved to the front. */
export function withRecent(list: readonly string[], path: string, max = MAX_RECENT_FILES): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, max);
}

export async function loadRecentFiles(file: string): Promise<string[]> {
  try {
    const parsed = z.array(z.string().min(1).max(4096)).safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT_FILES) : [];
  } catch {
    return [];
  }
}

export async function saveRecentFiles(file: string, list: readonly string[]): Promise<void> {
  await atomicSave(file, Buffer.from(`${JSON.stringify(list, null, 2)}\n`, 'utf8'));
}
