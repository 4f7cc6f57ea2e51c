/**
 * The browser host: files come from a file input and leave as downloads; the model library is
 * fetched from `./model-library/` beside the page. It makes the whole UI run in a plain browser
 * (the e2e tests and a web edition); it cannot watch files or keep backups.
 */
import { parseMap } from '../../shared/yaml/parseMap';
import type { FileHandle, Host, LibraryEntry, ReadFile, SaveResult } from './host';

const LIBRARY_BASE = './model-library/';

/** Creates the host for a page; `doc` is the page's document (injectable for tests). */
export function createBrowserHost(doc: Document = document): Host {
  const names = new Map<FileHandle, string>();
  let nextHandle = 1;
  const handleFor = (name: string): FileHandle => {
    const handle = `browser:${nextHandle++}`;
    names.set(handle, name);
    return handle;
  };

  const download = (name: string, data: string | Uint8Array, mimeType: string): void => {
    const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType });
    const url = URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.style.display = 'none';
    doc.body.append(link);
    link.click();
    link.remove();
    // Revoke later: the download starts asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return {
    capabilities: { isDesktop: false, hasBackups: false },

    openFile() {
      return pickFile(doc, MAP_OR_BPMN).then((file) => (file ? { handle: handleFor(file.name), ...file } : null));
    },

    readFile() {
      return pickFile(doc);
    },

    async saveFile(request): Promise<SaveResult> {
      const name = names.get(request.handle) ?? 'map.yaml';
      download(name, request.text, 'text/yaml');
      return { status: 'saved', handle: request.handle, name };
    },

    async saveFileAs(request): Promise<SaveResult> {
      const name = request.suggestedName;
      download(name, request.text, 'text/yaml');
      return { status: 'saved', handle: handleFor(name), name };
    },

    async exportFile(request) {
      download(request.suggestedName, request.data, request.mimeType);
      return true;
    },

    async listLibrary() {
      const index = await fetchJson(`${LIBRARY_BASE}index.json`);
      if (isEntryList(index)) return index;
      const files = await fetchJson(`${LIBRARY_BASE}files.json`);
      if (!Array.isArray(files)) return [];
      const entries = await Promise.all(files.filter((file): file is string => typeof file === 'string').map(describeLibraryFile));
      return entries.filter((entry): entry is LibraryEntry => entry !== null);
    },

    async readLibraryMap(path) {
      const text = await fetchText(`${LIBRARY_BASE}${path}`);
      const name = path.split('/').at(-1) ?? path;
      return {
        handle: handleFor(name),
        name,
        text,
        isReadOnly: true,
        readOnlyReason: 'A library map stays as published; "New map from this reference" tailors a reference map.',
      };
    },

    async writeBackup() {
      // No storage for backups in the browser edition (capabilities.hasBackups is false).
    },

    setDocumentState(state) {
      doc.title = `${state.isDirty ? '• ' : ''}${state.title} — Swimlane Studio`;
    },

    onExternalChange() {
      // A browser page cannot watch files; nothing ever changes behind its back.
      return () => undefined;
    },
  };
}

const MAP_FILES = '.yaml,.yml,text/yaml';
/** Open also takes BPMN files, which the editor imports as a new map. */
const MAP_OR_BPMN = `${MAP_FILES},.bpmn`;

/** Shows the browser's file chooser for one map file and reads it; null when cancelled. */
function pickFile(doc: Document, accept: string = MAP_FILES): Promise<ReadFile | null> {
  return new Promise<ReadFile | null>((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'open-file-input';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      resolve({ name: file.name, text: await file.text() });
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    doc.body.append(input);
    input.click();
  });
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
  return response.text();
}

async function fetchJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

function isEntryList(value: unknown): value is LibraryEntry[] {
  return Array.isArray(value) && value.every((entry) => typeof entry?.id === 'string' && typeof entry?.path === 'string');
}

/** Builds a library entry from a map file when the library has no generated index. */
async function describeLibraryFile(path: string): Promise<LibraryEntry | null> {
  const parsed = parseMap(await fetchText(`${LIBRARY_BASE}${path}`), path);
  const map = parsed.value;
  if (!map) return null;
  return {
    id: map.id,
    title: map.title,
    kind: map.kind,
    path,
    ...(map.summary ? { summary: map.summary } : {}),
    counts: {
      activities: Object.keys(map.activities).length,
      flows: Object.keys(map.flows ?? {}).length,
      handoffs: Object.keys(map.handoffs ?? {}).length,
    },
  };
}
