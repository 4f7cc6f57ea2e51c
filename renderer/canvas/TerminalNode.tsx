import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { NodeGeometry, NodeSymbol } from '../../shared/layout/geometry';
import { elementKey } from '../../shared/diff/overlayMaps';
import { SIZES } from '../../shared/layout/layoutStyle';
import { useEditor } from '../session/SessionContext';

export type TerminalNodeData = { readonly geometry: NodeGeometry };
export type TerminalFlowNode = Node<TerminalNodeData, 'terminal'>;

/** An initiation or termination in the report's notation (Table 3): circle, icon or plain end, with its text. */
export const TerminalNode = memo(function TerminalNode({ data, selected, id }: NodeProps<TerminalFlowNode>) {
  const { geometry } = data;
  const severity = useEditor((state) => state.issueIndex.get(id));
  const mark = useEditor((state) => state.compareMarks.get(elementKey(data.geometry.kind === 'initiation' ? 'initiations' : 'terminations', id)));
  const anchor = geometry.anchor ?? { x: geometry.x + geometry.width / 2, y: geometry.y + geometry.height / 2 };
  const ax = anchor.x - geometry.x;
  const ay = anchor.y - geometry.y;
  const text = geometry.text;
  const isStart = geometry.kind === 'initiation';
  return (
    <div className={`terminal${selected ? ' selected' : ''}${severity ? ` has-${severity}` : ''}${mark ? ` compare-${mark}` : ''}`} style={{ width: geometry.width, height: geometry.height }}>
      {isStart ? null : <Handle type="target" position={Position.Left} className="port" style={{ top: ay }} aria-label={`Connect a flow into ${id}`} />}
      <svg width={geometry.width} height={geometry.height} className="terminal-symbol" aria-hidden="true">
        <Symbol symbol={geometry.symbol} x={ax} y={ay} />
      </svg>
      {text ? (
        <div
          className="terminal-text"
          style={{
            left: text.x - geometry.x - (text.align === 'middle' ? text.block.width / 2 : text.align === 'end' ? text.block.width : 0) - 1,
            top: text.y - geometry.y,
            width: text.block.width + 2,
            textAlign: text.align === 'middle' ? 'center' : text.align === 'end' ? 'right' : 'left',
            fontSize: text.block.font.size,
            lineHeight: `${text.block.lineHeight}px`,
          }}
        >
          {text.block.lines.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      ) : null}
      {isStart ? <Handle type="source" position={Position.Right} className="port" style={{ top: ay }} aria-label={`Connect a flow out of ${id}`} /> : null}
      {mark ? <span className={`compare-badge ${mark}`}>{mark}</span> : null}
    </div>
  );
});

/** The symbol of Table 3, drawn as the SVG export draws it (sizes from the shared layout style). */
function Symbol({ symbol, x, y }: { symbol: NodeSymbol; x: number; y: number }) {
  const r = SIZES.circleRadius;
  const w = SIZES.iconWidth;
  const h = SIZES.iconHeight;
  const left = x - w / 2;
  const top = y - h / 2;
  switch (symbol) {
    case 'start-open-circle':
      return <circle cx={x} cy={y} r={r} className="symbol-open" />;
    case 'start-filled-circle':
    case 'end-filled-circle':
      return <circle cx={x} cy={y} r={r} className="symbol-filled" />;
    case 'end-archive':
      return (
        <g className="symbol-icon">
          <rect x={left} y={top + 6} width={w} height={h - 6} />
          <rect x={left - 2} y={top} width={w + 4} height={6} />
          <path d={`M${left + 6} ${top + 12} L${left + w - 6} ${top + 12}`} />
        </g>
      );
    case 'end-document':
      return (
        <g className="symbol-icon">
          <path d={`M${left} ${top} L${left + w - 6} ${top} L${left + w} ${top + 6} L${left + w} ${top + h} L${left} ${top + h} Z`} />
          {[0, 1, 2].map((k) => (
            <path key={k} className="symbol-rule" d={`M${left + 4} ${top + 9 + k * 5} L${left + w - 4} ${top + 9 + k * 5}`} />
          ))}
        </g>
      );
    case 'box':
    case 'start-plain':
    case 'end-plain':
    case 'end-label':
      return null;
  }
}
