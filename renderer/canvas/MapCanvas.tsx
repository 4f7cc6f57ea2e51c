import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  applyNodeChanges,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import type { Edit } from '../../shared/edits/edit';
import type { NodeGeometry } from '../../shared/layout/geometry';
import { BACKDROP_ID, buildNodes, type CachedNode, type CanvasNode } from './canvasNodes';
import { FAR_NODE_LIMIT, FAR_ZOOM } from './levelOfDetail';
import { type ElementKind, type ElementRef } from '../session/editorStore';
import { ActivityNode } from './ActivityNode';
import { BackdropNode } from './BackdropNode';
import { DotGrid } from './DotGrid';
import { Overview } from './Overview';
import { TerminalNode } from './TerminalNode';
import { useConnectGestures } from './useConnectGestures';
import { InlineNameEditor } from './InlineNameEditor';
import { inlineTargetAt, type InlineTarget } from './inlineLabels';
import { useEditor, useSession } from '../session/SessionContext';

const nodeTypes = { activity: ActivityNode, terminal: TerminalNode, backdrop: BackdropNode };
const NO_NODES: CanvasNode[] = [];
const SNAP: [number, number] = [8, 8];
/** How near a port a drop snaps to it (px); a drop further in on a box connects through useConnectGestures. */
const CONNECTION_RADIUS = 28;



/** Focuses a node's element once it is mounted (culled nodes mount after the view moves to them). */
function focusNodeElement(id: string, tries = 20): void {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (element) {
    element.focus({ preventScroll: true });
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusNodeElement(id, tries - 1));
}

function kindOfNode(node: NodeGeometry): ElementKind {
  return node.kind;
}

/** The swimlane canvas: React Flow over the shared layout's geometry. */
export function MapCanvas() {
  const { edit, focusInspector, revealElement, select, shiftActivityLane, toggleSelected, store } = useSession();
  const geometry = useEditor((state) => state.geometry);
  const geometryMap = useEditor((state) => state.geometryMap);
  const selection = useEditor((state) => state.selection);
  const documentSerial = useEditor((state) => state.documentSerial);
  const reveal = useEditor((state) => state.reveal);
  const flow = useReactFlow();
  // Level of detail: below this zoom text is unreadable, so it is not laid out or painted at all.
  const isFar = useStore((state) => state.transform[2] < FAR_ZOOM);
  const paneWidth = useRef(0);
  paneWidth.current = useStore((state) => state.width);
  const isCurrent = useEditor((state) => state.geometryMap !== null && state.geometryMap === state.doc?.history.present);
  const isSimplified = isFar && (geometry?.nodes.length ?? 0) > FAR_NODE_LIMIT;
  const cache = useRef(new Map<string, CachedNode>());
  const [fittedSerial, setFittedSerial] = useState(-1);

  const baseNodes = useMemo(() => (geometry ? buildNodes(geometry, geometryMap, cache.current) : []), [geometry, geometryMap]);
  const order = useMemo(() => baseNodes.slice(1).map((node) => node.id), [baseNodes]);
  const [nodes, setNodes] = useState<CanvasNode[]>([]);

  useEffect(() => {
    const selected = new Set(selection.filter((ref) => ref.kind === 'activity' || ref.kind === 'initiation' || ref.kind === 'termination').map((ref) => ref.id));
    setNodes((previous) => {
      const measured = new Map(previous.map((node) => [node.id, node.measured]));
      return baseNodes.map((node) => {
        const isSelected = selected.has(node.id);
        const size = measured.get(node.id);
        if (!isSelected && !node.selected && !size) return node;
        return { ...node, selected: isSelected, ...(size ? { measured: size } : {}) };
      });
    });
  }, [baseNodes, selection]);

  // A new document is fitted before anything of it is drawn, so a big map is never drawn at the old zoom.
  const isFitting = geometry !== null && fittedSerial !== documentSerial;
  useLayoutEffect(() => {
    if (!geometry || !isFitting) return;
    // Fit the laid-out bounds (known before React Flow has measured any node), top-aligned so the title shows first.
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    if (pane) {
      const margin = 16;
      const zoom = Math.min(1, (pane.width - 2 * margin) / geometry.width, (pane.height - 2 * margin) / geometry.height);
      void flow.setViewport({ x: Math.max(margin, (pane.width - geometry.width * zoom) / 2), y: margin, zoom });
    }
    setFittedSerial(documentSerial);
  }, [geometry, isFitting, documentSerial, flow]);

  useEffect(() => {
    if (!reveal || !geometry) return;
    const node = geometry.nodes.find((candidate) => candidate.id === reveal.id);
    const target = node ?? geometry.lanes.find((lane) => lane.id === reveal.id);
    if (!target) return;
    const zoom = Math.max(flow.getZoom(), 0.8);
    // What is wider than the view (a long lane) is shown from its left end, where a lane has its
    // header, with a margin: its middle is often empty.
    const visibleWidth = paneWidth.current / zoom;
    const margin = 24 / zoom;
    const centerX = target.width <= visibleWidth - 2 * margin ? target.x + target.width / 2 : target.x - margin + visibleWidth / 2;
    void flow.setCenter(centerX, target.y + target.height / 2, { zoom, duration: 150 });
    if (node) focusNodeElement(node.id);
    // Only a new reveal request moves the view, not a later layout: `reveal` is the only trigger.
  }, [reveal]);

  const isBoxSelecting = useRef(false);
  // Clicks select through onNodeClick; React Flow's own select changes are honoured only for box selection.
  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const selects = changes.filter((change) => change.type === 'select');
    const others = changes.filter((change) => change.type !== 'select');
    if (others.length) setNodes((current) => applyNodeChanges(others, current));
    if (selects.length && isBoxSelecting.current) {
      const { selection, geometry: laidOut } = store.getState();
      const kinds = new Map(laidOut?.nodes.map((node) => [node.id, kindOfNode(node)]) ?? []);
      let next: ElementRef[] = [...selection];
      for (const change of selects) {
        if (change.type !== 'select') continue;
        next = next.filter((ref) => ref.id !== change.id);
        const kind = kinds.get(change.id);
        if (change.selected && kind) next.push({ kind, id: change.id });
      }
      const same = next.length === selection.length && next.every((ref, index) => ref.id === selection[index]?.id);
      if (!same) select(next);
    }
  }, []);

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback((_event, _node, dragged) => {
    const state = store.getState();
    const map = state.doc?.history.present;
    const lanes = state.geometry?.lanes ?? [];
    if (!map) return;
    const edits: Edit[] = [];
    for (const node of dragged) {
      const height = node.measured?.height ?? node.height ?? 0;
      const centreY = node.position.y + height / 2;
      const activity = map.activities[node.id];
      if (activity) {
        const lane = lanes.find((band) => centreY >= band.y && centreY < band.y + band.height);
        if (lane && lane.id !== activity.lane && map.lanes?.[lane.id]) edits.push({ type: 'activity.move', id: node.id, lane: lane.id });
      }
      edits.push({ type: 'layout.pin', id: node.id, position: { x: node.position.x, y: node.position.y } });
    }
    if (edits.length) edit(edits.length === 1 ? edits[0]! : { type: 'batch', label: `Move ${dragged.map((node) => node.id).join(', ')}`, edits });
    // What was just dragged is what the user is working on: it becomes the selection, as a click would make it.
    const kinds = new Map(state.geometry?.nodes.map((node) => [node.id, kindOfNode(node)]) ?? []);
    select(dragged.flatMap((node) => {
      const kind = kinds.get(node.id);
      return kind ? [{ kind, id: node.id }] : [];
    }));
  }, []);

  const onPaneClick = useCallback(() => select([]), []);

  // While the view moves, the whole map is one compositor layer: a pan then moves pixels already
  // drawn instead of repainting thousands of SVG elements each frame. At rest the layer is dropped,
  // so that text is drawn sharp at the new zoom (a kept layer would stay rasterised at the old one).
  const canvasElement = useRef<HTMLDivElement>(null);
  const { onConnect, onConnectStart, onConnectEnd } = useConnectGestures(canvasElement, BACKDROP_ID);
  const [inlineTarget, setInlineTarget] = useState<InlineTarget | null>(null);
  // Double-click or F2 on a box, lane header or phase header edits its text in place.
  const onDoubleClick = useCallback((event: React.MouseEvent) => {
    const target = inlineTargetAt(event.target as Element);
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    setInlineTarget(target);
  }, []);
  const onInlineDone = useCallback((target: InlineTarget) => {
    setInlineTarget(null);
    // Focus goes back where the edit started, so the keyboard carries on from there.
    if (target.kind === 'activity') focusNodeElement(target.id);
    else canvasElement.current?.querySelector<HTMLElement>(target.kind === 'lane' ? `.lane-header[data-lane-id="${CSS.escape(target.id)}"]` : `[data-element="phase:${CSS.escape(target.id)}"]`)?.focus();
  }, []);

  // A map opened from a button that then went away (the library's Open, the tailoring dialog) would
  // leave keyboard focus nowhere: it goes to the canvas, where Tab reaches lanes and nodes.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) canvasElement.current?.focus();
  }, [documentSerial]);
  const onMoveStart = useCallback(() => canvasElement.current?.classList.add('is-moving'), []);
  const onMoveEnd = useCallback(() => canvasElement.current?.classList.remove('is-moving'), []);

  const onNodeClick = useCallback((event: React.MouseEvent, node: CanvasNode) => {
    const kind = store.getState().geometry?.nodes.find((candidate) => candidate.id === node.id)?.kind;
    if (!kind) return;
    if (event.shiftKey || event.ctrlKey || event.metaKey) toggleSelected({ kind, id: node.id });
    else select([{ kind, id: node.id }]);
  }, []);

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (event.key === 'F2') {
        const target = inlineTargetAt(event.target as Element);
        if (target) {
          event.preventDefault();
          setInlineTarget(target);
        }
        return;
      }
      const element = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      const id = element?.dataset.id;
      if (!id || id === BACKDROP_ID) return;
      const kind = store.getState().geometry?.nodes.find((node) => node.id === id)?.kind;
      if (!kind) return;
      const index = order.indexOf(id);
      if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        event.preventDefault();
        if (kind === 'activity') {
          shiftActivityLane(id, event.key === 'ArrowUp' ? -1 : 1);
          focusNodeElement(id);
        }
        return;
      }
      if (event.key.startsWith('Arrow') && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
        const target = order[Math.max(0, Math.min(order.length - 1, index + step))];
        if (target) revealElement(target);
        return;
      }
      if (event.key === 'Enter') {
        event.preventDefault();
        select([{ kind, id }]);
        focusInspector(id);
      } else if (event.key === ' ') {
        event.preventDefault();
        select([{ kind, id }]);
      }
    },
    [order],
  );

  return (
    <div
      ref={canvasElement}
      className={isFar ? 'canvas far' : 'canvas'}
      onKeyDown={onKeyDown}
      onDoubleClickCapture={onDoubleClick}
      role="region"
      tabIndex={-1}
      aria-label="Process map canvas"
      aria-busy={!isCurrent}
      data-layout={isCurrent ? 'current' : 'pending'}
      data-document={documentSerial}
    >
      <ReactFlow
        nodes={isFitting ? NO_NODES : isSimplified ? nodes.slice(0, 1) : nodes}
        edges={[]}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        connectionRadius={CONNECTION_RADIUS}
        onPaneClick={onPaneClick}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        onNodeClick={onNodeClick}
        onSelectionStart={() => {
          isBoxSelecting.current = true;
        }}
        onSelectionEnd={() => {
          isBoxSelecting.current = false;
        }}
        snapToGrid
        snapGrid={SNAP}
        minZoom={0.05}
        maxZoom={3}
        onlyRenderVisibleElements
        disableKeyboardA11y
        deleteKeyCode={null}
        elevateNodesOnSelect={false}
        fitView={false}
      >
        <DotGrid />
        <Panel position="bottom-right">
          <Overview />
        </Panel>
        <Controls showInteractive={false} aria-label="Zoom controls" />
      </ReactFlow>
      {inlineTarget ? <InlineNameEditor key={`${inlineTarget.kind}:${inlineTarget.id}`} target={inlineTarget} canvasElement={canvasElement} onDone={onInlineDone} /> : null}
    </div>
  );
}
