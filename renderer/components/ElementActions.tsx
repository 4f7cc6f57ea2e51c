import { useId, useState } from 'react';
import { flowsDescribedByHandoffs } from '../../shared/model/mapQueries';
import {
  addActivity,
  addHandoffForFlow,
  addInitiationTo,
  addTerminationFrom,
  addTrigger,
  groupSelection,
  connect,
  copySelection,
  deleteSelection,
  revealElement,
  select,
  shiftActivityLane,
  shiftLane,
} from '../state/editorActions';
import { useEditor, type ElementRef } from '../state/editorStore';

/** The buttons that act on the selection: connect, add after, move between lanes, add a handoff, delete. */
export function ElementActions({ selection }: { selection: readonly ElementRef[] }) {
  const map = useEditor((state) => state.doc?.history.present ?? null);
  const targetId = useId();
  const [target, setTarget] = useState('');
  // The target list may hold every activity of a big map: it is built only once the field is used.
  const [isChoosing, setChoosing] = useState(false);
  if (!map) return null;
  const only = selection.length === 1 ? selection[0] : undefined;
  const flows = Object.entries(map.flows ?? {});
  const targets: (readonly [string, string])[] =
    isChoosing && only
      ? [
          ...Object.entries(map.activities).map(([id, activity]) => [id, `${id}: ${activity.name}`] as const),
          ...Object.keys(map.terminations ?? {}).map((id) => [id, id] as const),
        ].filter(([id]) => id !== only.id)
      : [];

  return (
    <div className="element-actions">
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
          <button type="button" disabled={!target} onClick={() => target && connect(only.id, target)}>
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
      {only?.kind === 'flow' ? <FlowHandoffs flowId={only.id} described={flowsDescribedByHandoffs(map).get(only.id) ?? []} /> : null}
      {only && (only.kind === 'activity' || only.kind === 'initiation' || only.kind === 'termination') ? (
        <nav className="related" aria-label={`Flows of ${only.id}`}>
          {flows
            .filter(([, flow]) => flow.from === only.id || flow.to === only.id)
            .map(([id, flow]) => (
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
          <button type="button" className="danger" onClick={deleteSelection} title="Delete">
            Delete
          </button>
        </div>
      ) : null}
    </div>
  );
}

function FlowHandoffs({ flowId, described }: { flowId: string; described: readonly string[] }) {
  return (
    <div className="button-row">
      {described.map((id) => (
        <button key={id} type="button" className="link" onClick={() => revealElement(id)}>
          Handoff {id}
        </button>
      ))}
      {described.length === 0 ? (
        <button type="button" onClick={() => addHandoffForFlow(flowId)}>
          Add handoff for this flow
        </button>
      ) : null}
    </div>
  );
}
