import { memo, useId, useMemo, useState } from 'react';
import { flowsDescribedByHandoffs } from '../../shared/model/mapQueries';
import { EditableFields } from './EditableFields';
import { isMapReadOnly, type ElementRef } from '../session/editorStore';
import { useEditor, useSession } from '../session/SessionContext';

/**
 * The buttons that act on the selection: connect, add after, move between lanes, add a handoff, delete.
 * It reads the whole map only while its connect list is open or a flow is selected; otherwise only
 * the flows, so typing an activity's name (which changes neither) does not re-render it.
 */
export const ElementActions = memo(function ElementActions({ selection }: { selection: readonly ElementRef[] }) {
  const { addActivity, addInitiationTo, addTerminationFrom, addTrigger, groupSelection, connect, copySelection, deleteSelection, select, shiftActivityLane, shiftLane } = useSession();
  const targetId = useId();
  // The chosen target belongs to one source: another selection starts with none, so one click cannot make an unwanted flow.
  const [choice, setChoice] = useState({ source: '', target: '' });
  // The target list may hold every activity of a big map: it is built only once the field is used.
  const [isChoosing, setChoosing] = useState(false);
  const only = selection.length === 1 ? selection[0] : undefined;
  const hasMap = useEditor((state) => state.doc !== null);
  // A read-only map keeps the ways to look around (related flows, handoffs, Copy), not the edits.
  const isReadOnly = useEditor(isMapReadOnly);
  const flowRecord = useEditor((state) => state.doc?.history.present.flows);
  const map = useEditor((state) => (isChoosing || only?.kind === 'flow' ? (state.doc?.history.present ?? null) : null));
  const onlyId = only?.id;
  const target = choice.source === onlyId ? choice.target : '';
  const setTarget = (value: string) => setChoice({ source: onlyId ?? '', target: value });
  const related = useMemo(
    () => Object.entries(flowRecord ?? {}).filter(([, flow]) => flow.from === onlyId || flow.to === onlyId),
    [flowRecord, onlyId],
  );
  if (!hasMap) return null;
  const targets: (readonly [string, string])[] =
    map && isChoosing && only
      ? [
          ...Object.entries(map.activities).map(([id, activity]) => [id, `${id}: ${activity.name}`] as const),
          ...Object.keys(map.terminations ?? {}).map((id) => [id, id] as const),
        ].filter(([id]) => id !== only.id)
      : [];

  return (
    <div className="element-actions">
      <EditableFields>
        {only?.kind === 'activity' || only?.kind === 'initiation' ? (
          <div className="connect-row">
            <label htmlFor={targetId}>Connect to</label>
            <select
              id={targetId}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              onFocus={() => setChoosing(true)}
              onPointerDown={() => setChoosing(true)}
            >
              <option value="">—</option>
              {targets.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
            <button type="button" disabled={!target} onClick={() => {
                if (!target) return;
                setTarget('');
                connect(only.id, target);
              }}>
              Connect
            </button>
          </div>
        ) : null}
        {only?.kind === 'activity' ? (
          <div className="button-row">
            <button type="button" onClick={() => addActivity()} title="N">
              Add activity after
            </button>
            <button type="button" onClick={() => shiftActivityLane(only.id, -1)} title="Alt+Up">
              To lane above
            </button>
            <button type="button" onClick={() => shiftActivityLane(only.id, 1)} title="Alt+Down">
              To lane below
            </button>
          </div>
        ) : null}
        {selection.some((ref) => ref.kind === 'activity') ? (
          <div className="button-row">
            <button type="button" onClick={() => groupSelection()}>
              Group
            </button>
            <button type="button" onClick={() => addTrigger()}>
              Add trigger
            </button>
            {only?.kind === 'activity' ? (
              <>
                <button type="button" onClick={() => addInitiationTo(only.id)}>
                  Add start
                </button>
                <button type="button" onClick={() => addTerminationFrom(only.id)}>
                  Add end
                </button>
              </>
            ) : null}
          </div>
        ) : null}
        {only?.kind === 'lane' ? (
          <div className="button-row">
            <button type="button" onClick={() => shiftLane(only.id, -1)}>
              Move lane up
            </button>
            <button type="button" onClick={() => shiftLane(only.id, 1)}>
              Move lane down
            </button>
          </div>
        ) : null}
      </EditableFields>
      {only?.kind === 'flow' && map ? <FlowHandoffs flowId={only.id} described={flowsDescribedByHandoffs(map).get(only.id) ?? []} isReadOnly={isReadOnly} /> : null}
      {only && (only.kind === 'activity' || only.kind === 'initiation' || only.kind === 'termination') ? (
        <nav className="related" aria-label={`Flows of ${only.id}`}>
          {related.map(([id, flow]) => (
            <button key={id} type="button" className="link" onClick={() => select([{ kind: 'flow', id }])}>
              {flow.from === only.id ? `→ ${flow.to}` : `← ${flow.from}`} <span className="muted">({id})</span>
            </button>
          ))}
        </nav>
      ) : null}
      {selection.length > 0 && selection.some((ref) => ref.kind !== 'map') ? (
        <div className="button-row">
          {selection.some((ref) => ref.kind === 'activity') ? (
            <button type="button" onClick={copySelection} title="Ctrl+C">
              Copy
            </button>
          ) : null}
          <button type="button" className="danger" onClick={deleteSelection} title="Delete" disabled={isReadOnly}>
            Delete
          </button>
        </div>
      ) : null}
    </div>
  );
});

function FlowHandoffs({ flowId, described, isReadOnly }: { flowId: string; described: readonly string[]; isReadOnly: boolean }) {
  const { addHandoffForFlow, revealElement } = useSession();
  return (
    <div className="button-row">
      {described.map((id) => (
        <button key={id} type="button" className="link" onClick={() => revealElement(id)}>
          Handoff {id}
        </button>
      ))}
      {described.length === 0 ? (
        <button type="button" onClick={() => addHandoffForFlow(flowId)} disabled={isReadOnly}>
          Add handoff for this flow
        </button>
      ) : null}
    </div>
  );
}
