/** Loads fixture maps for the layout and render tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';

export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'maps');

export function loadFixture(name: string): ProcessMap {
  const file = join(FIXTURE_DIR, `${name}.yaml`);
  const parsed = parseMap(readFileSync(file, 'utf8'), file);
  if (!parsed.value) throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.value;
}
