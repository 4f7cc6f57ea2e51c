/**
 * Loads maps and actor catalogues from disk into a Workspace: the files asked for (the targets),
 * plus their sibling maps and the references they derive from (the context that cross-map
 * references resolve against).
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseActorCatalogue, parseMap } from '../yaml/parseMap';
import type { ParsedCatalogue, ParsedMap } from '../yaml/parseMap';
import { createWorkspace } from '../workspace/workspace';
import type { Workspace } from '../workspace/workspace';
import { readTextFile } from './readTextFile';
import { scanMapFolder } from './scanMapFolder';
import type { SkippedFile } from './scanMapFolder';

export { MAP_EXTENSIONS } from './scanMapFolder';
const CATALOGUE_NAMES = new Set(['actors.yaml', 'actors.yml']);

export interface UnreadableFile {
  readonly file: string;
  readonly message: string;
}

/** The line to print for a file that could not be read: the text gate's messages already start with the file and its place. */
export function unreadableLine({ file, message }: UnreadableFile): string {
  return message.startsWith(`${file}:`) ? message : `${file}: ${message}`;
}

export interface LoadedWorkspace {
  readonly workspace: Workspace;
  /** The map files the user asked for, in a stable order; context files are not in here. */
  readonly targets: readonly ParsedMap[];
  readonly catalogues: readonly ParsedCatalogue[];
  /** Paths that could not be read at all (missing file, permission), with the reason. */
  readonly unreadable: ReadonlyArray<UnreadableFile>;
  /** Files of the folders asked for that were left out (not maps, symlink loops), with the reason. */
  readonly skipped: readonly SkippedFile[];
}

/** Display form of a path: relative to the working folder when inside it, forward slashes. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(cwd, file) : relative;
  return shown.split(path.sep).join('/');
}

/** Map files under `folder`, recursively (see scanMapFolder: only files that say `format: swimlane/…`). */
export async function findMapFiles(folder: string): Promise<string[]> {
  return (await scanMapFolder(folder)).files;
}

/** Actor catalogues along the way from each folder up to the filesystem root. */
async function findCatalogues(folders: Iterable<string>): Promise<string[]> {
  const found = new Set<string>();
  for (const start of folders) {
    let folder = path.resolve(start);
    for (;;) {
      for (const name of CATALOGUE_NAMES) {
        const candidate = path.join(folder, name);
        if (await isFile(candidate)) found.add(candidate);
      }
      const parent = path.dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  return [...found].sort();
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function isCatalogueFile(file: string): boolean {
  return CATALOGUE_NAMES.has(path.basename(file));
}

/** Loads `inputs` (files or folders) and their context into a workspace. */
export async function loadWorkspace(inputs: readonly string[], cwd: string = process.cwd()): Promise<LoadedWorkspace> {
  const unreadable: Array<{ file: string; message: string }> = [];
  const skipped: SkippedFile[] = [];
  const targetFiles: string[] = [];
  const contextFolders = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      unreadable.push({ file: displayPath(absolute, cwd), message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message });
      continue;
    }
    if (info.isDirectory()) {
      const scan = await scanMapFolder(absolute, { shownAs: (file) => displayPath(file, cwd) });
      for (const file of scan.skipped) skipped.push({ file: displayPath(file.file, cwd), reason: file.reason });
      for (const file of scan.files) {
        if (!isCatalogueFile(file)) targetFiles.push(file);
        contextFolders.add(path.dirname(file));
      }
      contextFolders.add(absolute);
    } else {
      targetFiles.push(absolute);
      contextFolders.add(path.dirname(absolute));
    }
  }
  const texts = new Map<string, string>();
  const read = async (file: string): Promise<string | undefined> => {
    if (texts.has(file)) return texts.get(file);
    try {
      const text = await readTextFile(file, { shownAs: displayPath(file, cwd) });
      texts.set(file, text);
      return text;
    } catch (error) {
      unreadable.push({ file: displayPath(file, cwd), message: (error as Error).message });
      return undefined;
    }
  };
  const parsedByFile = new Map<string, ParsedMap>();
  // One file reached two ways (a link beside it, two inputs) is one map, or it would be its own twin.
  const parsedAsByRealPath = new Map<string, string>();
  const realPathOf = (file: string): Promise<string> => realpath(file).catch(() => file);
  const parsedAs = async (file: string): Promise<string | undefined> => parsedAsByRealPath.get(await realPathOf(file));
  const parseFile = async (file: string): Promise<ParsedMap | undefined> => {
    if (parsedByFile.has(file)) return parsedByFile.get(file);
    const sameFile = await parsedAs(file);
    if (sameFile !== undefined) return parsedByFile.get(sameFile);
    const text = await read(file);
    if (text === undefined) return undefined;
    const parsed = parseMap(text, displayPath(file, cwd));
    parsedByFile.set(file, parsed);
    parsedAsByRealPath.set(await realPathOf(file), file);
    return parsed;
  };
  const uniqueTargets = [...new Set(targetFiles)];
  const targets: ParsedMap[] = [];
  for (const file of uniqueTargets) {
    const sameFile = await parsedAs(file);
    if (sameFile !== undefined) {
      skipped.push({ file: displayPath(file, cwd), reason: `the same file as ${displayPath(sameFile, cwd)}` });
      continue;
    }
    const parsed = await parseFile(file);
    if (parsed) targets.push(parsed);
  }
  // Context: sibling maps of every target, then the references that maps derive from.
  for (const folder of contextFolders) {
    for (const file of await findMapFiles(folder).catch(() => [])) if (!isCatalogueFile(file) && path.dirname(file) === folder) await parseFile(file);
  }
  const pending = [...parsedByFile.entries()];
  while (pending.length > 0) {
    const [file, parsed] = pending.pop()!;
    const reference = parsed.value?.derivedFrom?.path;
    if (!reference) continue;
    const referenceFile = path.resolve(path.dirname(file), reference);
    if (parsedByFile.has(referenceFile) || !(await isFile(referenceFile)) || (await parsedAs(referenceFile)) !== undefined) continue;
    const loaded = await parseFile(referenceFile);
    if (loaded) {
      pending.push([referenceFile, loaded]);
      for (const sibling of await findMapFiles(path.dirname(referenceFile)).catch(() => [])) {
        if (!isCatalogueFile(sibling) && path.dirname(sibling) === path.dirname(referenceFile)) await parseFile(sibling);
      }
    }
  }
  const catalogues: ParsedCatalogue[] = [];
  const catalogueFolders = new Set([...parsedByFile.keys()].map((file) => path.dirname(file)));
  for (const file of await findCatalogues(catalogueFolders)) {
    const text = await read(file);
    if (text !== undefined) catalogues.push(parseActorCatalogue(text, displayPath(file, cwd)));
  }
  // Targets first so that, for duplicate map ids, the file asked about is the one that wins.
  const contextMaps = [...parsedByFile.values()].filter((parsed) => !targets.includes(parsed));
  return { workspace: createWorkspace([...targets, ...contextMaps], catalogues), targets, catalogues, unreadable, skipped };
}
