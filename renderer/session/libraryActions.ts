/** The model library: listing it, opening its maps, and tailoring a new map from one. */
import type { Actor, ProcessMap } from '../../shared/model/schema';
import { parseActorCatalogue, parseMap } from '../../shared/yaml/parseMap';
import { createLibraryMaps } from '../analysis/libraryMaps';
import type { LibraryEntry, OpenedFile } from '../host/host';
import type { DocumentActions } from './documentActions';
import type { SessionCore } from './sessionCore';
import { startTailoredMap, type TailorRequest } from './startTailoredMap';

/** A library map read for tailoring, with the text its hash is taken of and its folder's actor catalogue. */
export interface ReferenceMap {
  readonly entry: LibraryEntry;
  readonly map: ProcessMap;
  readonly text: string;
  /** The actors of the `actors.yaml` beside the reference (empty when there is none). */
  readonly catalogue: Readonly<Record<string, Actor>>;
}

/** `actors.yaml` in the folder of a library path. */
function catalogueBeside(path: string): string {
  const folder = path.split('/').slice(0, -1).join('/');
  return folder ? `${folder}/actors.yaml` : 'actors.yaml';
}

/** `sha256:<hex>` of a text, as `derivedFrom.hash` records it. */
async function textHash(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export function createLibraryActions(core: SessionCore, documents: Pick<DocumentActions, 'confirmDiscard' | 'openDocument' | 'startDocument'>) {
  const { store, host, analysis } = core;
  let isLibraryShared = false;

  /** Reads a file of the model library (a map or an actor catalogue) without opening it. */
  function readLibraryFile(path: string): Promise<OpenedFile> {
    return host.readLibraryMap(path);
  }

  async function loadLibrary(): Promise<void> {
    try {
      const library = await host.listLibrary();
      store.setState({ library });
      void shareLibraryWithValidation(library);
    } catch (error) {
      store.setState({ library: [], status: `Library unavailable: ${String(error)}` });
    }
  }

  /** Sends the library maps to the analysis worker once, so references to them (e.g. `T1` in map T) resolve. */
  async function shareLibraryWithValidation(library: readonly LibraryEntry[]): Promise<void> {
    if (isLibraryShared || library.length === 0) return;
    isLibraryShared = true;
    // Each folder's actor catalogue too, so lanes of the example maps resolve their actors.
    const paths = [...new Set([...library.map((entry) => entry.path), ...library.map((entry) => catalogueBeside(entry.path))])];
    const files = await Promise.all(
      paths.map(async (path) => {
        try {
          return { name: `model-library/${path}`, text: (await readLibraryFile(path)).text };
        } catch {
          return null;
        }
      }),
    );
    analysis.setWorkspaceFiles(files.filter((file): file is { name: string; text: string } => file !== null));
    // Laid out again too: lane headers may take actor names from the library's catalogues.
    core.documentChanged();
  }

  async function openLibraryMap(entry: LibraryEntry): Promise<void> {
    if (!(await documents.confirmDiscard())) return;
    if (!(await documents.openDocument(await readLibraryFile(entry.path)))) return;
    store.setState((state) => (state.doc ? { doc: { ...state.doc, libraryPath: entry.path } } : {}));
  }

  /** The actor catalogue beside a library map, or an empty one when the folder has none (or it does not parse). */
  async function readLibraryCatalogue(mapPath: string): Promise<Readonly<Record<string, Actor>>> {
    const path = catalogueBeside(mapPath);
    try {
      return parseActorCatalogue((await readLibraryFile(path)).text, `model-library/${path}`).value?.actors ?? {};
    } catch {
      return {};
    }
  }

  /** Reads a library map to tailor; null (with a status) when it cannot be read. */
  async function readReference(entry: LibraryEntry): Promise<ReferenceMap | null> {
    try {
      const [file, catalogue] = await Promise.all([readLibraryFile(entry.path), readLibraryCatalogue(entry.path)]);
      const map = parseMap(file.text, file.name).value;
      if (map) return { entry, map, text: file.text, catalogue };
    } catch {
      // Reported below like an unreadable map.
    }
    core.setStatus(`${entry.title} could not be read`);
    return null;
  }

  /** Starts a tailored map of a reference with the performers the user chose. */
  async function newFromReference(reference: ReferenceMap, request: Pick<TailorRequest, 'assign' | 'kind' | 'actors'>): Promise<void> {
    if (!(await documents.confirmDiscard())) return;
    const hash = await textHash(reference.text);
    const result = startTailoredMap(reference.map, {
      ...request,
      referencePath: `model-library/${reference.entry.path}`,
      ...(hash ? { referenceHash: hash } : {}),
    });
    const unassigned = result.unassigned.length ? `; ${result.unassigned.length} activities have no performer yet` : '';
    documents.startDocument(result.map, `${result.map.id}.yaml`, `New map from ${reference.entry.title}${unassigned}`);
  }

  return { loadLibrary, openLibraryMap, readLibraryCatalogue, readReference, newFromReference, readLibraryFile, libraryMaps: createLibraryMaps(readLibraryFile) };
}

export type LibraryActions = ReturnType<typeof createLibraryActions>;
