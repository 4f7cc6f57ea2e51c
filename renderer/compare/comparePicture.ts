/**
 * Geometry questions of the compare panes, answered from the shared layout's plain data: which
 * element a drawn thing is (`ElementKey`), where an element is, and what lies under a click.
 */
import type { ElementKey } from '../../shared/diff/overlayMaps';
import type { Box, EdgeGeometry, MapGeometry, NodeGeometry, Point } from '../../shared/layout/geometry';

const COLLECTION_OF_NODE = { activity: 'activities', initiation: 'initiations', termination: 'terminations' } as const;

/** The element key of a drawn node, e.g. `activities:D2`. */
export function nodeKey(node: NodeGeometry): ElementKey {
  return `${COLLECTION_OF_NODE[node.kind]}:${node.id}`;
}

/** The id part of an element key. */
export function idOfKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

function boundsOfPoints(points: readonly Point[]): Box {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The box an element occupies in `geometry` (a flow: its line and label), or undefined when it is not drawn there. */
export function boundsOf(key: string, geometry: MapGeometry): Box | undefined {
  const id = idOfKey(key);
  if (key.startsWith('flows:')) {
    const edge = geometry.edges.find((candidate) => candidate.id === id);
    if (!edge) return undefined;
    return boundsOfPoints([...edge.points, ...(edge.label ? [edge.label, { x: edge.label.x + edge.label.width, y: edge.label.y + edge.label.height }] : [])]);
  }
  if (key.startsWith('lanes:')) return geometry.lanes.find((lane) => lane.id === id);
  if (key.startsWith('groups:')) return geometry.groups.find((group) => group.id === id);
  if (key.startsWith('phases:')) return geometry.phases.find((phase) => phase.id === id);
  return geometry.nodes.find((node) => node.id === id && nodeKey(node) === key);
}

function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length));
  return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

function isNearEdge(edge: EdgeGeometry, point: Point, tolerance: number): boolean {
  for (let i = 1; i < edge.points.length; i++) if (distanceToSegment(point, edge.points[i - 1]!, edge.points[i]!) <= tolerance) return true;
  return false;
}

const inside = (box: Box, point: Point, margin = 0): boolean =>
  point.x >= box.x - margin && point.x <= box.x + box.width + margin && point.y >= box.y - margin && point.y <= box.y + box.height + margin;

/** The element under `point` (map coordinates): a node, else a flow line within `tolerance`, else a lane header. */
export function elementAt(geometry: MapGeometry, point: Point, tolerance = 5): ElementKey | undefined {
  const node = geometry.nodes.find((candidate) => inside(candidate, point, 2));
  if (node) return nodeKey(node);
  const edge = geometry.edges.find((candidate) => isNearEdge(candidate, point, tolerance) || (candidate.label !== undefined && inside(candidate.label, point)));
  if (edge) return `flows:${edge.id}`;
  const lane = geometry.lanes.find((candidate) => inside(candidate.header, point));
  return lane ? `lanes:${lane.id}` : undefined;
}
