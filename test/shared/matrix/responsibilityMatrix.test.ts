import { describe, expect, it } from 'vitest';
import type { Actor, ProcessMap } from '../../../shared/model/schema';
import { handoffMatrix, responsibilityMatrix } from '../../../shared/matrix/responsibilityMatrix';
import { loadFixture } from '../layout/fixtureMaps';

function namesOf(map: ProcessMap): Map<string, Actor> {
  return new Map(Object.entries(map.actors ?? {}));
}

function withRoles(map: ProcessMap, activityId: string, roles: Pick<ProcessMap['activities'][string], 'accountable' | 'consulted' | 'informed'>): ProcessMap {
  return { ...map, activities: { ...map.activities, [activityId]: { ...map.activities[activityId]!, ...roles } } };
}

describe('responsibilityMatrix', () => {
  it('makes the lane\'s actor responsible and adds the activity\'s accountable, consulted and informed actors', () => {
    // given an activity of the help desk, accountable to the SOC, informing the SIEM and an outside auditor
    const base = loadFixture('lanes-example');
    const map = withRoles(base, 'D2', { accountable: ['soc'], consulted: ['help-desk'], informed: ['siem', 'auditor'] });
    // when
    const matrix = responsibilityMatrix(map, new Map([...namesOf(map), ['auditor', { name: 'External auditor', kind: 'external' } as Actor]]));
    // then the lanes' actors come first with their names, then the actor named only in a role
    expect(matrix.actors).toEqual([
      { id: 'help-desk', name: 'Help desk' },
      { id: 'soc', name: 'SOC analyst' },
      { id: 'siem', name: 'SIEM' },
      { id: 'auditor', name: 'External auditor' },
    ]);
    const d2 = matrix.rows.find((row) => row.activityId === 'D2')!;
    expect(d2.activityName).toBe(map.activities.D2!.name);
    expect(d2.cells).toEqual({ 'help-desk': ['R', 'C'], soc: ['A'], siem: ['I'], auditor: ['I'] });
    // and an activity without roles has only its responsible actor
    expect(matrix.rows.find((row) => row.activityId === 'T1')!.cells).toEqual({ soc: ['R'] });
    expect(matrix.rows.map((row) => row.activityId)).toEqual(Object.keys(map.activities));
  });

  it('shows an actor no one defines by its id', () => {
    // given
    const map = withRoles(loadFixture('lanes-example'), 'D1', { accountable: ['ghost'] });
    // when
    const matrix = responsibilityMatrix(map, namesOf(map));
    // then
    expect(matrix.actors.at(-1)).toEqual({ id: 'ghost', name: 'ghost' });
  });
});

describe('handoffMatrix', () => {
  it('counts the flows between activities of two lanes, with the mechanisms of the handoffs describing them', () => {
    // given a map with flows help desk → SOC (by ticket), SIEM → SOC (undescribed) and SOC → help desk (by ticket or phone)
    const map = loadFixture('lanes-example');
    // when
    const matrix = handoffMatrix(map, namesOf(map));
    // then
    expect(matrix.lanes).toEqual([
      { id: 'help-desk', name: 'Help desk' },
      { id: 'soc', name: 'SOC analyst' },
      { id: 'siem', name: 'SIEM' },
    ]);
    expect(matrix.cells).toEqual({
      'help-desk': { soc: { count: 1, mechanisms: ['Ticketing system'] } },
      siem: { soc: { count: 1, mechanisms: [] } },
      soc: { 'help-desk': { count: 1, mechanisms: ['Ticketing system', 'Phone'] } },
    });
  });
});
