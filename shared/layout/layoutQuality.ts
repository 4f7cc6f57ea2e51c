/**
 * Layout quality figures of a geometry: what `swimlane layout --check`, the tests and the benchmark
 * report. Overlap counts must be 0; crossings and bends are to be kept low.
 */
import type { Box, MapGeometry, Point } from './geometry';

export interface LayoutQuality {
  readonly nodes: number;
  readonly edges: number;
  /** Points where a line crosses another line (shared fork segments do not count). */
  readonly crossings: number;
  /** Corners in all lines. */
  readonly bends: number;
  /** Nodes whose box is not inside the band of their lane. */
  readonly nodesOutsideLane: number;
  /** Line segments that pass through a box other than their own ends. */
  readonly segmentsThroughNodes: number;
  /** Labels overlapping a box, another label or a line. */
  readonly labelOverlaps: number;
  /** Pairs of overlapping boxes. */
  readonly nodeOverlaps: number;
}

const EPS = 0.5;

interface Segment {
  readonly edge: number;
  readonly a: Point;
  readonly b: Point;
}

/** Uniform grid over boxes for overlap queries. */
class BoxIndex {
  private readonly cells = new Map<string, number[]>();
  constructor(
    private readonly boxes: readonly Box[],
    private readonly size = 120,
  ) {
    boxes.forEach((box, i) =>
      this.each(box, (key) => {
        const cell = this.cells.get(key);
        if (cell) cell.push(i);
        else this.cells.set(key, [i]);
      }),
    );
  }
  private each(box: Box, visit: (key: string) => void): void {
    for (let cx = Math.floor(box.x / this.size); cx <= Math.floor((box.x + box.width) / this.size); cx++) {
      for (let cy = Math.floor(box.y / this.size); cy <= Math.floor((box.y + box.height) / this.size); cy++) visit(`${cx},${cy}`);
    }
  }
  /** Indices of boxes whose interior meets `box`'s interior. */
  query(box: Box): number[] {
    const found = new Set<number>();
    this.each(box, (key) => {
      for (const i of this.cells.get(key) ?? []) if (overlaps(this.boxes[i]!, box)) found.add(i);
    });
    return [...found].sort((a, b) => a - b);
  }
}

function overlaps(p: Box, q: Box): boolean {
  return p.x + EPS < q.x + q.width && q.x + EPS < p.x + p.width && p.y + EPS < q.y + q.height && q.y + EPS < p.y + p.height;
}

function segmentBox(s: Segment): Box {
  const x = Math.min(s.a.x, s.b.x);
  const y = Math.min(s.a.y, s.b.y);
  // A line is given a hair of thickness so that it meets boxes it runs through.
  return { x: x - 0.1, y: y - 0.1, width: Math.abs(s.a.x - s.b.x) + 0.2, height: Math.abs(s.a.y - s.b.y) + 0.2 };
}

/** Computes the quality figures of a layout. */
export function measureLayoutQuality(geometry: MapGeometry): LayoutQuality {
  const { nodes, edges, lanes } = geometry;
  const segments: Segment[] = [];
  let bends = 0;
  edges.forEach((edge, e) => {
    bends += Math.max(0, edge.points.length - 2);
    for (let i = 0; i + 1 < edge.points.length; i++) segments.push({ edge: e, a: edge.points[i]!, b: edge.points[i + 1]! });
  });

  // 1. Crossings: strict interior intersections of a horizontal and a vertical segment.
  const verticals = segments.filter((s) => Math.abs(s.a.x - s.b.x) < 0.01 && Math.abs(s.a.y - s.b.y) > 0.01).sort((p, q) => p.a.x - q.a.x);
  const horizontals = segments.filter((s) => Math.abs(s.a.y - s.b.y) < 0.01 && Math.abs(s.a.x - s.b.x) > 0.01);
  const xs = verticals.map((v) => v.a.x);
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const crossingPoints = new Set<string>();
  for (const h of horizontals) {
    const x1 = Math.min(h.a.x, h.b.x);
    const x2 = Math.max(h.a.x, h.b.x);
    for (let i = lowerBound(x1 + EPS); i < verticals.length && xs[i]! < x2 - EPS; i++) {
      const v = verticals[i]!;
      if (v.edge === h.edge) continue;
      const y1 = Math.min(v.a.y, v.b.y);
      const y2 = Math.max(v.a.y, v.b.y);
      if (h.a.y > y1 + EPS && h.a.y < y2 - EPS) crossingPoints.add(`${Math.round(v.a.x * 10)},${Math.round(h.a.y * 10)}`);
    }
  }

  // 2. Boxes inside lanes, no overlapping boxes.
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  let nodesOutsideLane = 0;
  for (const node of nodes) {
    if (node.lane === undefined) continue;
    const lane = laneById.get(node.lane);
    if (!lane || node.y < lane.y - EPS || node.y + node.height > lane.y + lane.height + EPS) nodesOutsideLane++;
  }
  const nodeIndex = new BoxIndex(nodes);
  let nodeOverlaps = 0;
  nodes.forEach((node, i) => {
    for (const j of nodeIndex.query(node)) if (j > i) nodeOverlaps++;
  });

  // 3. Segments through boxes other than their own ends.
  const ends = edges.map((edge) => new Set([edge.from, edge.to]));
  let segmentsThroughNodes = 0;
  for (const s of segments) {
    for (const j of nodeIndex.query(segmentBox(s))) if (!ends[s.edge]!.has(nodes[j]!.id)) segmentsThroughNodes++;
  }

  // 4. Labels against boxes, other labels and lines.
  const labels = edges.flatMap((edge, e) => (edge.label ? [{ e, box: edge.label as Box }] : []));
  const labelIndex = new BoxIndex(labels.map((l) => l.box));
  const segmentBoxes = segments.map(segmentBox);
  const segmentIndex = new BoxIndex(segmentBoxes);
  let labelOverlaps = 0;
  labels.forEach((label, i) => {
    labelOverlaps += nodeIndex.query(label.box).length;
    for (const j of labelIndex.query(label.box)) if (j > i) labelOverlaps++;
    labelOverlaps += segmentIndex.query(label.box).length;
  });

  return {
    nodes: nodes.length,
    edges: edges.length,
    crossings: crossingPoints.size,
    bends,
    nodesOutsideLane,
    segmentsThroughNodes,
    labelOverlaps,
    nodeOverlaps,
  };
}
