import { memo, useMemo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { EdgeGeometry } from '../../shared/layout/geometry';
import { elementKey } from '../../shared/diff/overlayMaps';
import { FAR_ZOOM } from './levelOfDetail';
import { type CompareMark } from '../session/editorStore';
import { DragPreview } from './DragPreview';

import { SvgText } from './SvgText';
import { useEditor, useSession } from '../session/SessionContext';

/** Size of the culling tiles in map px: the visible set is recomputed only when the view crosses a tile. */
const TILE = 400;

interface CulledEdge {
  readonly edge: EdgeGeometry;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Bounds per flow, kept while the layout keeps the flow's object (geometryDelta.ts keeps unchanged ones). */
const bounds = new WeakMap<EdgeGeometry, CulledEdge>();

function boundsOf(edge: EdgeGeometry): CulledEdge {
  let found = bounds.get(edge);
  if (!found) {
    const xs = edge.points.map((p) => p.x).concat(edge.label ? [edge.label.x, edge.label.x + edge.label.width] : []);
    const ys = edge.points.map((p) => p.y).concat(edge.label ? [edge.label.y, edge.label.y + edge.label.height] : []);
    found = { edge, minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
    bounds.set(edge, found);
  }
  return found;
}

/** The visible map area, widened to whole tiles plus one, as a string key (stable while panning within a tile). */
function visibleTiles(state: ReactFlowState): string {
  const [tx, ty, zoom] = state.transform;
  const left = Math.floor(-tx / zoom / TILE) - 1;
  const top = Math.floor(-ty / zoom / TILE) - 1;
  const right = Math.ceil((state.width - tx) / zoom / TILE) + 1;
  const bottom = Math.ceil((state.height - ty) / zoom / TILE) + 1;
  return `${left},${top},${right},${bottom}`;
}

/** Every flow as its precomputed polyline with SVG text labels; flows off-screen are not drawn. */
export const EdgeLayer = memo(function EdgeLayer({ edges, hidden }: { edges: readonly EdgeGeometry[]; hidden: ReadonlySet<string> }) {
  const boxes = useMemo<CulledEdge[]>(() => edges.map(boundsOf), [edges]);
  const tiles = useStore(visibleTiles);
  const isFar = useStore((state) => state.transform[2] < FAR_ZOOM);
  const selectedKey = useEditor((state) =>
    state.selection
      .filter((ref) => ref.kind === 'flow')
      .map((ref) => ref.id)
      .join('\n'),
  );
  const selected = useMemo(() => new Set(selectedKey.split('\n')), [selectedKey]);
  const marks = useEditor((state) => state.compareMarks);
  const visible = useMemo(() => {
    const [left, top, right, bottom] = tiles.split(',').map((n) => Number(n) * TILE) as [number, number, number, number];
    return boxes.filter((box) => box.maxX >= left && box.minX <= right && box.maxY >= top && box.minY <= bottom);
  }, [boxes, tiles]);
  return (
    <g className="edges">
      {visible.map(({ edge }) =>
        hidden.has(edge.from) || hidden.has(edge.to) ? null : <FlowLine key={edge.id} edge={edge} isSelected={selected.has(edge.id)} hasLabels={!isFar} mark={marks.get(elementKey('flows', edge.id))} />,
      )}
      {hidden.size > 0 ? <DragPreview edges={edges} dragged={hidden} /> : null}
    </g>
  );
});

const FlowLine = memo(function FlowLine({ edge, isSelected, hasLabels, mark }: { edge: EdgeGeometry; isSelected: boolean; hasLabels: boolean; mark: CompareMark | undefined }) {
  const { select, toggleSelected } = useSession();
  const points = edge.points.map((p) => `${p.x},${p.y}`).join(' ');
  const onClick = (event: React.MouseEvent) => {
    event.stopPropagation();
    const ref = { kind: 'flow' as const, id: edge.id };
    if (event.shiftKey || event.ctrlKey || event.metaKey) toggleSelected(ref);
    else select([ref]);
  };
  return (
    <g className={`flow${isSelected ? ' selected' : ''}${mark ? ` compare-${mark}` : ''}`} data-flow-id={edge.id} onClick={onClick}>
      <polyline points={points} className="flow-hit nopan" />
      <polyline points={points} className="flow-line" markerEnd={edge.arrow ? 'url(#arrow)' : undefined} />
      {edge.forks.map((fork, index) => (
        <circle key={index} cx={fork.x} cy={fork.y} r={3} className="fork-dot" />
      ))}
      {hasLabels && edge.label?.condition ? <SvgText text={edge.label.condition} className="flow-condition" /> : null}
      {hasLabels && edge.label?.outputs ? <SvgText text={edge.label.outputs} className="flow-outputs" /> : null}
    </g>
  );
});
