import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('unreachable-activity', () => {
  it('accepts activities started by a trigger, an initiation or a line into their group', () => {
    // given
    const valid = mapFile(`
activities:
  A: {name: A}
  B: {name: B}
  C: {name: C}
groups:
  g: {members: [C]}
initiations:
  in: {kind: outside}
flows:
  in-B: {from: in, to: B}
  B-g: {from: B, to: g}
triggers:
  1: {text: Starts A, starts: [A]}
`);
    const invalid = mapFile(`
activities:
  A: {name: A}
  B: {name: Lonely}
flows:
  A-A: {from: A, to: A}
`);
    // when / then
    expectRule('unreachable-activity', {
      valid: [{ map: valid }],
      invalid: [{ map: invalid, messages: ['activity "B" (Lonely) is unreachable'], lines: [7] }],
    });
  });
});
