import { memo, useEffect, useRef } from 'react';
import type { MapGeometry } from '../../shared/layout/geometry';
import { FAR_ZOOM } from './levelOfDetail';
import { type Theme } from '../session/editorStore';
import { useSession } from '../session/SessionContext';

/** The longest side of the bitmap, in pixels: small enough to paint and upload fast in software rendering. */
const MAX_SIDE = 2048;

const COLOURS: Readonly<Record<Theme, { lane: readonly [string, string]; line: string; box: string; border: string }>> = {
  light: { lane: ['#f6f8fa', '#ffffff'], line: '#1f2328', box: '#ffffff', border: '#57606a' },
  dark: { lane: ['#161b22', '#0d1117'], line: '#c9d1d9', box: '#1c2128', border: '#9da7b3' },
};

/**
 * A big map seen from far out, painted once into a bitmap: lanes, flows and boxes without text
 * (which would be unreadable). Panning then moves one image instead of thousands of SVG
 * elements. Clicking zooms in to the box under the pointer, where it becomes an editable node.
 */
export const FarPicture = memo(function FarPicture({ geometry, theme }: { geometry: MapGeometry; theme: Theme }) {
  const { revealElement, store } = useSession();
  const canvas = useRef<HTMLCanvasElement>(null);
  // Never finer than the picture is ever shown at (it gives way to real nodes at FAR_ZOOM).
  const scale = Math.min(FAR_ZOOM * (window.devicePixelRatio || 1), MAX_SIDE / Math.max(geometry.width, geometry.height));

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const colours = COLOURS[theme];
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.clearRect(0, 0, geometry.width, geometry.height);
    geometry.lanes.forEach((lane, index) => {
      context.fillStyle = colours.lane[index % 2]!;
      context.fillRect(lane.x, lane.y, lane.width, lane.height);
      context.strokeStyle = colours.border;
      context.lineWidth = 1 / scale;
      context.strokeRect(lane.x, lane.y, lane.width, lane.height);
    });
    context.strokeStyle = colours.line;
    context.lineWidth = Math.max(1.3, 1 / scale);
    context.beginPath();
    for (const edge of geometry.edges) {
      edge.points.forEach((point, index) => (index === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y)));
    }
    context.stroke();
    context.fillStyle = colours.box;
    context.lineWidth = Math.max(1.5, 1.5 / scale);
    for (const node of geometry.nodes) {
      if (node.kind === 'activity') {
        context.fillRect(node.x, node.y, node.width, node.height);
        context.strokeRect(node.x, node.y, node.width, node.height);
      } else if (node.anchor) {
        context.beginPath();
        context.arc(node.anchor.x, node.anchor.y, 6, 0, 2 * Math.PI);
        context.fillStyle = colours.line;
        context.fill();
        context.fillStyle = colours.box;
      }
    }
  }, [geometry, theme, scale]);

  const onClick = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - bounds.left) / bounds.width) * geometry.width;
    const y = ((event.clientY - bounds.top) / bounds.height) * geometry.height;
    const hit = store
      .getState()
      .geometry?.nodes.find((node) => x >= node.x - 6 && x <= node.x + node.width + 6 && y >= node.y - 6 && y <= node.y + node.height + 6);
    if (hit) revealElement(hit.id);
  };

  return (
    <foreignObject x={0} y={0} width={geometry.width} height={geometry.height} className="far-picture">
      <canvas
        ref={canvas}
        width={Math.ceil(geometry.width * scale)}
        height={Math.ceil(geometry.height * scale)}
        style={{ width: geometry.width, height: geometry.height }}
        onClick={onClick}
        aria-hidden="true"
      />
    </foreignObject>
  );
});
