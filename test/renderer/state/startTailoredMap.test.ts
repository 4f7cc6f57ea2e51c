import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { startTailoredMap } from '../../../renderer/state/startTailoredMap';

const reference = parseMap(readFileSync(new URL('../../fixtures/e2e-library/cert/E.yaml', import.meta.url), 'utf8'), 'E.yaml').value!;

describe('startTailoredMap', () => {
  it('makes a valid as-is map derived from the reference, with a lane per first key person', () => {
    // given the reference map E
    // when a tailored copy is started
    const tailored = startTailoredMap(reference, 'model-library/cert/E.yaml');
    // then it is a valid as-is map that traces back to E
    expect(ProcessMap.safeParse(tailored).success).toBe(true);
    expect(tailored).toMatchObject({ id: 'E-as-is', kind: 'as-is', derivedFrom: { map: 'E', path: 'model-library/cert/E.yaml', version: '2004' } });
    expect(Object.keys(tailored.lanes ?? {})).toEqual(['help-desk-staff', 'soc-analysts']);
    expect(tailored.actors?.['soc-analysts']).toEqual({ name: 'SOC analysts', kind: 'role' });
    expect(tailored.activities.E2).toMatchObject({ name: 'Check Report', lane: 'soc-analysts', ref: 'E2' });
    expect(Object.keys(tailored.activities.E2 ?? {}).slice(0, 2)).toEqual(['name', 'lane']);
    expect(tailored.flows).toEqual(reference.flows);
  });

  it('puts activities without key people in an "Unassigned" lane', () => {
    // given a reference activity without key people
    const bare = { ...reference, activities: { X: { name: 'Do it' } } };
    // when tailored
    const tailored = startTailoredMap(bare);
    // then it has a lane to be assigned later
    expect(tailored.activities.X?.lane).toBe('unassigned');
    expect(tailored.actors?.unassigned?.name).toBe('Unassigned');
  });
});
