/**
 * Layout and export benchmark (run: `npx tsx test/bench/layout.bench.ts`): lane-grid layout + SVG
 * for synthetic maps of 50, 200, 1,000 and 2,000 activities with lanes (about 1.3 labelled flows per
 * activity), beside raw elkjs `layered` on the same graphs, node and label sizes. Prints median
 * wall and CPU times, peak memory and layout quality; not a test.
 * Targets (issue 4): 0 outside lane / through boxes / label overlaps; layout 50 < 30 ms,
 * 1,000 < 300 ms, 2,000 < 600 ms (≥ 5× faster than elkjs); SVG 2,000 < 50 ms; PNG of 50 < 1 s.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { EdgeGeometry, MapGeometry, NodeGeometry } from '../../shared/layout/geometry';
import { buildLayoutGraph } from '../../shared/layout/layoutGraph';
import { layoutMapSync } from '../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../shared/layout/layoutQuality';
import type { LayoutQuality } from '../../shared/layout/layoutQuality';
import type { ProcessMap } from '../../shared/model/schema';
import { renderPng } from '../../shared/node/renderPng';
import { renderSvg } from '../../shared/render/renderSvg';
import { syntheticMap } from '../fixtures/syntheticMap';

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

/** The same graph for elkjs: nodes with our sizes, flows with our label sizes, lanes ignored (ELK has none). */
function elkGraph(map: ProcessMap): { graph: ElkNode; laneOf: Map<string, string | undefined> } {
  const layoutGraph = buildLayoutGraph(map);
  const children: ElkNode[] = layoutGraph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.baseHeight }));
  const edges: ElkExtendedEdge[] = layoutGraph.edges.map((e) => ({
    id: e.id,
    sources: [layoutGraph.nodes[e.from]!.id],
    targets: [layoutGraph.nodes[e.to]!.id],
    labels: e.label ? [{ id: `${e.id}-label`, width: e.label.width, height: e.label.height, text: 'x' }] : [],
  }));
  const laneOf = new Map(layoutGraph.nodes.map((n) => [n.id, layoutGraph.lanes[n.lane]?.id]));
  return {
    graph: {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        'elk.spacing.nodeNode': '24',
        'elk.edgeLabels.inline': 'false',
      },
      children,
      edges,
    },
    laneOf,
  };
}

/** ELK's result as geometry, so the same quality figures apply; lanes are the y-bands their nodes span. */
function elkQuality(out: ElkNode, laneOf: Map<string, string | undefined>): LayoutQuality & { laneBandOverlaps: number } {
  const nodes: NodeGeometry[] = (out.children ?? []).map((c) => ({
    id: c.id,
    kind: 'activity',
    symbol: 'box',
    lane: undefined,
    column: 0,
    order: 0,
    x: c.x ?? 0,
    y: c.y ?? 0,
    width: c.width ?? 0,
    height: c.height ?? 0,
    text: undefined,
    anchor: undefined,
    triggers: [],
    title: c.id,
  }));
  const edges: EdgeGeometry[] = (out.edges ?? []).map((e) => {
    const section = (e as ElkExtendedEdge).sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = (e as ElkExtendedEdge).labels?.[0];
    return {
      id: e.id,
      from: (e as ElkExtendedEdge).sources[0]!,
      to: (e as ElkExtendedEdge).targets[0]!,
      points,
      arrow: true,
      forks: [],
      label: label ? { flow: e.id, x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0, condition: undefined, outputs: undefined } : undefined,
    };
  });
  const geometry: MapGeometry = { width: out.width ?? 0, height: out.height ?? 0, title: undefined as never, lanes: [], phases: [], groups: [], nodes, edges, triggerNotes: [], triggerPanel: undefined };
  const quality = measureLayoutQuality(geometry);
  // A node sitting inside the y-band of another lane means lanes cannot be drawn as separate bands.
  const bands = new Map<string, [number, number]>();
  for (const n of nodes) {
    const lane = laneOf.get(n.id) ?? '';
    const band = bands.get(lane) ?? [Infinity, -Infinity];
    bands.set(lane, [Math.min(band[0], n.y), Math.max(band[1], n.y + n.height)]);
  }
  let laneBandOverlaps = 0;
  for (const n of nodes) {
    const own = laneOf.get(n.id) ?? '';
    if ([...bands].some(([lane, [top, bottom]]) => lane !== own && n.y < bottom && n.y + n.height > top)) laneBandOverlaps++;
  }
  return { ...quality, laneBandOverlaps };
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
      const elkTime = await measure(elkRuns, () => elk.layout(structuredClone(graph)));
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
  console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
