/// <reference lib="webworker" />
/**
 * The validation worker: runs the CLI's rules on the text the map would be saved as, so problem
 * locations are real file lines. Slower than layout on big maps, so it has its own worker and
 * never delays the canvas; only the latest request is validated.
 */
import { validateMap } from '../../shared/rules/validateMap';
import { createWorkspace } from '../../shared/workspace/workspace';
import { parseMap } from '../../shared/yaml/parseMap';
import type { EffectiveRule } from '../../shared/rules/config';
import type { RulesMessage, ValidationRequest, ValidationResponse, WorkspaceMessage } from './analysisProtocol';
import { prepareToSave } from '../../shared/yaml/updateMapText';
import { mapText } from '../session/mapText';
import { WorkspaceFiles } from './workspaceFiles';
import { latestOnly } from './latestOnly';

declare const self: DedicatedWorkerGlobalScope;

/** The saved text last read for saving (see prepareToSave). */
let preparedText = '';
let others = new WorkspaceFiles();
/** Severity and options per rule from the config; undefined: every rule with its defaults. */
let rules: ReadonlyMap<string, EffectiveRule> | undefined;

function run(request: ValidationRequest): void {
  // Every edit is written over the same saved text: read it for saving once, then only splice.
  if (request.text === undefined && request.savedText !== preparedText && request.savedText.trim()) {
    prepareToSave(request.savedText);
    preparedText = request.savedText;
  }
  const text = request.text ?? mapText(request.savedText, request.map);
  // A library map is validated under its library path (see WorkspaceFiles.pathOf).
  const parsed = parseMap(text, others.pathOf(request.fileName, request.map.id));
  const id = parsed.value?.id;
  const workspace = createWorkspace([parsed, ...others.maps.filter((other) => other.value?.id !== id)], others.catalogues);
  const issues = parsed.value ? validateMap(parsed, workspace, rules ? { rules } : {}) : parsed.issues;
  const response: ValidationResponse = { type: 'issues', seq: request.seq, issues, text };
  self.postMessage(response);
}

const runLatest = latestOnly(run);

self.addEventListener('message', (event: MessageEvent<ValidationRequest | WorkspaceMessage | RulesMessage>) => {
  const message = event.data;
  if (message.type === 'rules') {
    rules = message.rules ? new Map(Object.entries(message.rules)) : undefined;
    return;
  }
  if (message.type === 'workspace') {
    others = new WorkspaceFiles(message.files);
    return;
  }
  runLatest(message);
});
