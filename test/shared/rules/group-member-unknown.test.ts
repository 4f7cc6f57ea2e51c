import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('group-member-unknown', () => {
  it('reports dashed-box members that are not activities of the map', () => {
    // given
    const map = (members: string): string => mapFile(`activities:\n  A: {name: A}\ngroups:\n  coordination:\n    members: [${members}]\n`);
    // when / then
    expectRule('group-member-unknown', {
      valid: [{ map: map('A') }],
      invalid: [{ map: map('A, B'), messages: ['group "coordination" lists "B"'], lines: [9] }],
    });
  });
});
