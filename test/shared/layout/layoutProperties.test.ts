import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapGeometry } from '../../../shared/layout/geometry';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../../shared/layout/layoutQuality';
import type { ProcessMap } from '../../../shared/model/schema';
import { renderSvg } from '../../../shared/render/renderSvg';
import { arbitraryMap } from '../../support/arbitraryMap';
import { arbitraryRichMap } from '../../support/arbitraryRichMap';
import { checkXml } from '../../support/xmlCheck';

function allNumbers(value: unknown, visit: (n: number) => void): void {
  if (typeof value === 'number') visit(value);
  else if (Array.isArray(value)) for (const v of value) allNumbers(v, visit);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allNumbers(v, visit);
}

async function checkLayout(map: ProcessMap): Promise<MapGeometry> {
  const geometry = await layoutMap(map);
  allNumbers(geometry, (n) => expect(Number.isFinite(n)).toBe(true));
  const quality = measureLayoutQuality(geometry);
  expect(quality).toMatchObject({ nodesOutsideLane: 0, nodeOverlaps: 0, segmentsThroughNodes: 0, labelOverlaps: 0 });
  for (const node of geometry.nodes) {
    if (node.lane === undefined) continue;
    const lane = geometry.lanes.find((l) => l.id === node.lane)!;
    expect(node.y).toBeGreaterThanOrEqual(lane.y);
    expect(node.y + node.height).toBeLessThanOrEqual(lane.y + lane.height);
  }
  return geometry;
}

function checkSvg(map: ProcessMap, geometry: MapGeometry): void {
  const svg = renderSvg(map, geometry);
  const { elements, attributes } = checkXml(svg);
  expect(elements).not.toContain('script');
  expect(elements).not.toContain('foreignObject');
  expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
  expect(svg).not.toMatch(/<script|javascript:[^<]*"/i);
}

describe('layout and SVG properties', () => {
  it('for random valid maps (shared generator): finite coordinates, boxes in lanes, no overlaps, safe well-formed SVG', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap, async (map) => {
        // given a random map; when laid out and rendered; then
        checkSvg(map, await checkLayout(map));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 80) },
    );
  });

  it('for random maps with lanes, phases, groups, forks, start and end symbols and triggers: the same holds', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRichMap, async (map) => {
        // given a random map; when laid out and rendered; then
        checkSvg(map, await checkLayout(map));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});
