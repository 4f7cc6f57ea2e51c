/**
 * Finds and loads the rule configuration for a map: `swimlane.config.yaml` files from the map's
 * folder upward (until one says `root: true`), with `extends` of other config files expanded.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME, LintConfig, PRESETS, unknownRuleIds } from '../rules/config';
import type { ConfigLayer } from '../rules/config';
import type { Issue } from '../model/issue';
import { parseYamlSource } from '../yaml/parseYamlSource';
import { displayPath } from './loadWorkspace';

export interface LoadedConfig {
  /** Layers from farthest to nearest, ready for `effectiveRules`. */
  readonly layers: readonly ConfigLayer[];
  readonly issues: readonly Issue[];
  readonly files: readonly string[];
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Config files that apply to `mapFile`, nearest first, stopping at `root: true` or after the folder
 * `boundary` (the model library's folder: its maps never pick up config from where the app is installed).
 */
export async function loadConfigFor(mapFile: string, cwd: string = process.cwd(), explicit?: string, boundary?: string): Promise<LoadedConfig> {
  const issues: Issue[] = [];
  const layers: ConfigLayer[] = [];
  const files: string[] = [];
  const loadFile = async (file: string, chain: readonly string[]): Promise<ConfigLayer[] | undefined> => {
    if (chain.includes(file)) {
      issues.push({ rule: 'config', severity: 'error', message: `config extends itself through ${[...chain, file].map((f) => displayPath(f, cwd)).join(' → ')}`, path: ['extends'], file: displayPath(file, cwd), line: 1, column: 1 });
      return undefined;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      issues.push({ rule: 'config', severity: 'error', message: `cannot read config: ${(error as Error).message}`, path: [], file: displayPath(file, cwd), line: 1, column: 1 });
      return undefined;
    }
    files.push(displayPath(file, cwd));
    const parsed = parseYamlSource(text, displayPath(file, cwd), LintConfig);
    issues.push(...parsed.issues.map((issue) => ({ ...issue, rule: issue.rule === 'schema' ? 'config' : issue.rule })));
    if (!parsed.value) return undefined;
    for (const id of unknownRuleIds(parsed.value)) {
      issues.push({ rule: 'config', severity: 'warning', message: `config names unknown rule "${id}"`, path: ['rules', id], file: displayPath(file, cwd), line: 1, column: 1 });
    }
    const result: ConfigLayer[] = [];
    for (const base of [parsed.value.extends ?? []].flat()) {
      if (PRESETS[base]) continue;
      if (base.startsWith('swimlane:')) {
        issues.push({ rule: 'config', severity: 'error', message: `unknown preset "${base}" (known: ${Object.keys(PRESETS).join(', ')})`, path: ['extends'], file: displayPath(file, cwd), line: 1, column: 1 });
        continue;
      }
      const extended = await loadFile(path.resolve(path.dirname(file), base), [...chain, file]);
      if (extended) result.push(...extended);
    }
    result.push({ config: parsed.value, folder: displayPath(path.dirname(file), cwd), file: displayPath(file, cwd) });
    return result;
  };
  if (explicit) {
    layers.push(...((await loadFile(path.resolve(cwd, explicit), [])) ?? []));
    return { layers, issues, files };
  }
  const found: string[] = [];
  let folder = path.dirname(path.resolve(cwd, mapFile));
  for (;;) {
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    if (await exists(candidate)) {
      found.push(candidate);
      const text = await readFile(candidate, 'utf8').catch(() => '');
      if (/^root:\s*true\s*$/m.test(text)) break;
    }
    const parent = path.dirname(folder);
    if (parent === folder || (boundary !== undefined && folder === path.resolve(cwd, boundary))) break;
    folder = parent;
  }
  for (const file of found.reverse()) layers.push(...((await loadFile(file, [])) ?? []));
  return { layers, issues, files };
}
