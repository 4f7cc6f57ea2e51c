/** The text a map is saved as: the last saved text patched line by line, or canonical YAML for a new file. */
import { ProcessMap } from '../../shared/model/schema';
import { textBaseOf, type OpenDocument } from './editorStore';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { updateMapText } from '../../shared/yaml/updateMapText';

/**
 * `savedMap`, the map `savedText` holds, lets unchanged parts be skipped by identity: pass it only
 * when `map` was made from it by the editor's edits, which never change an object in place.
 */
export function mapText(savedText: string, map: ProcessMap, savedMap?: ProcessMap): string {
  if (map === savedMap) return savedText;
  return savedText.trim() ? updateMapText(savedText, map, savedMap ? { previous: savedMap } : {}) : renderCanonical(map, ProcessMap);
}

/** The document's text now: the broken text as typed, else the present map spliced into the text it came from. */
export function documentText(doc: OpenDocument): string {
  if (doc.brokenText !== undefined) return doc.brokenText;
  const base = textBaseOf(doc);
  return mapText(base.text, doc.history.present, base.map);
}
