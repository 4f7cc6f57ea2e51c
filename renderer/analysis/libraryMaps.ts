/**
 * The editor's analyses against library maps: reading them (once per session) and the gap report
 * of a tailored map against the reference it derives from, computed by the shared `gapReport`.
 */
import type { ProcessMap } from '../../shared/model/schema';
import { gapReport, type GapReport } from '../../shared/tailor/gapReport';
import { folderOf } from '../../shared/workspace/paths';
import { createWorkspace } from '../../shared/workspace/workspace';
import { parseActorCatalogue, parseMap, type ParsedCatalogue, type ParsedMap } from '../../shared/yaml/parseMap';
import type { LibraryEntry, OpenedFile } from '../host/host';

const LIBRARY_FOLDER = 'model-library';

export interface LibraryMaps {
  readLibraryParsed(entry: LibraryEntry): Promise<ParsedMap | string>;
  gapAgainstReference(map: ProcessMap, library: readonly LibraryEntry[]): Promise<GapReport | string>;
}

/** The library analyses of one editor session, reading files through `readLibraryFile` (each once). */
export function createLibraryMaps(readLibraryFile: (path: string) => Promise<OpenedFile>): LibraryMaps {
  const libraryTexts = new Map<string, Promise<string | null>>();

  /** A library file's text, read once per session; null when it cannot be read. */
  function libraryText(path: string): Promise<string | null> {
    let text = libraryTexts.get(path);
    if (!text) {
      text = readLibraryFile(path).then(
        (file) => file.text,
        () => null,
      );
      libraryTexts.set(path, text);
    }
    return text;
  }

  /** A library map, parsed; a message when it cannot be read or is not a valid map. */
  async function readLibraryParsed(entry: LibraryEntry): Promise<ParsedMap | string> {
    const text = await libraryText(entry.path);
    if (text === null) return `${entry.path} could not be read from the library`;
    const parsed = parseMap(text, `${LIBRARY_FOLDER}/${entry.path}`);
    return parsed.value ? parsed : `${entry.path} is not a valid map: ${parsed.issues[0]?.message ?? ''}`;
  }

  /**
   * The gap report of `map` against its reference, found in the library by the id in `derivedFrom`.
   * When the map is itself a library map, the actor catalogue beside it is used too, so handoffs
   * between organisation units can be checked.
   */
  async function gapAgainstReference(map: ProcessMap, library: readonly LibraryEntry[]): Promise<GapReport | string> {
    const derivedFrom = map.derivedFrom;
    if (!derivedFrom) return 'This map does not derive from a reference map (it has no derivedFrom).';
    const entry = library.find((candidate) => candidate.id === derivedFrom.map);
    if (!entry) return `The reference map "${derivedFrom.map}" is not in the model library.`;
    const reference = await readLibraryParsed(entry);
    if (typeof reference === 'string') return reference;
    const own = library.find((candidate) => candidate.id === map.id);
    const file = own ? `${LIBRARY_FOLDER}/${own.path}` : `${map.id}.yaml`;
    const catalogues: ParsedCatalogue[] = [];
    if (own) {
      const folder = folderOf(own.path);
      const path = folder === '' || folder === '.' ? 'actors.yaml' : `${folder}/actors.yaml`;
      const text = await libraryText(path);
      if (text !== null) catalogues.push(parseActorCatalogue(text, `${LIBRARY_FOLDER}/${path}`));
    }
    const tailored: ParsedMap = { file, text: '', value: map, issues: [] };
    return gapReport(map, reference.value!, createWorkspace([tailored, reference], catalogues));
  }

  return { readLibraryParsed, gapAgainstReference };
}
