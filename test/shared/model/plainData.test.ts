import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainCollection, isPlainScalar, toPlainData } from '../../../shared/model/plainData';

const jsonLike = fc.anything({ withBigInt: false, withBoxedValues: false, withDate: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withNullPrototype: false, withObjectString: false });

describe('toPlainData', () => {
  it('gives what a JSON round trip gives, for any JSON-like value with undefined and non-finite numbers', () => {
    fc.assert(
      fc.property(jsonLike, (value) => {
        // given any value / when it is made plain / then it equals the JSON round trip
        const expected: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
        expect(toPlainData(value)).toStrictEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('returns plain data itself, without copying, and copies only the branch that changes', () => {
    // given a map-like value with one undefined member deep inside one branch
    const kept = { name: 'A', tags: ['x'] };
    const changed = { name: 'B', lane: undefined };
    const value = { activities: { a: kept, b: changed }, zero: -0 };
    // when
    const plain = toPlainData(value) as { activities: Record<string, unknown>; zero: number };
    // then the untouched branch is shared and the other is a copy without the undefined member
    expect(plain).not.toBe(value);
    expect(plain.activities['a']).toBe(kept);
    expect(plain.activities['b']).toStrictEqual({ name: 'B' });
    expect(Object.is(plain.zero, 0)).toBe(true);
    expect(toPlainData(kept)).toBe(kept);
  });
});

describe('isPlainScalar and isPlainCollection', () => {
  it('call plain exactly the scalars toPlainData keeps as they are', () => {
    // given scalars of every kind, including the ones JSON changes
    const scalars: unknown[] = ['', 'x', 0, -0, 1.5, Number.NaN, Infinity, -Infinity, true, false, null, undefined];
    // when / then
    for (const value of scalars) expect(isPlainScalar(value)).toBe(Object.is(toPlainData(value), value));
  });

  it('accept objects and arrays, and refuse class instances', () => {
    // given / when / then
    expect([{}, [], Object.create(null)].map(isPlainCollection)).toEqual([true, true, true]);
    expect([new Date(0), new Map()].map(isPlainCollection)).toEqual([false, false]);
  });
});
