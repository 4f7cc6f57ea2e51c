import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../../shared/layout/layoutQuality';
import type { ProcessMap } from '../../../shared/model/schema';

/** A map from flow pairs, every activity in one lane. */
function mapOf(pairs: readonly [string, string][]): ProcessMap {
  const ids = [...new Set(pairs.flat())];
  return {
    id: 'LAYER',
    title: 'Layering',
    activities: Object.fromEntries(ids.map((id) => [id, { name: `Step ${id}` }])),
    flows: Object.fromEntries(pairs.map(([from, to]) => [`${from}-${to}`, { from, to }])),
  } as ProcessMap;
}

describe('layering', () => {
  it('moves a node together with the successor in its way when that shortens the lines: V and W shift right next to the X they feed', async () => {
    // given: P feeds V and a chain C1…C5 that ends in X1–X3; V feeds W and X1–X3, W feeds Y.
    // V alone cannot move right (W is in the next column) and W alone gains nothing by moving.
    const map = mapOf([
      ['P', 'V'],
      ['P', 'C1'],
      ['C1', 'C2'],
      ['C2', 'C3'],
      ['C3', 'C4'],
      ['C4', 'C5'],
      ['C5', 'X1'],
      ['C5', 'X2'],
      ['C5', 'X3'],
      ['V', 'W'],
      ['V', 'X1'],
      ['V', 'X2'],
      ['V', 'X3'],
      ['W', 'Y'],
    ]);
    // when
    const geometry = await layoutMap(map);
    // then
    const column = (id: string): number => geometry.nodes.find((n) => n.id === id)!.column;
    for (const x of ['X1', 'X2', 'X3']) expect(column(x) - column('V'), `V→${x}`).toBe(1);
    expect(column('W') - column('V')).toBe(1);
    expect(column('Y') - column('W')).toBe(1);
  });
});

describe('crossing reduction', () => {
  it('finds the drawing without crossings of a map that has one, where sweeps looking at one neighbouring column at a time stop at one crossing', async () => {
    // given: a one-lane map that can be drawn without crossings (found among small random maps)
    const map = mapOf([
      ['A0', 'A1'],
      ['A1', 'A2'],
      ['A0', 'A3'],
      ['A0', 'A4'],
      ['A1', 'A5'],
      ['A2', 'A6'],
      ['A3', 'A7'],
      ['A1', 'A8'],
      ['A6', 'A9'],
      ['A4', 'A5'],
      ['A0', 'A8'],
    ]);
    // when
    const quality = measureLayoutQuality(await layoutMap(map));
    // then
    expect(quality.crossings).toBe(0);
  });
});
