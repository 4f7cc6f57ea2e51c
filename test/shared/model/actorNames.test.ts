import { describe, expect, it } from 'vitest';
import { actorIdForName, actorNamesOf, actorOptions } from '../../../shared/model/actorNames';
import type { Actor } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { mapFile } from '../rules/ruleTester';

const map = parseMap(
  mapFile(`lanes:
  soc: {actor: analysts, label: SOC}
  desk: {actor: help-desk}
  night: {actor: analysts}
activities:
  A: {name: A, lane: desk}
`),
  'm.yaml',
).value!;

const actors = new Map<string, Actor>([
  ['help-desk', { name: 'Help desk', kind: 'team', aliases: ['service desk'] }],
  ['analysts', { name: 'SOC analysts', kind: 'role' }],
  ['cert', { name: 'National CERT', kind: 'external' }],
  ['audit', { name: 'Auditors', kind: 'role' }],
]);

describe('actor names for handoffs', () => {
  it('offers the lanes\' actors first, then the others by name', () => {
    // given a map with three lanes on two actors / when the options are listed
    const options = actorOptions(map, actors);
    // then lane actors come in lane order with their lanes, others alphabetically
    expect(options.map((option) => `${option.name}:${option.lanes.join('+')}`)).toEqual(['SOC analysts:soc+night', 'Help desk:desk', 'Auditors:', 'National CERT:']);
  });

  it('turns a typed name, alias or lane label into the actor id, and ids back into names', () => {
    // given the actors / when names are resolved / then each gives its id, an unknown name none
    expect(actorIdForName('help desk', map, actors)).toBe('help-desk');
    expect(actorIdForName('Service Desk', map, actors)).toBe('help-desk');
    expect(actorIdForName('SOC', map, actors)).toBe('analysts');
    expect(actorIdForName('nobody', map, actors)).toBeUndefined();
    expect(actorNamesOf(['cert', 'gone'], actors)).toEqual(['National CERT', 'gone']);
  });
});
