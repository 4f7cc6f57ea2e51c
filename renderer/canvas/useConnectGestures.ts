/**
 * Connecting as in a diagram tool: a flow dragged out of a port connects when it is dropped anywhere
 * on a box (not only on its 9-px port), and dropped on empty canvas it appends a new activity in the
 * lane under the pointer, connected from the source. While dragging, the canvas carries a class
 * naming the direction, so the stylesheet highlights the boxes that can take the flow.
 */
import { useCallback, type RefObject } from 'react';
import { useReactFlow, type Connection, type FinalConnectionState, type OnConnectStartParams } from '@xyflow/react';
import { useSession } from '../session/SessionContext';

const CONNECTING_CLASSES = ['is-connecting-out', 'is-connecting-in'];

/** The client point where a mouse or touch gesture ended. */
function endPoint(event: MouseEvent | TouchEvent): { x: number; y: number } | null {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  return { x: event.clientX, y: event.clientY };
}

export function useConnectGestures(canvasElement: RefObject<HTMLDivElement | null>, backdropId: string) {
  const { addActivityFrom, connect, store } = useSession();
  const flow = useReactFlow();

  const onConnect = useCallback((connection: Connection) => {
    if (connection.source && connection.target) connect(connection.source, connection.target);
  }, []);

  const onConnectStart = useCallback((_event: unknown, params: OnConnectStartParams) => {
    canvasElement.current?.classList.add(params.handleType === 'target' ? 'is-connecting-in' : 'is-connecting-out');
  }, []);

  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    canvasElement.current?.classList.remove(...CONNECTING_CLASSES);
    // A drop on a port (or within the connection radius of one) was handled by onConnect.
    if (state.isValid || !state.fromNode) return;
    const point = endPoint(event);
    if (!point || !canvasElement.current) return;
    const under = document.elementFromPoint(point.x, point.y);
    if (!under || !canvasElement.current.contains(under) || under.closest('.react-flow__panel, .react-flow__controls')) return;
    const isOutgoing = state.fromHandle?.type !== 'target';
    const dragged = state.fromNode.id;
    const target = under.closest<HTMLElement>('.react-flow__node')?.dataset.id;
    if (target && target !== backdropId) {
      if (target !== dragged) connect(isOutgoing ? dragged : target, isOutgoing ? target : dragged);
      return;
    }
    // Empty canvas: a new activity in the lane under the pointer (only for a flow going out of a node).
    if (!isOutgoing) return;
    const at = flow.screenToFlowPosition(point);
    const { geometry, doc } = store.getState();
    const lane = geometry?.lanes.find((band) => at.y >= band.y && at.y < band.y + band.height && at.x >= band.x && at.x < band.x + band.width);
    if (lane && doc?.history.present.lanes?.[lane.id]) addActivityFrom(dragged, lane.id);
  }, []);

  return { onConnect, onConnectStart, onConnectEnd };
}
