/** The nine CERT reference maps of the model library, parsed, with the folder's actor names. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ProcessMap } from '../../shared/model/schema';
import { parseMap } from '../../shared/yaml/parseMap';

export const CERT_FOLDER = fileURLToPath(new URL('../../model-library/cert', import.meta.url));

/** Every map of model-library/cert/ (actors.yaml aside), by file stem. */
export function certMaps(): { id: string; map: ProcessMap }[] {
  return readdirSync(CERT_FOLDER)
    .filter((file) => file.endsWith('.yaml') && file !== 'actors.yaml')
    .sort()
    .map((file) => {
      const parsed = parseMap(readFileSync(path.join(CERT_FOLDER, file), 'utf8'), file);
      if (!parsed.value) throw new Error(`${file} does not parse`);
      return { id: file.replace(/\.yaml$/, ''), map: parsed.value };
    });
}
