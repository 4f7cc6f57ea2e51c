import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const catalogue = `format: swimlane-actors/1
actors:
  it: {name: IT operations, kind: unit}
  soc: {name: SOC analyst, kind: role, unit: it}
`;

describe('unknown-actor', () => {
  it('resolves lane actors against the map and the folder catalogue', () => {
    // given
    const valid = mapFile(`actors:\n  local: {name: Local, kind: team, unit: it}\nlanes:\n  a: {actor: soc}\n  b: {actor: local}\nactivities:\n  A: {name: A, lane: a}\n`);
    const invalid = mapFile(`actors:\n  local: {name: Local, kind: team, unit: soc}\nlanes:\n  a: {actor: ghost}\nactivities:\n  A: {name: A, lane: a}\n`);
    // when / then
    expectRule('unknown-actor', {
      valid: [{ map: valid, others: { 'maps/actors.yaml': catalogue } }],
      invalid: [
        { map: invalid, others: { 'actors.yaml': catalogue }, messages: ['bound to actor "ghost"', 'which is a role, not an organisation unit'], lines: [8, 6] },
      ],
    });
  });

  it('checks the actors an activity names as accountable, consulted or informed, at the list entry', () => {
    // given
    const valid = mapFile(`lanes:\n  a: {actor: soc}\nactivities:\n  A: {name: A, lane: a, accountable: [it], consulted: [soc], informed: [it]}\n`);
    const invalid = mapFile(`lanes:\n  a: {actor: soc}\nactivities:\n  A:\n    name: A\n    lane: a\n    accountable: [soc]\n    consulted: [nobody]\n    informed: [it, ghost]\n`);
    // when / then
    expectRule('unknown-actor', {
      valid: [{ map: valid, others: { 'maps/actors.yaml': catalogue } }],
      invalid: [{ map: invalid, others: { 'maps/actors.yaml': catalogue }, messages: ['activity "A" lists actor "nobody" as consulted', 'activity "A" lists actor "ghost" as informed'], lines: [12, 13] }],
    });
  });
});
