/**
 * Where a tailored map's `derivedFrom.path` points once the map has a place on disk. The editor
 * names the bundled library's maps `model-library/<path>` (it does not know where a new map will be
 * saved); `swimlane tailor` writes a path relative to the output file. At a desktop Save As the
 * main process knows both the library folder and the chosen file, so it writes the CLI's form.
 */
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { parseMap } from '../shared/yaml/parseMap';
import { updateMapText } from '../shared/yaml/updateMapText';

/** How the editor names a map of the bundled library in `derivedFrom.path`. */
export const LIBRARY_PATH_PREFIX = 'model-library/';

/**
 * `text` with a `derivedFrom.path` of the form `model-library/<p>` replaced by the path from
 * `savedPath`'s folder to `<p>` in `libraryFolder` (with `/`, as in the CLI); every other line
 * untouched. The same text when the map has no such path, does not parse, or names `..`.
 */
export function relativeLibraryReference(text: string, libraryFolder: string, savedPath: string): string {
  const map = parseMap(text, savedPath).value;
  const path = map?.derivedFrom?.path;
  if (!map || !path?.startsWith(LIBRARY_PATH_PREFIX)) return text;
  const inLibrary = path.slice(LIBRARY_PATH_PREFIX.length);
  if (inLibrary.split('/').includes('..') || isAbsolute(inLibrary)) return text;
  const target = join(libraryFolder, ...inLibrary.split('/'));
  const fromSaved = relative(dirname(savedPath), target).split(sep).join('/');
  // A different drive (Windows) has no relative path: keep the library form.
  if (isAbsolute(fromSaved)) return text;
  return updateMapText(text, { ...map, derivedFrom: { ...map.derivedFrom!, path: fromSaved } });
}
