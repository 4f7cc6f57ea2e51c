import { describe, expect, it } from 'vitest';
import type { MapGeometry } from '../../../shared/layout/geometry';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../../shared/layout/layoutQuality';
import { loadFixture } from './fixtureMaps';

describe('measureLayoutQuality', () => {
  it('counts a box moved out of its lane, a line through a box and a label on a box', async () => {
    // given
    const geometry = await layoutMap(loadFixture('lanes-example'));
    const d1 = geometry.nodes.find((n) => n.id === 'D1')!;
    const d4 = geometry.nodes.find((n) => n.id === 'D4')!;
    const labelled = geometry.edges.find((e) => e.label)!;
    const broken: MapGeometry = {
      ...geometry,
      nodes: geometry.nodes.map((n) => (n.id === 'D1' ? { ...n, y: n.y + 1000 } : n)),
      edges: [
        ...geometry.edges.map((e) => (e === labelled ? { ...e, label: { ...e.label!, x: d4.x + 2, y: d4.y + 2 } } : e)),
        { id: 'through', from: 'x', to: 'y', points: [{ x: d4.x - 10, y: d4.y + 5 }, { x: d4.x + d4.width + 10, y: d4.y + 5 }], arrow: true, forks: [], label: undefined },
      ],
    };
    // when
    const before = measureLayoutQuality(geometry);
    const after = measureLayoutQuality(broken);
    // then
    expect(before).toMatchObject({ nodesOutsideLane: 0, segmentsThroughNodes: 0, labelOverlaps: 0, nodeOverlaps: 0 });
    expect(after.nodesOutsideLane).toBe(1);
    expect(after.segmentsThroughNodes).toBeGreaterThanOrEqual(1);
    expect(after.labelOverlaps).toBeGreaterThanOrEqual(1);
    expect(d1.lane).toBe('help-desk');
  });

  it('counts crossings and bends', async () => {
    // given
    const geometry = await layoutMap(loadFixture('lanes-example'));
    const cross: MapGeometry = {
      ...geometry,
      edges: [
        { id: 'h', from: 'a', to: 'b', points: [{ x: 0, y: 5000 }, { x: 100, y: 5000 }], arrow: true, forks: [], label: undefined },
        { id: 'v', from: 'c', to: 'd', points: [{ x: 50, y: 4950 }, { x: 50, y: 5050 }, { x: 60, y: 5050 }], arrow: true, forks: [], label: undefined },
      ],
    };
    // when
    const quality = measureLayoutQuality(cross);
    // then
    expect(quality.crossings).toBe(1);
    expect(quality.bends).toBe(1);
  });
});
