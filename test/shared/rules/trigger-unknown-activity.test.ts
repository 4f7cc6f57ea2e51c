import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('trigger-unknown-activity', () => {
  it('reports trigger notes that start activities the map lacks', () => {
    // given
    const map = (starts: string): string => mapFile(`activities:\n  A: {name: A}\ntriggers:\n  1:\n    text: When it starts\n    starts: [${starts}]\n`);
    // when / then
    expectRule('trigger-unknown-activity', {
      valid: [{ map: map('A') }],
      invalid: [{ map: map('A, Z') }].map((c) => ({ ...c, messages: ['trigger 1 starts "Z"'], lines: [10] })),
    });
  });
});
