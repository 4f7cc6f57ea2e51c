import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('empty-lane', () => {
  it('reports lanes that hold no activity', () => {
    // given
    const body = (lanes: string): string => mapFile(`lanes:\n${lanes}activities:\n  A: {name: A, lane: l1}\n`);
    // when / then
    expectRule('empty-lane', {
      valid: [{ map: body('  l1: {actor: a}\n') }],
      invalid: [{ map: body('  l1: {actor: a}\n  l2: {actor: b}\n'), messages: ['lane "l2" holds no activity'], lines: [7] }],
    });
  });
});
