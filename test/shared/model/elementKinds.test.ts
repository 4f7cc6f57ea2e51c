import { describe, expect, it } from 'vitest';
import { DELETE_ORDER, ELEMENT_COLLECTIONS, NOUN_OF, OWN_ID_COLLECTIONS, collectionsInIdSpace, idsInSpace } from '../../../shared/model/elementKinds';
import { ProcessMap } from '../../../shared/model/schema';
import { loadFixture } from '../layout/fixtureMaps';

describe('the element-kind catalogue', () => {
  it('names only collections the format has, in the format order', () => {
    // given
    const formatKeys = Object.keys(ProcessMap.shape);
    // then
    expect(ELEMENT_COLLECTIONS.every((collection) => formatKeys.includes(collection))).toBe(true);
    expect([...ELEMENT_COLLECTIONS].sort((a, b) => formatKeys.indexOf(a) - formatKeys.indexOf(b))).toEqual(ELEMENT_COLLECTIONS);
    expect(OWN_ID_COLLECTIONS).not.toContain('deviations');
    expect(NOUN_OF.activities).toBe('activity');
  });

  it('deletes flows and handoffs before the nodes, and lanes and actors last', () => {
    // then
    expect(DELETE_ORDER[0]).toBe('flow');
    expect(DELETE_ORDER.indexOf('flow')).toBeLessThan(DELETE_ORDER.indexOf('activity'));
    expect(DELETE_ORDER.slice(-3)).toEqual(['lane', 'phase', 'actor']);
    expect(DELETE_ORDER).not.toContain('deviation');
  });

  it('puts every node a flow can name into one id space', () => {
    // given
    const map = loadFixture('worked-example');
    // when
    const taken = idsInSpace(map, 'node');
    // then
    expect(collectionsInIdSpace('node')).toEqual(['activities', 'groups', 'initiations', 'terminations']);
    for (const flow of Object.values(map.flows ?? {})) expect(taken.has(flow.from) && taken.has(flow.to)).toBe(true);
    expect(taken.has(Object.keys(map.lanes ?? {})[0] ?? '')).toBe(false);
  });
});
