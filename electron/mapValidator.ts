/** The save validator of the desktop app: the map loader itself, so a saved map always loads back. */
import { parseMap } from '../shared/yaml/parseMap';

/** A message naming the first problem when `text` would not load as a map; undefined when it would. */
export function validateMapText(text: string, name: string): string | undefined {
  const parsed = parseMap(text, name);
  if (parsed.value) return undefined;
  const first = parsed.issues.find((issue) => issue.severity === 'error');
  return first ? `not saved: ${name}:${first.line ?? 1}:${first.column ?? 1}: ${first.message}` : `not saved: ${name} would not load back`;
}
