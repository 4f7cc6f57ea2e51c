import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { defaultAssignment, startTailoredMap } from '../../../renderer/state/startTailoredMap';

const reference = parseMap(readFileSync(new URL('../../fixtures/e2e-library/cert/E.yaml', import.meta.url), 'utf8'), 'E.yaml').value!;

describe('startTailoredMap', () => {
  it('makes a valid as-is map derived from the reference, with a lane per first key person by default', () => {
    // given the reference map E and the default choice of performers
    const assign = defaultAssignment(reference);
    // when a tailored copy is started
    const { map } = startTailoredMap(reference, { assign, kind: 'as-is', referencePath: 'model-library/cert/E.yaml' });
    // then it is a valid as-is map that traces back to E
    expect(assign).toEqual({ E1: 'help desk staff', E2: 'SOC analysts', E3: 'SOC analysts' });
    expect(ProcessMap.safeParse(map).success).toBe(true);
    expect(map).toMatchObject({ id: 'E-as-is', kind: 'as-is', derivedFrom: { map: 'E', path: 'model-library/cert/E.yaml', version: '2004' } });
    expect(Object.keys(map.lanes ?? {})).toEqual(['help-desk-staff', 'soc-analysts']);
    expect(map.activities.E2).toMatchObject({ name: 'Check Report', lane: 'soc-analysts', ref: 'E2' });
    expect(Object.keys(map.activities.E2 ?? {}).slice(0, 2)).toEqual(['name', 'lane']);
  });

  it('names the chosen lane actors in handoffs, not the reference key people', () => {
    // given the reference's handoff from the help desk to the SOC
    // when tailored with the defaults
    const { map } = startTailoredMap(reference, { assign: defaultAssignment(reference), kind: 'to-be' });
    // then its actors are the lanes' actors
    expect(map.id).toBe('E-to-be');
    expect(map.handoffs?.['desk-to-soc']?.kinds?.['person-to-person']).toMatchObject({ sendingActors: ['help-desk-staff'], receivingActors: ['soc-analysts'] });
  });

  it('makes lanes from the choices and leaves activities nobody was chosen for without a lane', () => {
    // given E3 performed by the help desk and E2 by nobody yet
    const assign = { E1: 'help desk staff', E3: 'help desk staff' };
    // when tailored
    const result = startTailoredMap(reference, { assign, kind: 'as-is' });
    // then there is one lane and E2 is reported unassigned
    expect(Object.keys(result.map.lanes ?? {})).toEqual(['help-desk-staff']);
    expect(result.map.activities.E3?.lane).toBe('help-desk-staff');
    expect(result.map.activities.E2?.lane).toBeUndefined();
    expect(result.unassigned).toEqual(['E2']);
  });
});
