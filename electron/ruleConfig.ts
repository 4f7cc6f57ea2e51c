/**
 * The rule configuration of an open map, resolved exactly as `swimlane validate` resolves it
 * (shared/node/findConfig + shared/rules/config), and a watch that tells when it may have changed.
 * The result is plain data for the renderer: effective severity and options per rule, the config
 * files applied and their problems, with file names relative to the map's folder.
 */
import { realpath } from 'node:fs/promises';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import type { RuleConfigMessage } from '../shared/ipc/contract';
import { loadConfigFor } from '../shared/node/findConfig';
import { watchFileInFolder } from '../shared/node/folderWatcher';
import type { FileWatch } from '../shared/node/folderWatcher';
import { CONFIG_FILE_NAME, effectiveRules } from '../shared/rules/config';

export interface RuleConfigOptions {
  /** Search no higher than this folder (the model library's folder for library maps). */
  readonly boundary?: string;
}

/** Paths are resolved against the file system root, so every layer's overrides see the map's full path. */
function rootOf(path: string): string {
  return parse(resolve(path)).root;
}

function shownFrom(mapFolder: string, root: string, file: string): string {
  return relative(mapFolder, resolve(root, file)).split(sep).join('/');
}

/** The effective rules for the map at `mapPath` (absolute). A bad config file yields located issues, never a throw. */
export async function resolveRuleConfig(mapPath: string, options: RuleConfigOptions = {}): Promise<RuleConfigMessage> {
  const root = rootOf(mapPath);
  const mapFolder = dirname(resolve(mapPath));
  const boundary = options.boundary === undefined ? undefined : await realpath(options.boundary).catch(() => resolve(options.boundary!));
  const loaded = await loadConfigFor(mapPath, root, undefined, boundary);
  const rules = Object.fromEntries(effectiveRules(loaded.layers, relative(root, resolve(mapPath)).split(sep).join('/')));
  return {
    files: loaded.layers.map((layer) => shownFrom(mapFolder, root, layer.file)),
    rules,
    issues: loaded.issues.map(({ rule, severity, message, path, file, line, column }) => ({
      rule,
      severity,
      message,
      path: [...path],
      ...(file !== undefined ? { file: shownFrom(mapFolder, root, file) } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
    })),
  };
}

/** Folders above a map searched for config files and watched, at most (one watcher each). */
const MAX_WATCHED_FOLDERS = 16;

/** Config files whose change could change the result: the applied ones, and one in each searched folder. */
function candidateFiles(mapPath: string, applied: readonly string[], boundary: string | undefined): string[] {
  const files = new Set<string>();
  const mapFolder = dirname(resolve(mapPath));
  for (const file of applied) files.add(resolve(mapFolder, file));
  // Config files cascade upward until one says `root: true`, so a file appearing in any folder up
  // to the boundary (or the file system's root) may take effect, above the ones in use too. The
  // search itself stops at `root: true`: a file above that one is read again and changes nothing.
  const top = boundary !== undefined ? resolve(boundary) : undefined;
  let folder = mapFolder;
  for (let depth = 0; depth < MAX_WATCHED_FOLDERS; depth++) {
    files.add(join(folder, CONFIG_FILE_NAME));
    if (folder === top || dirname(folder) === folder) break;
    folder = dirname(folder);
  }
  return [...files];
}

/**
 * Watches the config files of the map at `mapPath` and calls `onChange` with the newly resolved
 * configuration whenever one of them changes, appears or disappears.
 */
export async function watchRuleConfig(
  mapPath: string,
  options: RuleConfigOptions & { readonly onChange: (config: RuleConfigMessage) => void; readonly debounceMs?: number },
): Promise<{ readonly config: RuleConfigMessage; close(): void }> {
  let watches: FileWatch[] = [];
  let isClosed = false;
  let current = await resolveRuleConfig(mapPath, options);
  const rewatch = (): void => {
    for (const watch of watches) watch.close();
    watches = candidateFiles(mapPath, current.files, options.boundary).map((file) =>
      watchFileInFolder(file, {
        ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
        onChange: () => void refresh(),
        onMissing: () => void refresh(),
      }),
    );
  };
  const refresh = async (): Promise<void> => {
    const next = await resolveRuleConfig(mapPath, options);
    if (isClosed || JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    rewatch();
    options.onChange(next);
  };
  rewatch();
  return {
    config: current,
    close() {
      isClosed = true;
      for (const watch of watches) watch.close();
      watches = [];
    },
  };
}
