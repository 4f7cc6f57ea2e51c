/**
 * elkjs `layered` on our graphs with no lanes to respect (the "elkjs flat" peer of the layout
 * benchmark): nodes 160×60, flow labels at our measured sizes, orthogonal routing. Its result is
 * turned into geometry so that `measureLayoutQuality` counts both layouts the same way.
 */
import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { EdgeGeometry, MapGeometry, NodeGeometry } from '../../shared/layout/geometry';
import { buildLayoutGraph } from '../../shared/layout/layoutGraph';
import { measureLayoutQuality } from '../../shared/layout/layoutQuality';
import type { LayoutQuality } from '../../shared/layout/layoutQuality';
import type { ProcessMap } from '../../shared/model/schema';

export const ELK_NODE = { width: 160, height: 60 } as const;

export interface ElkInput {
  readonly graph: ElkNode;
  readonly laneOf: Map<string, string | undefined>;
}

/** The same graph for elkjs: lanes ignored (ELK has none). */
export function elkGraph(map: ProcessMap): ElkInput {
  const layoutGraph = buildLayoutGraph(map);
  const children: ElkNode[] = layoutGraph.nodes.map((n) => ({ id: n.id, ...ELK_NODE }));
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

/** Lays the graph out with elkjs. */
export async function layoutElkFlat(elk: InstanceType<typeof ELK>, input: ElkInput): Promise<ElkNode> {
  return elk.layout(structuredClone(input.graph));
}

/** ELK's result as geometry, so the same quality figures apply; lanes are the y-bands their nodes span. */
export function elkQuality(out: ElkNode, laneOf: Map<string, string | undefined>): LayoutQuality & { laneBandOverlaps: number } {
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
