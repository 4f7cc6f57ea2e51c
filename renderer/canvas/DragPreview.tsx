import { memo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { EdgeGeometry } from '../../shared/layout/geometry';

/** Centres of the nodes being dragged, as a stable string key. */
function draggedCentres(state: ReactFlowState): string {
  let key = '';
  for (const node of state.nodeLookup.values()) {
    if (!node.dragging) continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? 0;
    const height = node.measured.height ?? 0;
    key += `${node.id}=${Math.round(x + width / 2)},${Math.round(y + height / 2)};`;
  }
  return key;
}

/**
 * While nodes are dragged, their flows are drawn as straight dashed lines to where the nodes are
 * now; the routed polylines come back from the layout when the drag ends.
 */
export const DragPreview = memo(function DragPreview({ edges, dragged }: { edges: readonly EdgeGeometry[]; dragged: ReadonlySet<string> }) {
  const key = useStore(draggedCentres);
  const centres = new Map(
    key
      .split(';')
      .filter(Boolean)
      .map((entry) => {
        const [id = '', point = ''] = entry.split('=');
        const [x = 0, y = 0] = point.split(',').map(Number);
        return [id, { x, y }] as const;
      }),
  );
  const lines = edges
    .filter((edge) => dragged.has(edge.from) || dragged.has(edge.to))
    .map((edge) => {
      const start = centres.get(edge.from) ?? edge.points[0];
      const end = centres.get(edge.to) ?? edge.points.at(-1);
      return start && end ? <line key={edge.id} x1={start.x} y1={start.y} x2={end.x} y2={end.y} className="flow-preview" /> : null;
    });
  return <g className="drag-preview">{lines}</g>;
});
