/** The text a map is saved as: the last saved text patched line by line, or canonical YAML for a new file. */
import { ProcessMap } from '../../shared/model/schema';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { updateMapText } from '../../shared/yaml/updateMapText';

export function mapText(savedText: string, map: ProcessMap): string {
  return savedText.trim() ? updateMapText(savedText, map) : renderCanonical(map, ProcessMap);
}
