/**
 * Reading and writing single map files for the tailoring commands (tailor, rebase, merge-driver):
 * parse with locations, hash the text for `derivedFrom.hash`, write only what loads back, and keep
 * the untouched lines of a file the user already has.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ProcessMap } from '../model/schema';
import type { ActorCatalogue } from '../model/schema';
import { parseActorCatalogue, parseMap } from '../yaml/parseMap';
import type { ParsedMap } from '../yaml/parseMap';
import { renderCanonical } from '../yaml/renderYaml';
import { updateMapText } from '../yaml/updateMapText';
import { alignKeyOrder } from '../tailor/alignKeyOrder';
import { atomicSave } from './atomicSave';
import { sha256Hex } from './fileFingerprint';
import { readTextFile, readTextFileIfExists } from './readTextFile';

export interface MapFile {
  readonly file: string;
  readonly text: string;
  readonly parsed: ParsedMap;
}

/** Reads and parses a map file; `parsed.value` is undefined when it does not validate. */
export async function readMapFile(file: string, shownAs: string = file): Promise<MapFile> {
  const text = await readTextFile(file, { shownAs });
  return { file, text, parsed: parseMap(text, shownAs) };
}

/** `sha256:<hex>` of a file's text, as `derivedFrom.hash` records it. */
export function textHash(text: string): string {
  return `sha256:${sha256Hex(Buffer.from(text, 'utf8'))}`;
}

/**
 * Text for `map` to be saved at a path: the existing text minimally updated when there is one, else
 * the canonical rendering with a schema comment for editors.
 */
export function mapText(map: ProcessMap, existingText: string | undefined, schemaComment?: string): string {
  if (existingText !== undefined) return updateMapText(existingText, alignKeyOrder(map, parseMap(existingText, 'existing').data));
  return `${schemaComment ? `# yaml-language-server: $schema=${schemaComment}\n` : ''}${renderCanonical(map, ProcessMap)}`;
}

/** Saves map text atomically, refusing text that does not load back as a valid map. */
export async function saveMapText(file: string, text: string): Promise<void> {
  await atomicSave(file, Buffer.from(text, 'utf8'), {
    validate: (bytes) => {
      const issues = parseMap(Buffer.from(bytes).toString('utf8'), file).issues.filter((issue) => issue.severity === 'error');
      return issues.length > 0 ? `the map would not load back: ${issues[0]!.message}` : undefined;
    },
  });
}

export async function readTextIfExists(file: string): Promise<string | undefined> {
  return readTextFileIfExists(file);
}

/** The nearest `actors.yaml` from `folder` upward, parsed; undefined when there is none. */
export async function findActorCatalogue(folder: string): Promise<{ file: string; catalogue?: ActorCatalogue; problem?: string } | undefined> {
  let current = path.resolve(folder);
  for (;;) {
    for (const name of ['actors.yaml', 'actors.yml']) {
      const candidate = path.join(current, name);
      if (await stat(candidate).then((info) => info.isFile(), () => false)) return readActorCatalogue(candidate);
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export async function readActorCatalogue(file: string): Promise<{ file: string; catalogue?: ActorCatalogue; problem?: string }> {
  const parsed = parseActorCatalogue(await readTextFile(file), file);
  const problem = parsed.issues.find((issue) => issue.severity === 'error');
  return { file, ...(parsed.value ? { catalogue: parsed.value } : {}), ...(problem ? { problem: `${file}:${problem.line ?? 1}: ${problem.message}` } : {}) };
}

/** A path as written inside a map: relative to the map's folder, forward slashes. */
export function relativeRef(fromFile: string, toFile: string): string {
  return path.relative(path.dirname(path.resolve(fromFile)), path.resolve(toFile)).split(path.sep).join('/');
}
