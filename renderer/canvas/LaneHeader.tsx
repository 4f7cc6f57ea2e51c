import { memo, useRef, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { LaneGeometry } from '../../shared/layout/geometry';
import { flowOrder } from './flowOrder';
import { SvgText } from './SvgText';
import { useEditor, useSession } from '../session/SessionContext';

/**
 * A lane's header: shows the lane (actor name), selects it on click or Enter, and reorders the
 * lane with all its activities when dragged up or down (or with Alt+Arrow keys).
 */
export const LaneHeader = memo(function LaneHeader({ lane, index, count }: { lane: LaneGeometry; index: number; count: number }) {
  const { edit, focusInspector, revealElement, select, shiftLane, store } = useSession();
  const flow = useStoreApi();
  const [offset, setOffset] = useState(0);
  const drag = useRef<{ startY: number; zoom: number; moved: boolean } | null>(null);
  const isSelected = useEditor((state) => state.selection.some((ref) => ref.kind === 'lane' && ref.id === lane.id));
  const description = useEditor((state) => {
    const map = state.doc?.history.present;
    const data = map?.lanes?.[lane.id];
    const actor = data ? map?.actors?.[data.actor] : undefined;
    return `Lane ${data?.label ?? actor?.name ?? lane.id}${actor ? `, ${actor.kind}` : ''}, ${index + 1} of ${count}`;
  });

  const onPointerDown = (event: React.PointerEvent) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, zoom: flow.getState().transform[2], moved: false };
  };
  const onPointerMove = (event: React.PointerEvent) => {
    if (!drag.current) return;
    const delta = (event.clientY - drag.current.startY) / drag.current.zoom;
    if (Math.abs(delta) > 4) drag.current.moved = true;
    if (drag.current.moved) setOffset(delta);
  };
  const onPointerUp = (event: React.PointerEvent) => {
    const state = drag.current;
    drag.current = null;
    setOffset(0);
    if (!state) return;
    if (!state.moved) {
      select([{ kind: 'lane', id: lane.id }]);
      return;
    }
    const delta = (event.clientY - state.startY) / state.zoom;
    const target = targetIndex(store.getState().geometry?.lanes ?? [], lane, delta);
    if (target !== index) edit({ type: 'lane.move', id: lane.id, index: target });
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select([{ kind: 'lane', id: lane.id }]);
      if (event.key === 'Enter') focusInspector(lane.id);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      shiftLane(lane.id, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'ArrowRight') {
      // Into the lane: the first of its activities in flow order (zooming in to it when far out).
      event.preventDefault();
      const map = store.getState().doc?.history.present;
      const first = map ? flowOrder(map).find((id) => map.activities[id]?.lane === lane.id) : undefined;
      if (first) revealElement(first);
    }
  };

  return (
    <g
      className={`lane-header nopan nodrag${isSelected ? ' selected' : ''}${offset ? ' dragging' : ''}`}
      transform={offset ? `translate(0 ${offset})` : undefined}
      role="button"
      tabIndex={0}
      aria-label={`${description}. Enter to edit, Right arrow to go to its first activity, Alt+Up or Alt+Down to reorder.`}
      data-lane-id={lane.id}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <rect x={lane.header.x} y={lane.header.y} width={lane.header.width} height={lane.header.height} className="lane-header-box" />
      <SvgText text={lane.label} className="lane-label" />
    </g>
  );
});

/** Where a lane dragged by `delta` px lands: the index of the lane whose band holds its new centre. */
function targetIndex(lanes: readonly LaneGeometry[], lane: LaneGeometry, delta: number): number {
  const centre = lane.y + lane.height / 2 + delta;
  const others = lanes.filter((other) => other.id !== lane.id);
  return others.filter((other) => other.y + other.height / 2 < centre).length;
}
