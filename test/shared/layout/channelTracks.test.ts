import { describe, expect, it } from 'vitest';
import { assignTracks } from '../../../shared/layout/routing';
import type { ChannelSegment } from '../../../shared/layout/routing';
import { seededRandom } from '../../support/syntheticMap';

/** Lines crossed when `a` runs left of `b`: b's lines from the left and a's lines to the right pass the other's run. */
function crossingsWhenLeft(a: ChannelSegment, b: ChannelSegment): number {
  const inside = (y: number, s: ChannelSegment): boolean => y > s.low + 0.5 && y < s.high - 0.5;
  return b.leftYs.filter((y) => inside(y, a)).length + a.rightYs.filter((y) => inside(y, b)).length;
}

function crossingsOfOrder(order: readonly ChannelSegment[]): number {
  let sum = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) sum += crossingsWhenLeft(order[i]!, order[j]!);
  return sum;
}

/** A vertical run in one channel between lines that join it from the left and leave it to the right. */
function randomSegment(random: () => number, key: string): ChannelSegment {
  const height = (): number => Math.round(random() * 40) * 10;
  const leftYs = Array.from({ length: 1 + Math.floor(random() * 2) }, height);
  const rightYs = Array.from({ length: 1 + Math.floor(random() * 2) }, height);
  const all = [...leftYs, ...rightYs];
  return { key, channel: 1, low: Math.min(...all), high: Math.max(...all), track: 0, leftYs, rightYs };
}

describe('channel tracks', () => {
  it('for random channels, moving any one vertical run to another track position crosses no fewer lines', () => {
    for (let seed = 1; seed <= 60; seed++) {
      // given
      const random = seededRandom(seed);
      const segments = Array.from({ length: 3 + Math.floor(random() * 6) }, (_, i) => randomSegment(random, `edge:${i}`));
      // when
      assignTracks(segments, 4);
      // then: left to right by track (runs on one track never overlap, so their order is free)
      const chosen = [...segments].sort((a, b) => a.track - b.track || a.low - b.low);
      const crossings = crossingsOfOrder(chosen);
      for (const moved of chosen) {
        const rest = chosen.filter((s) => s !== moved);
        for (let at = 0; at <= rest.length; at++) {
          const alternative = [...rest.slice(0, at), moved, ...rest.slice(at)];
          expect(crossings, `seed ${seed}: ${moved.key} at ${at}`).toBeLessThanOrEqual(crossingsOfOrder(alternative));
        }
      }
    }
  });

  it('runs whose heights overlap get different tracks', () => {
    // given
    const random = seededRandom(7);
    const segments = Array.from({ length: 12 }, (_, i) => randomSegment(random, `edge:${i}`));
    // when
    assignTracks(segments, 4);
    // then
    for (const a of segments) for (const b of segments) if (a !== b && a.low - 4 <= b.high && b.low - 4 <= a.high) expect(a.track).not.toBe(b.track);
  });
});
