/**
 * An in-memory Host (the real `Host` interface) and an in-process analysis for session tests:
 * files live in a map, the library is a list of texts, and parsing is the real `parseMap`.
 */
import { readFileSync } from 'node:fs';
import { parseMap } from '../../../shared/yaml/parseMap';
import type { Analysis } from '../../../renderer/analysis/analysisClient';
import type { ExternalChange, FileHandle, Host, LibraryEntry, OpenedFile, ReadFile, RuleConfig, SaveResult } from '../../../renderer/host/host';
import { createEditorSession } from '../../../renderer/session/editorSession';
import { initialEditorState } from '../../../renderer/session/editorStore';

export const EXAMPLE_TEXT = readFileSync(new URL('../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8');

export interface MemoryHost extends Host {
  readonly files: Map<FileHandle, { name: string; text: string; version: number }>;
  readonly exports: { suggestedName: string; data: string | Uint8Array; mimeType: string }[];
  /** What the next file picker / Save As answers. */
  nextPick: OpenedFile | ReadFile | null;
  nextSaveAsName: string | null;
  ruleConfigs: Map<FileHandle, RuleConfig | Error>;
  changeOnDisk(handle: FileHandle, text: string): void;
  documentStates: { title: string; isDirty: boolean }[];
}

export function createMemoryHost(library: Record<string, string> = {}, entries: LibraryEntry[] = []): MemoryHost {
  const files = new Map<FileHandle, { name: string; text: string; version: number }>();
  const listeners = new Set<(change: ExternalChange) => void>();
  const fingerprint = (handle: FileHandle) => `v${files.get(handle)?.version ?? 0}`;
  const host: MemoryHost = {
    capabilities: { isDesktop: false, hasBackups: false },
    files,
    exports: [],
    nextPick: null,
    nextSaveAsName: null,
    ruleConfigs: new Map(),
    documentStates: [],
    async openFile() {
      const pick = host.nextPick as OpenedFile | null;
      if (!pick) return null;
      files.set(pick.handle, { name: pick.name, text: pick.text, version: 1 });
      return { ...pick, fingerprint: fingerprint(pick.handle) };
    },
    async readFile() {
      return host.nextPick;
    },
    async saveFile(request): Promise<SaveResult> {
      const file = files.get(request.handle);
      if (!file) return { status: 'cancelled' };
      if (!request.overwrite && request.fingerprint !== undefined && request.fingerprint !== fingerprint(request.handle)) {
        return { status: 'conflict', diskText: file.text, message: `${file.name} changed on disk`, fingerprint: fingerprint(request.handle) };
      }
      files.set(request.handle, { ...file, text: request.text, version: file.version + 1 });
      return { status: 'saved', handle: request.handle, name: file.name, fingerprint: fingerprint(request.handle) };
    },
    async saveFileAs(request): Promise<SaveResult> {
      const name = host.nextSaveAsName ?? request.suggestedName;
      const handle = `memory:${name}`;
      files.set(handle, { name, text: request.text, version: 1 });
      return { status: 'saved', handle, name, fingerprint: fingerprint(handle) };
    },
    async exportFile(request) {
      host.exports.push(request);
      return true;
    },
    async listLibrary() {
      return entries;
    },
    async readLibraryMap(path) {
      const text = library[path];
      if (text === undefined) throw new Error(`${path} is not in the library`);
      return { handle: `library:${path}`, name: path.split('/').at(-1)!, text, isReadOnly: true };
    },
    async writeBackup() {},
    setDocumentState(state) {
      host.documentStates.push(state);
    },
    onExternalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ruleConfigFor(handle) {
      const config = host.ruleConfigs.get(handle);
      if (config instanceof Error) throw config;
      return config ?? { files: [], rules: {}, issues: [] };
    },
    changeOnDisk(handle, text) {
      const file = files.get(handle)!;
      files.set(handle, { ...file, text, version: file.version + 1 });
      for (const listener of listeners) listener({ handle, text, fingerprint: fingerprint(handle) });
    },
  };
  return host;
}

/** Parses in process with the real parser and records what the session asked to lay out and share. */
export function createInlineAnalysis() {
  const analysed: string[] = [];
  const workspace: { name: string; text: string }[][] = [];
  const rules: unknown[] = [];
  const analysis: Analysis = {
    onMapText: () => () => undefined,
    async openInWorker(text, fileName) {
      const parsed = parseMap(text, fileName);
      return { ...(parsed.value ? { map: parsed.value } : {}), issues: parsed.issues };
    },
    cancelLayoutText: () => undefined,
    analyse: (map) => void analysed.push(map.id),
    revalidate: () => undefined,
    setWorkspaceFiles: (files) => void workspace.push([...files]),
    setRuleSettings: (settings) => void rules.push(settings),
    requestComparePictures: async () => null,
  };
  return { analysis, analysed, workspace, rules };
}

/** A session over a memory host, with the example map open as `acme-D.yaml`. */
export async function sessionWithExample(host: MemoryHost = createMemoryHost()) {
  const inline = createInlineAnalysis();
  const session = createEditorSession(host, { analysis: () => inline.analysis, initialState: initialEditorState('light') });
  host.nextPick = { handle: 'memory:acme-D.yaml', name: 'acme-D.yaml', text: EXAMPLE_TEXT };
  await session.openFile();
  return { session, host, ...inline };
}
