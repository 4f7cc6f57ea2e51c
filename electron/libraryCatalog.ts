/**
 * The bundled model library as the renderer sees it: every map file under the library folder with
 * its id, title, kind, summary and element counts. Paths are relative to the folder (with `/`), and
 * reading one goes through `PathCapabilities.resolveInFolder`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LibraryEntryMessage } from '../shared/ipc/contract';
import { parseMap } from '../shared/yaml/parseMap';

const MAX_DEPTH = 4;

export class LibraryCatalog {
  #entries: Promise<LibraryEntryMessage[]> | undefined;

  constructor(readonly folder: string) {}

  /** The library's maps, sorted by path; read once, then cached (the library is part of the app). */
  list(): Promise<LibraryEntryMessage[]> {
    this.#entries ??= this.#scan();
    return this.#entries;
  }

  async #scan(): Promise<LibraryEntryMessage[]> {
    const files = await findYamlFiles(this.folder, MAX_DEPTH);
    const entries: LibraryEntryMessage[] = [];
    for (const file of files) {
      const path = relative(this.folder, file).split(sep).join('/');
      const parsed = parseMap(await readFile(file, 'utf8'), path);
      const data = (parsed.value ?? parsed.data) as Record<string, unknown> | undefined;
      if (!data || typeof data !== 'object' || typeof data['id'] !== 'string' || typeof data['format'] !== 'string' || !String(data['format']).startsWith('swimlane/')) continue;
      const count = (key: string): number => {
        const value = data[key];
        return value && typeof value === 'object' ? Object.keys(value).length : 0;
      };
      entries.push({
        id: data['id'],
        title: typeof data['title'] === 'string' ? data['title'] : data['id'],
        kind: typeof data['kind'] === 'string' ? data['kind'] : 'reference',
        path,
        ...(typeof data['summary'] === 'string' ? { summary: data['summary'] } : {}),
        counts: { activities: count('activities'), flows: count('flows'), lanes: count('lanes'), handoffs: count('handoffs') },
      });
    }
    return entries.sort((a, b) => a.path.localeCompare(b.path));
  }
}

async function findYamlFiles(folder: string, depth: number): Promise<string[]> {
  if (depth < 0) return [];
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...(await findYamlFiles(path, depth - 1)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(path);
  }
  return found;
}
