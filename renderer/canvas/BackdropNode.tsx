import { memo, useMemo } from 'react';
import { useStore } from '@xyflow/react';
import { FAR_NODE_LIMIT, FAR_ZOOM } from './levelOfDetail';
import { CanvasLabel } from './CanvasLabel';
import { EdgeLayer } from './EdgeLayer';
import { FarPicture } from './FarPicture';
import { LaneHeader } from './LaneHeader';
import { SvgText } from './SvgText';
import { useEditor } from '../session/SessionContext';

/**
 * The one background layer of the canvas: lane bands, phase columns, coordination groups, trigger
 * notes and every flow line with its labels, drawn as a single SVG under the activity nodes.
 */
export const BackdropNode = memo(function BackdropNode() {
  const geometry = useEditor((state) => state.geometry);
  const dragging = useStore((state) => draggingKey(state.nodeLookup));
  const draggingIds = useMemo(() => new Set(dragging ? dragging.split('\n') : []), [dragging]);
  const isSimplified = useStore((state) => state.transform[2] < FAR_ZOOM) && (geometry?.nodes.length ?? 0) > FAR_NODE_LIMIT;
  const theme = useEditor((state) => state.theme);
  if (!geometry) return null;
  if (isSimplified) {
    // Far out on a big map: one painted picture, plus the lane headers (few, and keyboard stops).
    return (
      <svg className="backdrop" width={geometry.width} height={geometry.height} role="presentation">
        <FarPicture geometry={geometry} theme={theme} />
        {geometry.lanes.map((lane, index) => (
          <LaneHeader key={lane.id} lane={lane} index={index} count={geometry.lanes.length} />
        ))}
      </svg>
    );
  }
  return (
    <svg className="backdrop" width={geometry.width} height={geometry.height} aria-hidden="false" role="presentation">
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
        </marker>
      </defs>
      <g className="phases">
        {geometry.phases.map((phase, index) => (
          <g key={phase.id} className="phase">
            <rect x={phase.x} y={phase.y} width={phase.width} height={phase.height} className={index % 2 ? 'phase-band odd' : 'phase-band'} />
            <CanvasLabel target={{ kind: 'phase', id: phase.id }} label={`Phase ${phase.label.block.lines.join(' ')}`}>
              <rect x={phase.header.x} y={phase.header.y} width={phase.header.width} height={phase.header.height} className="label-hit" />
              <SvgText text={phase.label} className="phase-label" />
            </CanvasLabel>
          </g>
        ))}
      </g>
      <g className="lanes">
        {geometry.lanes.map((lane, index) => (
          <g key={lane.id} className="lane">
            <rect
              x={lane.x}
              y={lane.y}
              width={lane.width}
              height={lane.height}
              className={geometry.phases.length ? 'lane-band clear' : index % 2 ? 'lane-band odd' : 'lane-band'}
            />
          </g>
        ))}
      </g>
      <g className="groups">
        {geometry.groups.map((group) => (
          <g key={group.id} className="group">
            <rect x={group.x} y={group.y} width={group.width} height={group.height} rx={6} className="group-box" />
            <CanvasLabel target={{ kind: 'group', id: group.id }} label={`Coordination group ${group.label?.block.lines.join(' ') ?? group.id}`}>
              {group.label ? (
                <SvgText text={group.label} className="group-label" />
              ) : (
                <rect x={group.x} y={group.y} width={16} height={16} className="label-hit" />
              )}
            </CanvasLabel>
          </g>
        ))}
      </g>
      <SvgText text={geometry.title} className="map-title" />
      {geometry.triggerPanel ? (
        <g className="triggers">
          {geometry.triggerNotes.map((note) => (
            <CanvasLabel key={note.number} target={{ kind: 'trigger', id: note.number }} label={`Trigger ${note.number}`}>
              <rect x={note.x} y={note.y} width={note.width} height={note.height} className="trigger-note" />
              <SvgText text={note.text} className="trigger-text" />
            </CanvasLabel>
          ))}
        </g>
      ) : null}
      <EdgeLayer edges={geometry.edges} hidden={draggingIds} />
      {geometry.lanes.map((lane, index) => (
        <LaneHeader key={lane.id} lane={lane} index={index} count={geometry.lanes.length} />
      ))}
    </svg>
  );
});

/** Ids of the nodes being dragged, as one string so the selector result is stable between frames. */
function draggingKey(lookup: ReadonlyMap<string, { dragging?: boolean; id: string }>): string {
  let key = '';
  for (const node of lookup.values()) if (node.dragging) key += (key ? '\n' : '') + node.id;
  return key;
}
