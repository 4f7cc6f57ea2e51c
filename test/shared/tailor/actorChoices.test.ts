import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorChoices, nameKey, searchActorChoices } from '../../../shared/tailor/actorChoices';
import { parseActorCatalogue, parseMap } from '../../../shared/yaml/parseMap';
import { mapFile } from '../rules/ruleTester';

const reference = parseMap(
  mapFile(`activities:
  D1: {name: Notice, keyPeople: [coordination center, coordination center (external), SIEM system]}
  D2: {name: Receive, keyPeople: [help desk staff, Help Desk Staff, incident handler]}
`),
  'm.yaml',
).value!;

const catalogue = {
  'incident-handlers': { name: 'incident handlers', kind: 'role' as const, aliases: ['IH team'] },
  cert: { name: 'national CERT', kind: 'external' as const },
};

describe('actorChoices', () => {
  it('merges spellings of one actor, keeping the others as aliases', () => {
    // given key people spelled twice, and a catalogue actor the key people name in the singular
    // when the choices are listed
    const choices = actorChoices(reference, catalogue);
    // then each actor is listed once, with its other spellings
    const byName = new Map(choices.map((choice) => [choice.name, choice]));
    expect(byName.get('coordination center')).toMatchObject({ aliases: ['coordination center (external)'], kind: 'external', group: 'external', sources: ['key-people'] });
    expect(byName.get('help desk staff')!.aliases).toEqual(['Help Desk Staff']);
    expect(byName.get('incident handlers')).toMatchObject({ key: 'actor:incident-handlers', actorId: 'incident-handlers', aliases: ['IH team', 'incident handler'], sources: ['catalogue', 'key-people'] });
    expect(choices).toHaveLength(5);
  });

  it('groups internal, external and systems in that order, by name within each', () => {
    // given the same inputs / when listed / then grouped
    const choices = actorChoices(reference, catalogue);
    expect(choices.map((choice) => `${choice.group}:${choice.name}`)).toEqual([
      'internal:help desk staff',
      'internal:incident handlers',
      'external:coordination center',
      'external:national CERT',
      'systems:SIEM system',
    ]);
  });

  it('lists the CERT catalogue once per actor, grouped, with nothing cut off', () => {
    // given the CERT library's Detect map and actor catalogue
    const cert = parseActorCatalogue(readFileSync('model-library/cert/actors.yaml', 'utf8'), 'actors.yaml').value!.actors;
    const detect = parseMap(readFileSync('model-library/cert/D.yaml', 'utf8'), 'D.yaml').value!;
    // when listed
    const choices = actorChoices(detect, cert);
    // then no two choices share a name key, every catalogue actor is there under its full name, and all three groups occur
    expect(new Set(choices.map((choice) => nameKey(choice.name))).size).toBe(choices.length);
    expect(choices.filter((choice) => choice.actorId).map((choice) => choice.name).sort()).toEqual(Object.values(cert).map((actor) => actor.name).sort());
    expect(new Set(choices.map((choice) => choice.group))).toEqual(new Set(['internal', 'external', 'systems']));
  });
});

describe('searchActorChoices', () => {
  it('finds a choice by any word of its name or aliases', () => {
    // given the choices / when searched / then matched by name words and by alias
    const choices = actorChoices(reference, catalogue);
    expect(searchActorChoices(choices, 'center').map((choice) => choice.name)).toEqual(['coordination center']);
    expect(searchActorChoices(choices, 'ih TEAM').map((choice) => choice.name)).toEqual(['incident handlers']);
    expect(searchActorChoices(choices, '  ')).toHaveLength(choices.length);
  });
});
