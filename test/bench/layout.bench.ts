/**
 * Layout and export benchmark (run: `npx tsx test/bench/layout.bench.ts`): lane-grid layout + SVG
 * for synthetic maps of 50, 200, 1,000 and 2,000 activities with lanes (about 1.3 labelled flows per
 * activity), beside raw elkjs `layered` on the same graphs, node and label sizes. Prints median
 * wall and CPU times, peak memory and layout quality; not a test. Then, per size, crossings and
 * bends of ours beside elkjs flat on the reference layout cases (issue 18) and on generated maps of
 * their shape with other seeds (BENCH_SEEDS, default 2,3), and the layout time ratio in the same run.
 * Targets (issue 4): 0 outside lane / through boxes / label overlaps; layout 50 < 30 ms,
 * 1,000 < 300 ms, 2,000 < 600 ms (≥ 5× faster than elkjs); SVG 2,000 < 50 ms; PNG of 50 < 1 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutMapSync } from '../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../shared/layout/layoutQuality';
import type { ProcessMap } from '../../shared/model/schema';
import { parseMap } from '../../shared/yaml/parseMap';
import { elkGraph, elkQuality, layoutElkFlat } from './elkFlat';
import { peersMap } from './peersMap';
import { renderPng } from '../../shared/node/renderPng';
import { renderSvg } from '../../shared/render/renderSvg';
import { syntheticMap } from '../support/syntheticMap';

const SIZES = (process.env.BENCH_SIZES ?? '50,200,1000,2000').split(',').map(Number);
const ELK_LIMIT = Number(process.env.BENCH_ELK_LIMIT ?? 2000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall and CPU milliseconds of `run`, repeated; the result of the last run. */
async function measure<T>(runs: number, run: () => T | Promise<T>): Promise<{ wall: number; cpu: number; result: T }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    result = await run();
    walls.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus), result };
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

async function main(): Promise<void> {
  const elk = new ELK();
  console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores, load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
  const rows: string[][] = [];
  const elkRows: string[][] = [];
  for (const size of SIZES) {
    const map = syntheticMap({ activities: size, seed: 1, spread: 6 });
    const flows = Object.keys(map.flows ?? {}).length;
    const runs = size <= 200 ? 15 : 7;
    // Warm up until the JIT has settled on this size.
    for (let i = 0; i < 3; i++) renderSvg(map, layoutMapSync(map));
    const layout = await measure(runs, () => layoutMapSync(map));
    const svg = await measure(runs, () => renderSvg(map, layout.result));
    const quality = measureLayoutQuality(layout.result);
    const heap = process.memoryUsage().heapUsed / 1e6;
    let png = '';
    if (size <= 200) {
      const pngTime = await measure(3, () => renderPng(svg.result, { scale: 1 }));
      png = `${fmt(pngTime.wall)} ms`;
    }
    rows.push([
      String(size),
      String(flows),
      `${fmt(layout.wall)} / ${fmt(layout.cpu)}`,
      `${fmt(svg.wall)} / ${fmt(svg.cpu)}`,
      png,
      `${layout.result.width}×${layout.result.height}`,
      String(quality.nodesOutsideLane),
      String(quality.segmentsThroughNodes),
      String(quality.labelOverlaps),
      String(quality.nodeOverlaps),
      String(quality.crossings),
      String(quality.bends),
      heap.toFixed(0),
    ]);
    if (size <= ELK_LIMIT) {
      const { graph, laneOf } = elkGraph(map);
      const elkRuns = size <= 200 ? 5 : 3;
      const elkTime = await measure(elkRuns, () => layoutElkFlat(elk, { graph, laneOf }));
      const q = elkQuality(elkTime.result, laneOf);
      elkRows.push([
        String(size),
        `${fmt(elkTime.wall)} / ${fmt(elkTime.cpu)}`,
        `${(elkTime.wall / layout.wall).toFixed(1)}×`,
        String(q.laneBandOverlaps),
        String(q.segmentsThroughNodes),
        String(q.labelOverlaps),
        String(q.nodeOverlaps),
        String(q.crossings),
        String(q.bends),
      ]);
    }
  }
  const table = (head: string[], body: string[][]): string => {
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
  };
  console.log('\nSwimlane lane-grid layout (median wall / CPU ms)');
  console.log(
    table(['activities', 'flows', 'layout ms', 'SVG ms', 'PNG ×1', 'size px', 'outside lane', 'through boxes', 'label overlaps', 'box overlaps', 'crossings', 'bends', 'heap MB'], rows),
  );
  console.log('\nRaw elkjs layered on the same graphs (no lanes; "lane band overlaps" = nodes inside another lane\'s y-band)');
  console.log(table(['activities', 'elk ms', 'elk / ours', 'lane band overlaps', 'through boxes', 'label overlaps', 'box overlaps', 'crossings', 'bends'], elkRows));
  console.log('\nPeer cases side by side: ours (lanes kept) vs elkjs flat (no lanes, nodes 160×60); crossings and bends by measureLayoutQuality');
  console.log(table(['case', 'crossings ours / elk', 'ratio', 'bends ours / elk', 'outside lane / through boxes / label overlaps (ours)', 'layout ms ours / elk', 'elk / ours'], await peerRows(elk)));
  console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

/** The reference cases (../shared/reference/layout-cases, or LAYOUT_CASES) and generated maps of the same shape with other seeds. */
function peerCases(): { name: string; map: ProcessMap }[] {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const candidates = [process.env.LAYOUT_CASES, path.join(here, '../../../shared/reference/layout-cases'), path.join(here, '../../../../shared/reference/layout-cases')];
  const folder = candidates.find((c): c is string => c !== undefined && existsSync(c));
  const seeds = (process.env.BENCH_SEEDS ?? '2,3').split(',').filter(Boolean).map(Number);
  const cases: { name: string; map: ProcessMap }[] = [];
  for (const size of PEER_SIZES) {
    const file = folder && path.join(folder, `peers-n${size}.yaml`);
    if (file && existsSync(file)) cases.push({ name: `peers-n${size} (reference)`, map: parseMap(readFileSync(file, 'utf8'), file).value! });
    for (const seed of seeds) cases.push({ name: `peers n${size} seed ${seed}`, map: peersMap(size, seed) });
  }
  return cases;
}

const PEER_SIZES = (process.env.BENCH_PEER_SIZES ?? '200,1000,2000').split(',').filter(Boolean).map(Number);

async function peerRows(elk: InstanceType<typeof ELK>): Promise<string[][]> {
  const rows: string[][] = [];
  for (const { name, map } of peerCases()) {
    for (let i = 0; i < 2; i++) layoutMapSync(map);
    const ours = await measure(5, () => layoutMapSync(map));
    const q = measureLayoutQuality(ours.result);
    const input = elkGraph(map);
    const theirs = await measure(1, () => layoutElkFlat(elk, input));
    const e = elkQuality(theirs.result, input.laneOf);
    rows.push([
      name,
      `${q.crossings} / ${e.crossings}`,
      `${(q.crossings / Math.max(1, e.crossings)).toFixed(2)}×`,
      `${q.bends} / ${e.bends}`,
      `${q.nodesOutsideLane} / ${q.segmentsThroughNodes} / ${q.labelOverlaps}`,
      `${fmt(ours.wall)} / ${fmt(theirs.wall)}`,
      `${(theirs.wall / ours.wall).toFixed(1)}×`,
    ]);
  }
  return rows;
}

await main();
