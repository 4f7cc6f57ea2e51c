import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { loadFixture } from './fixtureMaps';

describe('straightening', () => {
  it('a flow between two boxes of one lane runs straight when the boxes have room to line up: D4→T1 in lanes-example', async () => {
    // given: D4 and T1 share the SOC lane; T1 also takes D2's line from the lane above
    const map = loadFixture('lanes-example');
    // when
    const geometry = await layoutMap(map);
    // then
    const flow = geometry.edges.find((e) => e.id === 'D4-T1')!;
    expect(flow.points).toHaveLength(2);
    expect(flow.points[0]!.y).toBe(flow.points[1]!.y);
  });
});
