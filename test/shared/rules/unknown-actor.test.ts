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
});
