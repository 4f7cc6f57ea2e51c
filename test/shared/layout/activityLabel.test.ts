import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityLabel, isReportStyleId } from '../../../shared/layout/activityLabel';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { parseMap } from '../../../shared/yaml/parseMap';

const LIBRARY = join(import.meta.dirname, '..', '..', '..', 'model-library');
const mapFiles = ['cert', 'examples/acme'].flatMap((folder) =>
  readdirSync(join(LIBRARY, folder))
    .filter((file) => file.endsWith('.yaml') && file !== 'actors.yaml')
    .map((file) => join(LIBRARY, folder, file)),
);

describe('isReportStyleId', () => {
  it('accepts the numbering of the report and rejects keys an author made up', () => {
    // given ids as the report numbers them, and invented ones
    const report = ['D', 'PC', 'D2', 'PC10', 'R1.2', 'R3', 'A1', 'IM'];
    const invented = ['external-communication', 'triage-call', 'd2', 'D2-review', 'Detect', 'R1.2.', 'ABCDE1'];
    // when / then
    expect(report.filter((id) => !isReportStyleId(id))).toEqual([]);
    expect(invented.filter((id) => isReportStyleId(id))).toEqual([]);
  });

  it('in the library, every activity id except external-communication is report-style', () => {
    // given every activity id of the library's maps
    const ids = new Set(mapFiles.flatMap((file) => Object.keys(parseMap(readFileSync(file, 'utf8'), file).value!.activities)));
    // when the invented ones are picked out
    const invented = [...ids].filter((id) => !isReportStyleId(id));
    // then they are exactly the one the report does not number
    expect(invented).toEqual(['external-communication']);
    expect(ids.size).toBeGreaterThan(30);
  });
});

describe('activity labels in the layout', () => {
  it('R1 shows "R1.2: name" but the name alone for external-communication', () => {
    // given the reference map R1
    const file = join(LIBRARY, 'cert', 'R1.yaml');
    const map = parseMap(readFileSync(file, 'utf8'), file).value!;
    // when it is laid out
    const geometry = layoutMapSync(map);
    const text = (id: string) => geometry.nodes.find((node) => node.id === id)!.text!.block.lines.join(' ');
    // then the report id prefixes its box, the invented one does not
    expect(text('R1.2')).toMatch(/^R1\.2: /);
    expect(text('external-communication')).toBe(activityLabel('external-communication', map.activities['external-communication']!.name).replace(/\s+/g, ' '));
    expect(text('external-communication')).not.toContain('external-communication');
  });
});
