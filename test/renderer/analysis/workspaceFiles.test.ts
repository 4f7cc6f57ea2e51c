import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { parseMap } from '../../../shared/yaml/parseMap';
import type { ResolvedNames } from '../../../renderer/analysis/analysisProtocol';
import { WorkspaceFiles, recordedNames } from '../../../renderer/analysis/workspaceFiles';

const LIBRARY = join(import.meta.dirname, '..', '..', '..', 'model-library');
const read = (path: string) => ({ name: `model-library/${path}`, text: readFileSync(join(LIBRARY, path), 'utf8') });

describe('WorkspaceFiles', () => {
  it('resolves lane actors of a library map through its folder catalogue and records the names it used', () => {
    // given the workspace the editor shares with its workers, and Acme's map as opened (by bare file name)
    const files = new WorkspaceFiles([read('examples/acme/D-as-is.yaml'), read('examples/acme/actors.yaml'), read('cert/actors.yaml'), read('cert/D.yaml')]);
    const map = parseMap(read('examples/acme/D-as-is.yaml').text, 'D-as-is.yaml').value!;
    const found = { actors: {}, activities: {} } satisfies ResolvedNames;
    // when it is laid out with the workspace's names
    const geometry = layoutMapSync(map, files.namesFor(map, 'D-as-is.yaml', found));
    // then its library path is known, the headers use the catalogue's names, and those names are recorded
    expect(files.pathOf('D-as-is.yaml', map.id)).toBe('model-library/examples/acme/D-as-is.yaml');
    expect(geometry.lanes.find((lane) => lane.id === 'help-desk')?.label.block.lines.join(' ')).toBe('Help desk');
    expect(found.actors).toMatchObject({ 'help-desk': 'Help desk', employees: 'Employees' });
    // and the recorded names alone give the export the same picture
    expect(layoutMapSync(map, recordedNames(found))).toEqual(geometry);
  });

  it('an empty workspace leaves the file name as it is and names nothing', () => {
    // given no workspace files
    const files = new WorkspaceFiles();
    const map = parseMap(read('examples/acme/D-as-is.yaml').text, 'D-as-is.yaml').value!;
    // when names are looked up
    const names = files.namesFor(map, 'D-as-is.yaml', { actors: {}, activities: {} });
    // then
    expect(files.pathOf('D-as-is.yaml', map.id)).toBe('D-as-is.yaml');
    expect(names.actorName?.('help-desk')).toBeUndefined();
  });
});
