/// <reference lib="webworker" />
/**
 * The validation worker: runs the CLI's rules on the text the map would be saved as, so problem
 * locations are real file lines. Slower than layout on big maps, so it has its own worker and
 * never delays the canvas; only the latest request is validated.
 */
import { validateMap } from '../../shared/rules/validateMap';
import { createWorkspace } from '../../shared/workspace/workspace';
import { parseActorCatalogue, parseMap, type ParsedCatalogue, type ParsedMap } from '../../shared/yaml/parseMap';
import type { EffectiveRule } from '../../shared/rules/config';
import type { RulesMessage, ValidationRequest, ValidationResponse, WorkspaceMessage } from './analysisProtocol';
import { mapText } from './mapText';

declare const self: DedicatedWorkerGlobalScope;

let latest: ValidationRequest | null = null;
let isScheduled = false;
let others: readonly ParsedMap[] = [];
let catalogues: readonly ParsedCatalogue[] = [];
/** Severity and options per rule from the config; undefined: every rule with its defaults. */
let rules: ReadonlyMap<string, EffectiveRule> | undefined;

/**
 * The path a map is validated under: a library map opened in the editor keeps its library path, so
 * its folder's actor catalogue and its relative `derivedFrom.path` resolve as they do in the CLI.
 */
function workspacePathOf(fileName: string, mapId: string | undefined): string {
  const twin = others.find((other) => other.value?.id === mapId && other.file.split('/').at(-1) === fileName);
  return twin?.file ?? fileName;
}

function run(): void {
  isScheduled = false;
  const request = latest;
  latest = null;
  if (!request) return;
  const text = mapText(request.savedText, request.map);
  const parsed = parseMap(text, workspacePathOf(request.fileName, request.map.id));
  const id = parsed.value?.id;
  const workspace = createWorkspace([parsed, ...others.filter((other) => other.value?.id !== id)], catalogues);
  const issues = parsed.value ? validateMap(parsed, workspace, rules ? { rules } : {}) : parsed.issues;
  const response: ValidationResponse = { type: 'issues', seq: request.seq, issues, text };
  self.postMessage(response);
}

self.addEventListener('message', (event: MessageEvent<ValidationRequest | WorkspaceMessage | RulesMessage>) => {
  const message = event.data;
  if (message.type === 'rules') {
    rules = message.rules ? new Map(Object.entries(message.rules)) : undefined;
    return;
  }
  if (message.type === 'workspace') {
    const isCatalogue = (name: string): boolean => name.endsWith('/actors.yaml') || name === 'actors.yaml';
    others = message.files.filter((file) => !isCatalogue(file.name)).map((file) => parseMap(file.text, file.name)).filter((parsed) => parsed.value !== undefined);
    catalogues = message.files.filter((file) => isCatalogue(file.name)).map((file) => parseActorCatalogue(file.text, file.name)).filter((parsed) => parsed.value !== undefined);
    return;
  }
  latest = message;
  if (isScheduled) return;
  isScheduled = true;
  setTimeout(run, 0);
});
