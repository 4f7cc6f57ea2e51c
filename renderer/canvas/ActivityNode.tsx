import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { NodeGeometry } from '../../shared/layout/geometry';
import { elementKey } from '../../shared/diff/overlayMaps';
import { useEditor } from '../session/SessionContext';

export type ActivityNodeData = { readonly geometry: NodeGeometry };
export type ActivityFlowNode = Node<ActivityNodeData, 'activity'>;

/**
 * An activity box. Its text comes from the layout's wrapped lines (the same as the SVG export);
 * while a rename waits for the next layout, the live name is shown so typing appears at once.
 */
export const ActivityNode = memo(function ActivityNode({ id, data, selected }: NodeProps<ActivityFlowNode>) {
  const name = useEditor((state) => state.doc?.history.present.activities[id]?.name);
  const laidOutName = useEditor((state) => state.geometryMap?.activities[id]?.name);
  const severity = useEditor((state) => state.issueIndex.get(id));
  const mark = useEditor((state) => state.compareMarks.get(elementKey('activities', id)));
  const { geometry } = data;
  const text = geometry.text;
  const isCurrent = text !== undefined && name === laidOutName;
  // Until the layout catches up, show the live name the way the layout labels boxes (with the id when it does).
  const livePrefix = text?.block.lines[0]?.startsWith(`${id}: `) ? `${id}: ` : '';
  return (
    <div className={`activity${selected ? ' selected' : ''}${severity ? ` has-${severity}` : ''}${mark ? ` compare-${mark}` : ''}`} style={{ width: geometry.width, height: geometry.height }}>
      <Handle type="target" position={Position.Left} className="port" aria-label={`Connect a flow into ${id}`} />
      {isCurrent && text ? (
        <div
          className="activity-text"
          style={{
            top: text.y - geometry.y,
            fontSize: text.block.font.size,
            lineHeight: `${text.block.lineHeight}px`,
          }}
        >
          {text.block.lines.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      ) : (
        <div className="activity-text live">
          {livePrefix}
          {name}
        </div>
      )}
      {geometry.triggers.map((badge) => (
        <span
          key={badge.number}
          className="trigger-badge"
          style={{ left: badge.center.x - geometry.x - 7, top: badge.center.y - geometry.y - 7 }}
          aria-label={`Started by trigger ${badge.number}`}
        >
          {badge.number}
        </span>
      ))}
      {severity ? <span className={`node-problem ${severity}`} aria-hidden="true" /> : null}
      {mark ? <span className={`compare-badge ${mark}`}>{mark}</span> : null}
      <Handle type="source" position={Position.Right} className="port" aria-label={`Connect a flow out of ${id}`} />
    </div>
  );
});
