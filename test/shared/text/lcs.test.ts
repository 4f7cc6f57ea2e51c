import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequenceSteps } from '../../../shared/text/lcs';

describe('sequenceSteps (the one LCS)', () => {
  it('keeps the longest common run and removes before it adds', () => {
    // given
    const a = ['a', 'b', 'c', 'd'];
    const b = ['a', 'x', 'c', 'd', 'e'];
    // when
    const steps = sequenceSteps(a, b);
    // then
    expect(steps.map((step) => step.kind)).toEqual(['same', 'removed', 'added', 'same', 'same', 'added']);
  });

  it('visits every item of both sides once, in order, with equal items where it keeps them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 }), (a, b) => {
        // when
        const steps = sequenceSteps(a, b);
        // then
        expect(steps.flatMap((step) => (step.kind === 'added' ? [] : [step.a]))).toEqual(a.map((_, index) => index));
        expect(steps.flatMap((step) => (step.kind === 'removed' ? [] : [step.b]))).toEqual(b.map((_, index) => index));
        for (const step of steps) if (step.kind === 'same') expect(a[step.a]).toBe(b[step.b]);
      }),
    );
  });
});
