import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('dead-end', () => {
  it('needs an outgoing flow, unless the activity expands into another map or its group has one', () => {
    // given
    const valid = mapFile(`
activities:
  A: {name: A}
  B: {name: B, expands: other}
  C: {name: C}
groups:
  g: {members: [C]}
terminations:
  archive: {kind: icon, icon: archive}
flows:
  A-archive: {from: A, to: archive}
  g-archive: {from: g, to: archive}
`);
    const invalid = mapFile(`
activities:
  A: {name: Stuck}
`);
    // when / then
    expectRule('dead-end', {
      valid: [{ map: valid }],
      invalid: [{ map: invalid, messages: ['activity "A" (Stuck) is a dead end'], lines: [6] }],
    });
  });
});
