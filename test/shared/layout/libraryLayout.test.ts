import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../../shared/layout/layoutQuality';
import { renderSvg } from '../../../shared/render/renderSvg';
import type { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { checkXml } from '../../support/xmlCheck';

const LIBRARY = join(import.meta.dirname, '..', '..', '..', 'model-library', 'cert');
const files = readdirSync(LIBRARY)
  .filter((f) => f.endsWith('.yaml') && f !== 'actors.yaml')
  .sort();
const maps = new Map<string, ProcessMap>();
for (const file of files) {
  const parsed = parseMap(readFileSync(join(LIBRARY, file), 'utf8'), file);
  if (parsed.value) maps.set(parsed.value.id, parsed.value);
}

describe('library maps lay out and render', () => {
  it.each(files)('%s: no overlaps of any kind, every flow drawn, well-formed SVG', async (file) => {
    // given
    const parsed = parseMap(readFileSync(join(LIBRARY, file), 'utf8'), file);
    expect(parsed.issues).toEqual([]);
    const map = parsed.value!;
    // when
    const geometry = await layoutMap(map, { activityName: (mapId, id) => maps.get(mapId)?.activities[id]?.name });
    const quality = measureLayoutQuality(geometry);
    const svg = renderSvg(map, geometry);
    // then
    expect(quality).toMatchObject({ nodesOutsideLane: 0, segmentsThroughNodes: 0, labelOverlaps: 0, nodeOverlaps: 0 });
    expect(geometry.edges.map((e) => e.id).sort()).toEqual(Object.keys(map.flows ?? {}).sort());
    expect(geometry.nodes.filter((n) => n.kind === 'activity').map((n) => n.id).sort()).toEqual(Object.keys(map.activities).sort());
    expect(() => checkXml(svg)).not.toThrow();
  });
});
