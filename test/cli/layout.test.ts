import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlapCount, run } from '../../cli/commands/layout';
import { FIXTURE_DIR } from '../shared/layout/fixtureMaps';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
}

describe('swimlane layout --check', () => {
  it('prints quality figures per map and exits 0 when nothing overlaps', async () => {
    // given
    const { io, out } = capture();
    // when
    const code = await run(['--check', join(FIXTURE_DIR, 'lanes-example.yaml'), join(FIXTURE_DIR, 'worked-example.yaml')], io);
    // then
    expect(code).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/^map\s+nodes\s+flows\s+crossings\s+bends\s+outside lane\s+through boxes\s+label overlaps\s+box overlaps$/m);
    expect(text).toMatch(/lanes-example\.yaml\s+10\s+10\s+\d+\s+\d+\s+0\s+0\s+0\s+0$/m);
    expect(text).toContain('2 map(s), no overlaps');
  });

  it('prints JSON with --json', async () => {
    // given
    const { io, out } = capture();
    // when
    const code = await run(['--check', '--json', join(FIXTURE_DIR, 'worked-example.yaml')], io);
    // then
    expect(code).toBe(0);
    const [result] = JSON.parse(out.join(''));
    expect(result.quality).toMatchObject({ nodes: 7, edges: 6, labelOverlaps: 0, nodeOverlaps: 0 });
  });

  it('asks for --check and a map', async () => {
    // given
    const { io, err } = capture();
    // when
    const code = await run([join(FIXTURE_DIR, 'worked-example.yaml')], io);
    // then
    expect(code).toBe(2);
    expect(err.join('')).toContain('use --check');
  });
});

describe('overlapCount', () => {
  it('adds up every kind of overlap and ignores crossings and bends', () => {
    // given
    const quality = { nodes: 9, edges: 9, crossings: 5, bends: 7, nodesOutsideLane: 1, segmentsThroughNodes: 2, labelOverlaps: 3, nodeOverlaps: 4 };
    // when
    const count = overlapCount(quality);
    // then
    expect(count).toBe(10);
    expect(overlapCount({ ...quality, nodesOutsideLane: 0, segmentsThroughNodes: 0, labelOverlaps: 0, nodeOverlaps: 0 })).toBe(0);
  });
});
