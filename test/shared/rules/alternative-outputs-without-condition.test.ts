import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const map = (secondCondition: string): string =>
  mapFile(`
activities:
  A: {name: A}
terminations:
  x: {kind: end}
  y: {kind: end}
flows:
  A-x: {from: A, to: x, condition: If one, outputFork: choice}
  A-y: {from: A, to: y${secondCondition}, outputFork: choice}
`);

describe('alternative-outputs-without-condition', () => {
  it('requires a condition on every branch of an output fork', () => {
    // given / when / then
    expectRule('alternative-outputs-without-condition', {
      valid: [{ map: map(', condition: If two') }],
      invalid: [{ map: map(''), messages: ['flow "A-y" is one of 2 alternative outputs of "A" but has no condition'], lines: [12] }],
    });
  });
});
