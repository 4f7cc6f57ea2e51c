import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('activity-without-lane', () => {
  it('requires a lane on every activity of as-is and to-be maps, not of reference maps', () => {
    // given
    const reference = mapFile(`activities:\n  A: {name: A}\n`);
    const asIs = mapFile(`actors:\n  a: {name: A, kind: role}\nlanes:\n  l: {actor: a}\nactivities:\n  A: {name: A, lane: l}\n  B: {name: B}\n`, { kind: 'as-is' });
    // when / then
    expectRule('activity-without-lane', {
      valid: [{ map: reference }],
      invalid: [{ map: asIs, messages: ['activity "B" (B) has no lane'], lines: [11] }],
    });
  });
});
