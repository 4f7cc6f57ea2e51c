import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actorHead, buildLibraryIndex, INDEX_FORMAT, readLibrarySources, staleFiles } from '../../scripts/build-library-index';
import { parseActorCatalogue } from '../../shared/yaml/parseMap';

const LIBRARY = fileURLToPath(new URL('../../model-library', import.meta.url));

const TOP = `format: swimlane/1
id: TOP
title: Top
kind: reference
source:
  citation: A report
  figure: Figure 1
  tables: [Table 1]
activities:
  A:
    name: Do A
    expands: SUB
    keyPeople:
      - IT staff (e.g., NOC staff)
      - key people involved in everything
groups:
  g:
    members: [A]
    keyPeople: [IT staff]
flows:
  A-g:
    from: A
    to: g
    outputs: [Things]
`;

const SUB = `format: swimlane/1
id: SUB
title: Sub
kind: reference
source:
  citation: A report
  figure: Figure 2
activities:
  B:
    name: Do B
    keyPeople: [CSIRT manager]
triggers:
  1:
    text: Start B.
    starts: [B]
handoffs:
  B-to-A:
    sending: [{activity: B}]
    receiving: [{map: TOP, activity: A}]
    kinds:
      person-to-person:
        sendingActors: [CSIRT manager]
        receivingActors: [IT staff]
`;

const EXAMPLE = `format: swimlane/1
id: acme-SUB
title: Acme Sub
kind: as-is
derivedFrom:
  map: SUB
  path: ../cert/SUB.yaml
activities:
  B:
    name: Do B
`;

describe('buildLibraryIndex', () => {
  it('lists every map in reading order with its source and counts', () => {
    // given
    const sources = [
      { path: 'examples/acme-SUB.yaml', text: EXAMPLE },
      { path: 'cert/SUB.yaml', text: SUB },
      { path: 'cert/TOP.yaml', text: TOP },
    ];

    // when
    const build = buildLibraryIndex(sources);

    // then
    const index = JSON.parse(build.files.find((file) => file.path === 'index.json')!.text);
    expect(index.format).toBe(INDEX_FORMAT);
    expect(index.maps.map((map: { id: string }) => map.id)).toEqual(['TOP', 'SUB', 'acme-SUB']);
    expect(index.maps[0]).toMatchObject({
      path: 'cert/TOP.yaml',
      source: { citation: 'A report', figure: 'Figure 1', tables: ['Table 1'] },
      counts: { activities: 1, groups: 1, flows: 1, initiations: 0, terminations: 0, triggers: 0, handoffs: 0 },
    });
    expect(index.maps[1].counts).toMatchObject({ triggers: 1, handoffs: 1 });
    expect(index.maps[2].derivedFrom).toEqual({ map: 'SUB', path: '../cert/SUB.yaml' });
    const readme = build.files.find((file) => file.path === 'README.md')!.text;
    expect(readme.indexOf('## CERT incident-management reference model')).toBeLessThan(readme.indexOf('## Examples'));
    expect(readme).toContain('| [TOP](cert/TOP.yaml) | Top | reference | Figure 1; Table 1 | 1 | 1 | 1 | 0 | 0 | 0 | 0 |');
  });

  it('gathers key people and handoff actors into one catalogue entry per actor, with other spellings as aliases', () => {
    // given
    const sources = [
      { path: 'cert/TOP.yaml', text: TOP },
      { path: 'cert/SUB.yaml', text: SUB },
    ];

    // when
    const build = buildLibraryIndex(sources);

    // then
    const file = build.files.find((candidate) => candidate.path === 'cert/actors.yaml')!;
    const catalogue = parseActorCatalogue(file.text, file.path);
    expect(catalogue.issues).toEqual([]);
    const actors = catalogue.value!.actors;
    expect(Object.keys(actors)).toEqual(['csirt-manager', 'it-staff']);
    expect(actors['it-staff']).toMatchObject({ name: 'IT staff', kind: 'role', aliases: ['IT staff (e.g., NOC staff)'] });
    expect(actors['it-staff']!.description).toContain('TOP (A, g); SUB (B-to-A)');
    expect(build.unclassifiedActors).toEqual([]);
  });

  it('refuses a map that does not load, naming the file', () => {
    // given
    const sources = [{ path: 'cert/BAD.yaml', text: 'format: swimlane/1\nid: BAD\n' }];

    // when
    const build = () => buildLibraryIndex(sources);

    // then
    expect(build).toThrow(/^cert\/BAD\.yaml/);
  });
});

describe('actorHead', () => {
  it('drops nested parenthetical and bracketed examples', () => {
    // given
    const spelling = 'third parties (e.g., MSSPs, Internet service providers [ISPs], network operations center (NOC) staff)';

    // when
    const head = actorHead(spelling);

    // then
    expect(head).toBe('third parties');
  });
});

describe('committed library index', () => {
  it('matches what the generator builds from the maps (run npx tsx scripts/build-library-index.ts)', () => {
    // given
    const build = buildLibraryIndex(readLibrarySources(LIBRARY));

    // when
    const stale = staleFiles(LIBRARY, build.files);

    // then
    expect(stale).toEqual([]);
    for (const file of build.files) expect(readFileSync(`${LIBRARY}/${file.path}`, 'utf8')).toBe(file.text);
  });
});
