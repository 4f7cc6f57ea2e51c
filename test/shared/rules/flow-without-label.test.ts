import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('flow-without-label', () => {
  it('asks every flow to say what it carries', () => {
    // given
    const map = (outputs: string): string => mapFile(`activities:\n  A: {name: A}\n  B: {name: B}\nflows:\n  A-B: {from: A, to: B${outputs}}\n`);
    // when / then
    expectRule('flow-without-label', {
      valid: [{ map: map(', outputs: [Event reports]') }],
      invalid: [{ map: map(''), messages: ['flow "A-B" (A → B) has no output label'], lines: [9] }],
    });
  });
});
