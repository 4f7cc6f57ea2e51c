/**
 * The lane grid: every node and every column a long flow passes through becomes an item in one
 * column×lane cell. Items are ordered only inside their cell (crossing reduction by barycentres),
 * so no activity ever leaves its lane. Coordination groups get their own bands at the top of a lane
 * so that a dashed box never encloses a non-member.
 */
import type { ColumnAssignment } from './columns';
import type { LGraph } from './layoutGraph';
import { SIZES } from './layoutStyle';
import { laneSwitchColumns } from './laneChanges';
import { orderColumns } from './ordering';

export interface Port {
  /** Distance from the item's top. */
  offset: number;
  /** Height of the flow label sitting on this port's line (0 when none). */
  labelHeight: number;
  readonly edges: number[];
}

export interface Item {
  readonly index: number;
  /** Node index, or undefined for a point where a long flow crosses a column. */
  readonly node: number | undefined;
  readonly edge: number | undefined;
  readonly column: number;
  readonly lane: number;
  /** Band inside the lane: group level 0, 1, … or the ungrouped band (= number of levels). */
  band: number;
  rank: number;
  order: number;
  readonly width: number;
  height: number;
  inPorts: Port[];
  outPorts: Port[];
  /** Top, lane-local until the final pass makes it global; NaN before placement. */
  y: number;
  readonly prev: number[];
  readonly next: number[];
  /** The flow of each `prev` / `next` link, same positions. */
  readonly prevEdges: number[];
  readonly nextEdges: number[];
}

export interface GroupSegment {
  readonly group: number;
  readonly lane: number;
  readonly level: number;
  readonly first: number;
  readonly last: number;
}

export interface LaneGrid {
  readonly items: Item[];
  /** Items of each column, top to bottom after ordering. */
  readonly columns: number[][];
  /** Per edge: items from source to target (forward edges pass through one item per column). */
  readonly chains: number[][];
  /** Per edge: index of its port at the source item and at the target item. */
  readonly outPortOf: number[];
  readonly inPortOf: number[];
  /** Per edge: where its label sits ('source' or 'target' port line), or undefined without label. */
  readonly labelSide: ('source' | 'target' | undefined)[];
  /** Number of group levels in each lane (the ungrouped band index). */
  readonly levels: number[];
  readonly segments: GroupSegment[];
  readonly nodeItem: number[];
}

/** 1. Group segments per lane, packed into levels so that segments of one level never share a column. */
function packGroups(graph: LGraph, cols: ColumnAssignment): { segments: GroupSegment[]; levels: number[] } {
  const segments: GroupSegment[] = [];
  const levels = graph.lanes.map(() => 0);
  for (let lane = 0; lane < graph.lanes.length; lane++) {
    const levelRanges: [number, number][][] = [];
    graph.groups.forEach((group, g) => {
      const anchors = graph.nodes.filter((n) => n.kind === 'anchor' && n.group === g).map((n) => n.index);
      const own = [...group.members, ...anchors].filter((n) => graph.nodes[n]!.group === g && graph.nodes[n]!.lane === lane);
      if (own.length === 0) return;
      const first = Math.min(...own.map((n) => cols.column[n]!));
      const last = Math.max(...own.map((n) => cols.column[n]!));
      let level = levelRanges.findIndex((ranges) => ranges.every(([a, b]) => last < a || first > b));
      if (level < 0) {
        level = levelRanges.length;
        levelRanges.push([]);
      }
      levelRanges[level]!.push([first, last]);
      segments.push({ group: g, lane, level, first, last });
    });
    levels[lane] = levelRanges.length;
  }
  return { segments, levels };
}

/** Builds items, orders them inside their cells and assigns ports. */
export function buildLaneGrid(graph: LGraph, cols: ColumnAssignment): LaneGrid {
  const { nodes, edges } = graph;
  const { segments, levels } = packGroups(graph, cols);
  const segmentOf = new Map(segments.map((s) => [`${s.group}/${s.lane}`, s]));
  const levelOf = new Map(segments.map((s) => [`${s.group}/${s.lane}`, s.level]));
  const bandOfNode = (n: number): number => {
    const node = nodes[n]!;
    if (node.group === undefined) return levels[node.lane]!;
    return levelOf.get(`${node.group}/${node.lane}`) ?? levels[node.lane]!;
  };

  const items: Item[] = [];
  const makeItem = (node: number | undefined, edge: number | undefined, column: number, lane: number, band: number, width: number, height: number): number => {
    items.push({ index: items.length, node, edge, column, lane, band, rank: 0, order: 0, width, height, inPorts: [], outPorts: [], y: NaN, prev: [], next: [], prevEdges: [], nextEdges: [] });
    return items.length - 1;
  };
  const nodeItem = nodes.map((n) => makeItem(n.index, undefined, cols.column[n.index]!, n.lane, bandOfNode(n.index), n.width, n.baseHeight));

  // 2. Chains: long forward flows get one item per column they cross, in the source's lane up to
  // the column where they change lane.
  const switchAt = laneSwitchColumns(graph, cols);
  const chains: number[][] = edges.map((e) => {
    const a = nodeItem[e.from]!;
    const b = nodeItem[e.to]!;
    if (cols.isBack[e.index]) return [a, b];
    const source = nodes[e.from]!;
    const target = nodes[e.to]!;
    // A crossing point stays inside the dashed box of its source (or same-lane target) while in its columns.
    const bandAt = (c: number): number => {
      for (const end of [source, target]) {
        if (end.group === undefined || end.lane !== source.lane) continue;
        const s = segmentOf.get(`${end.group}/${end.lane}`);
        if (s && c >= s.first && c <= s.last) return s.level;
      }
      return levels[source.lane]!;
    };
    const chain = [a];
    for (let c = cols.column[e.from]! + 1; c < cols.column[e.to]!; c++) chain.push(c < switchAt[e.index]! ? makeItem(undefined, e.index, c, source.lane, bandAt(c), 0, 0) : makeItem(undefined, e.index, c, target.lane, levels[target.lane]!, 0, 0));
    chain.push(b);
    for (let i = 0; i + 1 < chain.length; i++) {
      items[chain[i]!]!.next.push(chain[i + 1]!);
      items[chain[i]!]!.nextEdges.push(e.index);
      items[chain[i + 1]!]!.prev.push(chain[i]!);
      items[chain[i + 1]!]!.prevEdges.push(e.index);
    }
    return chain;
  });

  // 3. Initial order: lane, band, stored hint, then model order.
  const columns: number[][] = Array.from({ length: cols.count }, () => []);
  for (const item of items) columns[item.column]!.push(item.index);
  const modelKey = (item: Item): number => (item.node !== undefined ? item.node : nodes[edges[item.edge!]!.from]!.index + 0.5);
  const hintKey = (item: Item): number => (item.node !== undefined ? (nodes[item.node]!.hintOrder ?? Infinity) : Infinity);
  for (const column of columns) {
    column.sort((p, q) => {
      const a = items[p]!;
      const b = items[q]!;
      return a.lane - b.lane || a.band - b.band || hintKey(a) - hintKey(b) || modelKey(a) - modelKey(b) || a.index - b.index;
    });
    column.forEach((it, r) => (items[it]!.rank = r));
  }

  // 4. Crossing reduction, each item staying in its lane and band.
  orderColumns(items, columns);

  // 5. Stored order hints win inside each cell: hinted nodes keep their relative order.
  for (const column of columns) {
    const byCell = new Map<string, number[]>();
    column.forEach((it, position) => {
      const item = items[it]!;
      if (item.node !== undefined && nodes[item.node]!.hintOrder !== undefined) {
        const key = `${item.lane}/${item.band}`;
        const list = byCell.get(key);
        if (list) list.push(position);
        else byCell.set(key, [position]);
      }
    });
    for (const positions of byCell.values()) {
      const hinted = positions.map((p) => column[p]!).sort((p, q) => hintKey(items[p]!) - hintKey(items[q]!) || p - q);
      positions.forEach((p, i) => (column[p] = hinted[i]!));
    }
    let lane = -1;
    let order = 0;
    column.forEach((it, r) => {
      const item = items[it]!;
      item.rank = r;
      if (item.lane !== lane) {
        lane = item.lane;
        order = 0;
      }
      item.order = order++;
    });
  }

  const { outPortOf, inPortOf, labelSide } = assignPorts(graph, cols, items, nodeItem, chains);
  return { items, columns, chains, outPortOf, inPortOf, labelSide, levels, segments, nodeItem };
}

/**
 * 6. Ports: forked alternatives share one port; ports are ordered by where their lines go, so they
 * do not cross at the box. Each label sits on a line that is its flow's own: the target side if
 * the flow has the target port to itself, else the source side; equal labels on a shared port are
 * drawn once, on the shared line; a labelled flow that would share both ends leaves its input fork.
 */
function assignPorts(graph: LGraph, cols: ColumnAssignment, items: Item[], nodeItem: number[], chains: number[][]) {
  const { nodes, edges } = graph;
  const outPortOf = new Array<number>(edges.length).fill(-1);
  const inPortOf = new Array<number>(edges.length).fill(-1);
  const labelKey = (e: number): string => {
    const label = edges[e]!.label;
    return label ? `${label.condition?.lines.join(' ') ?? ''}|${label.outputs?.lines.join(' ') ?? ''}` : '';
  };
  const outKey = (e: number): string => {
    const edge = edges[e]!;
    if (nodes[edge.from]!.kind === 'initiation' || nodes[edge.from]!.kind === 'termination') return `label:${labelKey(e)}`;
    return edge.outputFork !== undefined ? `fork:${edge.outputFork}` : `edge:${e}`;
  };
  const detached = new Set<number>();
  const inKey = (e: number): string => {
    const edge = edges[e]!;
    if (detached.has(e)) return `edge:${e}`;
    if (nodes[edge.to]!.kind === 'initiation' || nodes[edge.to]!.kind === 'termination') return `label:${labelKey(e)}`;
    return edge.inputFork !== undefined ? `fork:${edge.inputFork}` : `edge:${e}`;
  };
  const outEdges: number[][] = nodes.map(() => []);
  const inEdges: number[][] = nodes.map(() => []);
  for (const e of edges) {
    outEdges[e.from]!.push(e.index);
    inEdges[e.to]!.push(e.index);
  }
  const groupsOf = (list: number[], keyOf: (e: number) => string): Map<string, number[]> => {
    const byKey = new Map<string, number[]>();
    for (const e of list) {
      const key = keyOf(e);
      const group = byKey.get(key);
      if (group) group.push(e);
      else byKey.set(key, [e]);
    }
    return byKey;
  };
  const sameLabels = (group: number[]): boolean => group.every((e) => !edges[e]!.label || labelKey(e) === labelKey(group.find((f) => edges[f]!.label)!));
  // A labelled flow sharing both ends, where neither end carries one common label, gets its own input port.
  const outGroup = new Map<number, number[]>();
  for (const node of nodes) for (const group of groupsOf(outEdges[node.index]!, outKey).values()) for (const e of group) outGroup.set(e, group);
  for (const node of nodes) {
    for (const group of groupsOf(inEdges[node.index]!, inKey).values()) {
      if (group.length < 2 || sameLabels(group)) continue;
      for (const e of group) {
        const out = outGroup.get(e)!;
        if (edges[e]!.label && out.length > 1 && !sameLabels(out)) detached.add(e);
      }
    }
  }
  const makePorts = (list: number[], keyOf: (e: number) => string, neighbourRank: (e: number) => number): Port[] => {
    const ports = [...groupsOf(list, keyOf).values()].map((group) => ({ offset: 0, labelHeight: 0, edges: group, sortKey: Math.min(...group.map(neighbourRank)) }));
    ports.sort((a, b) => a.sortKey - b.sortKey || a.edges[0]! - b.edges[0]!);
    return ports.map(({ offset, labelHeight, edges: group }) => ({ offset, labelHeight, edges: group }));
  };
  const rankAt = (e: number, position: number): number => {
    if (cols.isBack[e]) return Infinity;
    const chain = chains[e]!;
    return items[chain[position < 0 ? chain.length + position : position]!]!.rank;
  };
  for (const node of nodes) {
    const item = items[nodeItem[node.index]!]!;
    item.outPorts = makePorts(outEdges[node.index]!, outKey, (e) => rankAt(e, 1));
    item.inPorts = makePorts(inEdges[node.index]!, inKey, (e) => rankAt(e, -2));
    item.outPorts.forEach((p, i) => p.edges.forEach((e) => (outPortOf[e] = i)));
    item.inPorts.forEach((p, i) => p.edges.forEach((e) => (inPortOf[e] = i)));
  }
  const firstLabelled = (port: Port): number | undefined => port.edges.find((e) => edges[e]!.label);
  const labelSide = edges.map((e): 'source' | 'target' | undefined => {
    if (!e.label) return undefined;
    const target = items[nodeItem[e.to]!]!.inPorts[inPortOf[e.index]!]!;
    const source = items[nodeItem[e.from]!]!.outPorts[outPortOf[e.index]!]!;
    if (target.edges.length === 1) return 'target';
    if (sameLabels(target.edges)) return firstLabelled(target) === e.index ? 'target' : undefined;
    if (source.edges.length === 1) return 'source';
    if (sameLabels(source.edges)) return firstLabelled(source) === e.index ? 'source' : undefined;
    return 'target';
  });
  for (const e of edges) {
    const side = labelSide[e.index];
    if (!side || !e.label) continue;
    const port = side === 'target' ? items[nodeItem[e.to]!]!.inPorts[inPortOf[e.index]!]! : items[nodeItem[e.from]!]!.outPorts[outPortOf[e.index]!]!;
    port.labelHeight = Math.max(port.labelHeight, e.label.height);
  }
  // Port offsets: a single port keeps the node's own anchor; several are spread with room for labels.
  for (const node of nodes) {
    const item = items[nodeItem[node.index]!]!;
    const spread = (ports: Port[]): number => {
      if (ports.length === 0) return 0;
      if (ports.length === 1) {
        ports[0]!.offset = node.portOffset;
        return 0;
      }
      const gaps = ports.map((p, i) => (i === 0 ? 0 : Math.max(SIZES.portGap, p.labelHeight + SIZES.labelGap + SIZES.labelClearance)));
      const span = gaps.reduce((a, b) => a + b, 0);
      return span;
    };
    const inSpan = spread(item.inPorts);
    const outSpan = spread(item.outPorts);
    if (inSpan > 0 || outSpan > 0) {
      item.height = Math.max(item.height, inSpan + 2 * SIZES.portMargin, outSpan + 2 * SIZES.portMargin);
      for (const ports of [item.inPorts, item.outPorts]) {
        if (ports.length < 2) continue;
        const gaps = ports.map((p, i) => (i === 0 ? 0 : Math.max(SIZES.portGap, p.labelHeight + SIZES.labelGap + SIZES.labelClearance)));
        const span = gaps.reduce((a, b) => a + b, 0);
        let offset = (item.height - span) / 2;
        ports.forEach((p, i) => {
          offset += gaps[i]!;
          p.offset = Math.round(offset);
        });
      }
    }
  }
  for (const item of items) {
    if (item.node !== undefined) continue;
    item.inPorts = [{ offset: 0, labelHeight: 0, edges: [item.edge!] }];
    item.outPorts = [{ offset: 0, labelHeight: 0, edges: [item.edge!] }];
  }
  return { outPortOf, inPortOf, labelSide };
}
