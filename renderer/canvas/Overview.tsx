import { memo, useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { MapGeometry } from '../../shared/layout/geometry';
import { type Theme } from '../session/editorStore';
import { useEditor } from '../session/SessionContext';

const WIDTH = 160;
const HEIGHT = 100;

const COLOURS: Readonly<Record<Theme, { lane: readonly [string, string]; box: string }>> = {
  light: { lane: ['#eef1f4', '#ffffff'], box: '#57606a' },
  dark: { lane: ['#1c2128', '#0d1117'], box: '#9da7b3' },
};

/** Where the map sits in the overview: scale and offset that fit it, centred. */
function fitOf(geometry: MapGeometry): { scale: number; x: number; y: number } {
  const scale = Math.min(WIDTH / geometry.width, HEIGHT / geometry.height);
  return { scale, x: (WIDTH - geometry.width * scale) / 2, y: (HEIGHT - geometry.height * scale) / 2 };
}

/**
 * The overview in the canvas corner: the map painted once into a small bitmap (lanes and boxes),
 * and the visible area as a frame placed directly from the view's store, without React. React
 * Flow's `<MiniMap>` re-ran a store selector per node (2,000 on a big map) and repainted its SVG
 * of every node on each frame of a pan; this repaints one small rectangle. Dragging in it, or clicking, moves the view;
 * the wheel zooms.
 */
export const Overview = memo(function Overview() {
  const geometry = useEditor((state) => state.geometry);
  const theme = useEditor((state) => state.theme);
  const picture = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  const flow = useReactFlow();

  useEffect(() => {
    const canvas = picture.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    if (!geometry) return;
    const fit = fitOf(geometry);
    const colours = COLOURS[theme];
    context.setTransform(ratio * fit.scale, 0, 0, ratio * fit.scale, ratio * fit.x, ratio * fit.y);
    geometry.lanes.forEach((lane, index) => {
      context.fillStyle = colours.lane[index % 2]!;
      context.fillRect(lane.x, lane.y, lane.width, lane.height);
    });
    context.fillStyle = colours.box;
    for (const node of geometry.nodes) context.fillRect(node.x, node.y, Math.max(node.width, 1 / fit.scale), Math.max(node.height, 1 / fit.scale));
  }, [geometry, theme]);

  useEffect(() => {
    if (!geometry) return;
    const fit = fitOf(geometry);
    const place = (): void => {
      const element = frame.current;
      if (!element) return;
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      // Clamped to the overview, so a view wider than the map frames all of it. The overview is its
      // own small layer (see styles.css): moving the frame repaints 160×100 px only.
      const left = Math.min(WIDTH - 2, Math.max(0, fit.x + (-tx / zoom) * fit.scale));
      const top = Math.min(HEIGHT - 2, Math.max(0, fit.y + (-ty / zoom) * fit.scale));
      const right = Math.max(left + 2, Math.min(WIDTH, fit.x + ((width - tx) / zoom) * fit.scale));
      const bottom = Math.max(top + 2, Math.min(HEIGHT, fit.y + ((height - ty) / zoom) * fit.scale));
      element.style.left = `${left}px`;
      element.style.top = `${top}px`;
      element.style.width = `${right - left}px`;
      element.style.height = `${bottom - top}px`;
    };
    place();
    return store.subscribe(place);
  }, [geometry, store]);

  /** Centres the view on the map point under the pointer. */
  const moveTo = (event: React.PointerEvent<HTMLDivElement>): void => {
    if (!geometry) return;
    const fit = fitOf(geometry);
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - bounds.left - fit.x) / fit.scale;
    const y = (event.clientY - bounds.top - fit.y) / fit.scale;
    const { width, height, transform } = store.getState();
    const zoom = transform[2];
    void flow.setViewport({ x: width / 2 - x * zoom, y: height / 2 - y * zoom, zoom });
  };

  return (
    <div
      className="overview"
      role="img"
      aria-label="Overview of the map"
      style={{ width: WIDTH, height: HEIGHT }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
      onWheel={(event) => {
        const zoom = store.getState().transform[2] * (event.deltaY < 0 ? 1.2 : 1 / 1.2);
        void flow.zoomTo(Math.min(3, Math.max(0.05, zoom)));
      }}
    >
      <canvas ref={picture} width={WIDTH * (window.devicePixelRatio || 1)} height={HEIGHT * (window.devicePixelRatio || 1)} style={{ width: WIDTH, height: HEIGHT }} />
      <div ref={frame} className="overview-frame" />
    </div>
  );
});
