import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseActorCatalogue, parseMap } from '../../../shared/yaml/parseMap';
import { slugId, tailorMap } from '../../../shared/tailor/tailorMap';

const referenceText = readFileSync(new URL('../../../model-library/cert/D.yaml', import.meta.url), 'utf8');
const reference = parseMap(referenceText, 'D.yaml').value!;
const catalogue = parseActorCatalogue(readFileSync(new URL('../../../model-library/examples/acme/actors.yaml', import.meta.url), 'utf8'), 'actors.yaml').value!.actors;
const HASH = `sha256:${'0'.repeat(64)}`;

describe('tailorMap', () => {
  it('makes one lane per chosen actor and binds each activity to it', () => {
    // given performers from the catalogue, by id and by alias
    // when D is tailored
    const { map, unassigned, problems } = tailorMap(reference, {
      id: 'acme-D-as-is',
      kind: 'as-is',
      assign: { D1: 'employees', D2: 'help desk staff', D3: 'siem', D4: 'soc' },
      catalogue,
      referencePath: '../../cert/D.yaml',
      referenceHash: HASH,
    });
    // then lanes follow first use, activities sit in them, and nothing is left over
    expect(problems).toEqual([]);
    expect(unassigned).toEqual([]);
    expect(Object.keys(map.lanes ?? {})).toEqual(['employees', 'help-desk', 'siem', 'soc']);
    expect(map.lanes?.['help-desk']).toEqual({ actor: 'help-desk' });
    expect(Object.fromEntries(Object.entries(map.activities).map(([id, activity]) => [id, activity.lane]))).toEqual({ D1: 'employees', D2: 'help-desk', D3: 'siem', D4: 'soc' });
  });

  it('records the reference and links every element to it', () => {
    // given a tailoring of D
    const { map } = tailorMap(reference, { id: 'x', kind: 'to-be', assign: {}, referencePath: '../D.yaml', referenceHash: HASH });
    // then derivedFrom names map, path, version and hash, and every element has its ref
    expect(map.derivedFrom).toEqual({ map: 'D', path: '../D.yaml', version: '2004', hash: HASH });
    expect(map.kind).toBe('to-be');
    for (const collection of ['activities', 'initiations', 'terminations', 'flows', 'handoffs'] as const) {
      for (const [id, element] of Object.entries(map[collection] ?? {})) expect((element as { ref?: string }).ref, `${collection}.${id}`).toBe(id);
    }
    expect(Object.keys(map.flows ?? {})).toEqual(Object.keys(reference.flows ?? {}));
  });

  it('lists unassigned activities and refuses a performer that is neither an actor nor a key person', () => {
    // given D2 assigned to someone unknown, the others not at all
    const { unassigned, problems, map } = tailorMap(reference, { id: 'x', kind: 'as-is', assign: { D2: 'the intern' }, catalogue });
    // then all four are unassigned, and the problem lists D2's key people
    expect(unassigned).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"the intern" is neither an actor of the catalogue nor a key person of D2');
    expect(problems[0]).toContain('help desk staff');
    expect(map.activities.D2?.lane).toBeUndefined();
  });

  it('makes a map-local actor from a key person the catalogue lacks', () => {
    // given no catalogue and a key person of D2
    const { map, createdActors } = tailorMap(reference, { id: 'x', kind: 'as-is', assign: { D2: 'CSIRT triage staff', D4: 'csirt triage staff' } });
    // then one actor is made, with the key person's spelling, and both activities share its lane
    expect(createdActors).toEqual(['csirt-triage-staff']);
    expect(map.actors).toEqual({ 'csirt-triage-staff': { name: 'CSIRT triage staff', kind: 'role' } });
    expect(map.activities.D4?.lane).toBe('csirt-triage-staff');
  });

  it('names the chosen performers as the handoff actors, by the nature of each handoff kind', () => {
    // given D2 (help desk) and D4 (SOC) sending to T, and a link from T to the tailored triage map
    const { map } = tailorMap(reference, { id: 'x', kind: 'as-is', assign: { D2: 'help-desk', D4: 'soc' }, catalogue, mapLinks: { T: 'acme-T-as-is' } });
    // then the person-to-person kind names them, the receiver in the other map is left to its author
    const kind = map.handoffs?.['D-to-T']?.kinds?.['person-to-person'];
    expect(kind?.sendingActors).toEqual(['help-desk', 'soc']);
    expect(kind?.receivingActors).toBeUndefined();
    expect(map.handoffs?.['D-to-T']?.receiving).toEqual([{ map: 'acme-T-as-is', activity: 'T1' }]);
    expect(map.terminations?.['to-T1']).toMatchObject({ kind: 'activity', map: 'acme-T-as-is', activity: 'T1' });
  });

  it('copies only names and structure when brief', () => {
    // given a brief tailoring
    const { map } = tailorMap(reference, { id: 'x', kind: 'as-is', assign: {}, brief: true });
    // then prose stays in the reference but line labels stay on the lines
    expect(map.activities.D2?.summary).toBeUndefined();
    expect(map.description).toBeUndefined();
    expect(map.flows?.['D1-D2']?.outputs).toEqual(['Event reports']);
  });

  it('makes ids from names', () => {
    // given / when / then
    expect(slugId('IT staff (e.g., NIC staff, NOC staff)')).toBe('it-staff');
    expect(slugId('help desk staff')).toBe('help-desk-staff');
  });

  it('carries the RACI roles of the reference activities over, also in a brief tailoring', () => {
    // given a reference whose D2 names its accountable, consulted and informed actors
    const withRoles = { ...reference, activities: { ...reference.activities, D2: { ...reference.activities.D2!, accountable: ['csirt-manager'], consulted: ['soc'], informed: ['employees'] } } };
    // when it is tailored, fully and briefly
    const assign = { D1: 'employees', D2: 'help-desk', D3: 'siem', D4: 'soc' };
    const full = tailorMap(withRoles, { id: 'x', kind: 'as-is', assign, catalogue, referencePath: '../D.yaml', referenceHash: HASH }).map;
    const brief = tailorMap(withRoles, { id: 'x', kind: 'as-is', assign, catalogue, referencePath: '../D.yaml', referenceHash: HASH, brief: true }).map;
    // then the roles are kept
    for (const map of [full, brief]) expect(map.activities.D2).toMatchObject({ lane: 'help-desk', accountable: ['csirt-manager'], consulted: ['soc'], informed: ['employees'] });
  });
});
