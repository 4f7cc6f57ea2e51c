import { describe, expect, it } from 'vitest';
import { catalogueActorsUsedBy, withCatalogueActors } from '../../../shared/model/catalogueActors';
import type { Actor, ProcessMap } from '../../../shared/model/schema';

const CATALOGUE: Record<string, Actor> = {
  infosec: { name: 'Information security', kind: 'unit' },
  soc: { name: 'SOC', kind: 'team', unit: 'infosec' },
  'csirt-manager': { name: 'CSIRT manager', kind: 'role', unit: 'infosec' },
  legal: { name: 'Legal', kind: 'team' },
};

function mapWith(lanes: Record<string, string>, actors?: Record<string, Actor>): ProcessMap {
  return {
    format: 'swimlane/1',
    id: 'm',
    title: 'M',
    kind: 'as-is',
    ...(actors ? { actors } : {}),
    lanes: Object.fromEntries(Object.entries(lanes).map(([lane, actor]) => [lane, { actor }])),
    activities: {},
  };
}

describe('catalogue actors used by a map', () => {
  it('takes the actors its lanes are bound to, and their units, once each', () => {
    // given lanes bound to the SOC and the CSIRT manager, both in the infosec unit
    const map = mapWith({ soc: 'soc', manager: 'csirt-manager' });
    // when the used actors are listed / then legal, which no lane names, is not among them
    expect(Object.keys(catalogueActorsUsedBy(map, CATALOGUE))).toEqual(['soc', 'infosec', 'csirt-manager']);
  });

  it('leaves out actors the map defines itself and ids the catalogue does not hold', () => {
    // given a map defining its own SOC, and a lane bound to an actor nobody defines
    const map = mapWith({ soc: 'soc', ghost: 'nobody' }, { soc: { name: 'Our SOC', kind: 'team' } });
    // when listed / then nothing comes from the catalogue
    expect(catalogueActorsUsedBy(map, CATALOGUE)).toEqual({});
  });

  it('writes them into the map, keeping its own actors first, and returns the same map when none is needed', () => {
    // given a map with its own legal actor in the infosec unit, and a SOC lane
    const map = mapWith({ soc: 'soc' }, { lawyer: { name: 'Lawyer', kind: 'role', unit: 'infosec' } });
    // when the catalogue actors are written in
    const copy = withCatalogueActors(map, CATALOGUE);
    // then the map stands on its own, and the original is untouched
    expect(Object.keys(copy.actors ?? {})).toEqual(['lawyer', 'soc', 'infosec']);
    expect(Object.keys(map.actors ?? {})).toEqual(['lawyer']);
    expect(withCatalogueActors(copy, CATALOGUE)).toBe(copy);
  });
});
