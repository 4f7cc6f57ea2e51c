/**
 * The React Flow nodes of a laid-out map: one per box or line end, behind one backdrop node, in flow
 * order (the Tab order), reused object for object when nothing a node shows has changed.
 */
import type { Node } from '@xyflow/react';
import type { MapGeometry, NodeGeometry } from '../../shared/layout/geometry';
import type { ProcessMap } from '../../shared/model/schema';
import { flowOrder } from './flowOrder';

/** The id of the background layer node (lanes, phases, flows). */
export const BACKDROP_ID = '__backdrop';

export type CanvasNode = Node<{ geometry?: NodeGeometry }>;

export interface CachedNode {
  readonly geometry: NodeGeometry;
  readonly ariaLabel: string;
  readonly node: CanvasNode;
  /** What the label was made from: when all are the same objects, the label is not made again. */
  readonly inputs: readonly unknown[];
}

const degreesByFlows = new WeakMap<object, Map<string, { in: number; out: number }>>();
const NO_FLOWS = {};

/** `flowDegrees`, once per flows record (a rename keeps the record). */
function degreesOf(map: ProcessMap): Map<string, { in: number; out: number }> {
  const flows = map.flows ?? NO_FLOWS;
  let degrees = degreesByFlows.get(flows);
  if (!degrees) degreesByFlows.set(flows, (degrees = flowDegrees(map)));
  return degrees;
}

let lastOrder: { readonly inputs: readonly unknown[]; readonly order: string[] } | null = null;

/** `flowOrder`, again only when what it depends on changed (a rename changes none of it). */
function orderOf(map: ProcessMap): string[] {
  const inputs = [map.initiations, map.terminations, map.flows, map.triggers, Object.keys(map.activities).join('\n')];
  if (lastOrder && inputs.every((input, index) => input === lastOrder!.inputs[index])) return lastOrder.order;
  lastOrder = { inputs, order: flowOrder(map) };
  return lastOrder.order;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** One `Node` per laid-out element, reusing the previous object when nothing it shows changed (keeps memoized nodes idle). */
export function buildNodes(geometry: MapGeometry, map: ProcessMap | null, cache: Map<string, CachedNode>): CanvasNode[] {
  const byId = new Map(geometry.nodes.map((node) => [node.id, node]));
  const degrees = map ? degreesOf(map) : new Map<string, { in: number; out: number }>();
  const order = map ? orderOf(map).filter((id) => byId.has(id)) : geometry.nodes.map((node) => node.id);
  const nodes: CanvasNode[] = [
    {
      id: BACKDROP_ID,
      type: 'backdrop',
      position: { x: 0, y: 0 },
      data: {},
      width: geometry.width,
      height: geometry.height,
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      zIndex: -1,
      style: { pointerEvents: 'none' },
      className: 'backdrop-node',
    },
  ];
  const fresh = new Map<string, CachedNode>();
  for (const id of order) {
    const node = byId.get(id)!;
    const degree = degrees.get(id) ?? { in: 0, out: 0 };
    const inputs = map ? [map.activities[id], map.lanes, map.actors, degree.in, degree.out, node.title] : [node.title];
    const cached = cache.get(id);
    const ariaLabel = cached && sameInputs(cached.inputs, inputs) ? cached.ariaLabel : map ? describeNode(map, node, degree) : node.title;
    if (cached && cached.ariaLabel === ariaLabel && (cached.geometry === node || sameGeometry(cached.geometry, node))) {
      fresh.set(id, cached.inputs === inputs ? cached : { ...cached, inputs });
      nodes.push(cached.node);
      continue;
    }
    const built: CanvasNode = {
      id,
      type: node.kind === 'activity' ? 'activity' : 'terminal',
      position: { x: node.x, y: node.y },
      data: { geometry: node },
      width: node.width,
      height: node.height,
      ariaLabel,
      ariaRole: 'button',
      connectable: true,
    };
    fresh.set(id, { geometry: node, ariaLabel, node: built, inputs });
    nodes.push(built);
  }
  cache.clear();
  for (const [id, entry] of fresh) cache.set(id, entry);
  return nodes;
}

function sameGeometry(a: NodeGeometry, b: NodeGeometry): boolean {
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.symbol === b.symbol &&
    a.text?.block.lines.join('\n') === b.text?.block.lines.join('\n') &&
    a.text?.x === b.text?.x &&
    a.text?.y === b.text?.y &&
    a.triggers.length === b.triggers.length
  );
}

/** Number of flows into and out of each node. */
function flowDegrees(map: ProcessMap): Map<string, { in: number; out: number }> {
  const degrees = new Map<string, { in: number; out: number }>();
  const entry = (id: string) => {
    let found = degrees.get(id);
    if (!found) degrees.set(id, (found = { in: 0, out: 0 }));
    return found;
  };
  for (const flow of Object.values(map.flows ?? {})) {
    entry(flow.from).out++;
    entry(flow.to).in++;
  }
  return degrees;
}

/** What a screen reader says on focus: kind, id, name, lane and connections, then what keys do. */
function describeNode(map: ProcessMap, node: NodeGeometry, degree: { in: number; out: number }): string {
  const incoming = degree.in;
  const outgoing = degree.out;
  if (node.kind === 'activity') {
    const activity = map.activities[node.id];
    const lane = activity?.lane ? map.lanes?.[activity.lane] : undefined;
    const laneName = lane ? (lane.label ?? map.actors?.[lane.actor]?.name ?? activity?.lane) : undefined;
    return `Activity ${node.id}: ${activity?.name ?? ''}${laneName ? `, in lane ${laneName}` : ''}; ${incoming} in, ${outgoing} out. Enter to edit, arrows to follow the flow, Alt+Up or Down to change lane.`;
  }
  return `${node.kind === 'initiation' ? 'Start' : 'End'} ${node.id}: ${node.title}; ${incoming} in, ${outgoing} out.`;
}
