import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../shared/node/loadWorkspace';
import type { ProcessMap } from '../../shared/model/schema';
import { updateMapText } from '../../shared/yaml/updateMapText';
import { formatMapText } from '../../shared/yaml/formatMapText';
import { validateMap } from '../../shared/rules/validateMap';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIBRARY = path.join(ROOT, 'model-library');
const EXPECTED = fileURLToPath(new URL('./expected', import.meta.url));

/** What the expected files record, extracted from the report independently of the YAML maps. */
interface ExpectedMap {
  readonly activities: Record<string, string>;
  readonly triggers: number;
  readonly handoffTables: readonly string[];
  readonly groups: number;
  readonly expands: Record<string, string>;
}

/** The same facts, read from a loaded map. */
function factsOf(map: ProcessMap): ExpectedMap {
  return {
    activities: Object.fromEntries(Object.entries(map.activities).map(([id, activity]) => [id, activity.name])),
    triggers: Object.keys(map.triggers ?? {}).length,
    handoffTables: Object.values(map.handoffs ?? {}).map((handoff) => handoff.source ?? '(no source)').sort(),
    groups: Object.keys(map.groups ?? {}).length,
    expands: Object.fromEntries(Object.entries(map.activities).flatMap(([id, activity]) => (activity.expands ? [[id, activity.expands]] : []))),
  };
}

const loaded = await loadWorkspace([LIBRARY], ROOT);
const mapFiles = loaded.targets.map((parsed) => parsed.file);

describe('model library', () => {
  it('has maps, and every file and actor catalogue can be read', () => {
    // given
    const { unreadable, catalogues } = loaded;

    // when
    const catalogueIssues = catalogues.flatMap((catalogue) => catalogue.issues);

    // then
    expect(mapFiles.length).toBeGreaterThan(0);
    expect(unreadable).toEqual([]);
    expect(catalogueIssues).toEqual([]);
  });

  describe.each(mapFiles)('%s', (file) => {
    const parsed = loaded.targets.find((target) => target.file === file)!;

    it('loads and validates with no findings (gaps in the source are suppressed with a reason)', () => {
      // given
      const { workspace } = loaded;

      // when
      const issues = validateMap(parsed, workspace);

      // then
      expect(parsed.issues).toEqual([]);
      expect(issues.map((issue) => `${issue.file}:${issue.line}: [${issue.rule}] ${issue.message}`)).toEqual([]);
    });

    it('round-trips byte for byte and is canonically formatted', () => {
      // when
      const saved = updateMapText(parsed.text, parsed.value);
      const formatted = formatMapText(parsed.text, parsed.file);

      // then
      expect(saved).toBe(parsed.text);
      expect(formatted.text).toBe(parsed.text);
    });

    const isCert = file.split('/').includes('cert');
    const expectedFile = parsed.value ? path.join(EXPECTED, `${parsed.value.id}.json`) : '';
    it.skipIf(!isCert || !existsSync(expectedFile))('matches the facts extracted from the report (test/library/expected)', () => {
      // given
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedMap;

      // when
      const actual = factsOf(parsed.value!);

      // then
      expect(actual).toEqual({ ...expected, handoffTables: [...expected.handoffTables].sort() });
    });
  });
});
