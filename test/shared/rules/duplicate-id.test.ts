import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('duplicate-id', () => {
  it('reports a node id used in two collections and a map id used by two files', () => {
    // given
    const valid = mapFile(`
activities:
  A: {name: A}
terminations:
  end: {kind: end}
`);
    const clash = mapFile(`
activities:
  A: {name: A}
terminations:
  A: {kind: end}
`);
    const twin = mapFile(`
activities:
  B: {name: B}
`);
    // when / then
    expectRule('duplicate-id', {
      valid: [{ map: valid }],
      invalid: [
        { map: clash, messages: ['id "A" is used by activities and terminations'], lines: [8] },
        { map: twin, file: 'b/m.yaml', others: { 'a/m.yaml': twin }, messages: ['map id "m" is also used by a/m.yaml'], lines: [2] },
      ],
    });
  });
});
