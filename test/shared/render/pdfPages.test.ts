import { describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { MIN_TEXT_PT, PAGE_MARGIN, TILE_OVERLAP, pageSize, planMapPages, smallestFontSize, tileLabel } from '../../../shared/render/pdfPages';
import { loadFixture } from '../layout/fixtureMaps';

const wide = layoutMapSync(loadFixture('lanes-example'));

describe('planMapPages', () => {
  it('tiles a map as a poster when fitting it on the page would print text under 8 pt, and says so', () => {
    // given
    const fitted = (pageSize('A4', 'portrait')[0] - 2 * PAGE_MARGIN) / wide.width;
    expect(fitted * smallestFontSize(wide)).toBeLessThan(MIN_TEXT_PT);
    // when
    const plan = planMapPages(wide, { paper: 'A4', orientation: 'portrait', fit: 'page' });
    // then
    expect(plan.fit).toBe('poster');
    expect(plan.notice).toMatch(/^fit page would print text at [\d.]+ pt; tiled as a poster at 8 pt instead$/);
    expect(plan.smallestTextPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(plan.tiles.length).toBe(plan.rows * plan.columns);
    expect(plan.columns).toBeGreaterThan(1);
  });

  it('covers the whole drawing with tiles that overlap their neighbours', () => {
    // given
    const options = { paper: 'A4', orientation: 'landscape', fit: 'poster' } as const;
    // when
    const plan = planMapPages(wide, options);
    // then
    expect(Math.max(...plan.tiles.map((tile) => tile.x + tile.width))).toBeCloseTo(wide.width, 6);
    expect(Math.max(...plan.tiles.map((tile) => tile.y + tile.height))).toBeCloseTo(wide.height, 6);
    const [first, second] = plan.tiles.filter((tile) => tile.row === 0);
    expect(first!.x + first!.width - second!.x).toBeGreaterThanOrEqual(TILE_OVERLAP / plan.scale - 1e-6);
    expect(tileLabel(plan.tiles.at(-1)!)).toBe(`${'ABCDEFGHIJ'[plan.rows - 1]}${plan.columns}`);
  });

  it('keeps the asked-for fit when text stays readable', () => {
    // given
    const options = { paper: 'A3', orientation: 'landscape', fit: 'width' } as const;
    const small = layoutMapSync(loadFixture('worked-example'));
    // when
    const plan = planMapPages(small, options);
    // then
    expect(plan.fit).toBe('width');
    expect(plan.notice).toBeUndefined();
    expect(plan.columns).toBe(1);
    expect(plan.scale).toBeCloseTo((pageSize('A3', 'landscape')[0] - 2 * PAGE_MARGIN) / small.width, 9);
  });
});
