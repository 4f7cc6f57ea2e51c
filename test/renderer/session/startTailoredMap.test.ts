import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProcessMap } from '../../../shared/model/schema';
import { validateMap } from '../../../shared/rules/validateMap';
import { createWorkspace } from '../../../shared/workspace/workspace';
import { parseMap } from '../../../shared/yaml/parseMap';
import { renderCanonical } from '../../../shared/yaml/renderYaml';
import { assignmentFromChoices, defaultAssignment, startTailoredMap } from '../../../renderer/session/startTailoredMap';

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

describe('assignmentFromChoices', () => {
  const catalogue = { 'soc-analysts': { name: 'SOC analysts', kind: 'role' as const, description: 'From the catalogue' }, 'service-desk': { name: 'Service desk', kind: 'unit' as const } };

  it('keeps key people by name, catalogue actors by id, and gives new actors unique ids', () => {
    // given a key person, a catalogue actor, and a new actor typed twice (two cases) whose slug the catalogue already uses
    const choices = {
      E1: { source: 'key', name: 'help desk staff' },
      E2: { source: 'catalogue', id: 'soc-analysts' },
      E3: { source: 'new', name: ' Service Desk ' },
      E4: { source: 'new', name: 'service desk' },
      E5: undefined,
    } as const;
    // when the choices become an assignment
    const { assign, actors } = assignmentFromChoices(choices, catalogue);
    // then the new actor has one id that avoids the catalogue's, and only used actors are listed
    expect(assign).toEqual({ E1: 'help desk staff', E2: 'soc-analysts', E3: 'service-desk-2', E4: 'service-desk-2' });
    expect(actors).toEqual({ 'soc-analysts': catalogue['soc-analysts'], 'service-desk-2': { name: 'Service Desk', kind: 'role' } });
  });

  it('skips a catalogue id the catalogue does not hold and a blank new name', () => {
    // given choices naming an unknown catalogue id and an empty new actor
    // when converted
    const { assign, actors } = assignmentFromChoices({ E1: { source: 'catalogue', id: 'nobody' }, E2: { source: 'new', name: '  ' } }, catalogue);
    // then nothing is assigned
    expect(assign).toEqual({});
    expect(actors).toEqual({});
  });
});

describe('startTailoredMap with catalogue and new actors', () => {
  it('makes lanes for a catalogue actor and a new actor and writes both into the map, so it validates anywhere', () => {
    // given E1 by a catalogue actor, E2 by a new actor, E3 by a key person
    const catalogue = { 'incident-handlers': { name: 'incident handlers', kind: 'role' as const } };
    const { assign, actors } = assignmentFromChoices(
      { E1: { source: 'catalogue', id: 'incident-handlers' }, E2: { source: 'new', name: 'Night shift' }, E3: { source: 'key', name: 'SOC analysts' } },
      catalogue,
    );
    // when tailored
    const result = startTailoredMap(reference, { assign, actors, kind: 'as-is' });
    // then each choice is a lane bound to its actor, the chosen actors are the map's own, and it validates
    expect(result.problems).toEqual([]);
    expect(result.map.lanes).toEqual({ 'incident-handlers': { actor: 'incident-handlers' }, 'night-shift': { actor: 'night-shift' }, 'soc-analysts': { actor: 'soc-analysts' } });
    expect(result.map.actors).toEqual({ 'soc-analysts': { name: 'SOC analysts', kind: 'role' }, 'incident-handlers': { name: 'incident handlers', kind: 'role' }, 'night-shift': { name: 'Night shift', kind: 'role' } });
    expect(result.map.activities.E2?.lane).toBe('night-shift');
    const parsed = parseMap(renderCanonical(result.map, ProcessMap), 'elsewhere/E-as-is.yaml');
    const issues = validateMap(parsed, createWorkspace([parsed])).filter((issue) => issue.rule === 'unknown-actor');
    expect(issues).toEqual([]);
  });
});
