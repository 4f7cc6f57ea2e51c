import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapKind } from '../../shared/model/schema';
import { type ReferenceMap } from '../session/libraryActions';
import { assignmentFromChoices, defaultAssignment, type PerformerChoice } from '../session/startTailoredMap';
import { useSession } from '../session/SessionContext';

const NO_PERFORMER = '';

/** A choice as the value of a `<select>` option: `key:<name>`, `actor:<id>` or `new:<name>`. */
function encode(choice: PerformerChoice): string {
  return choice.source === 'key' ? `key:${choice.name}` : choice.source === 'catalogue' ? `actor:${choice.id}` : `new:${choice.name}`;
}

function decode(value: string): PerformerChoice | undefined {
  if (value.startsWith('key:')) return { source: 'key', name: value.slice(4) };
  if (value.startsWith('actor:')) return { source: 'catalogue', id: value.slice(6) };
  if (value.startsWith('new:')) return { source: 'new', name: value.slice(4) };
  return undefined;
}

/**
 * Tailoring a reference: one row per activity, each with a choice of who performs it among the
 * activity's key people (the first by default), the actors of the reference folder's catalogue, and
 * new actors typed in above the table. The chosen people become the new map's lanes.
 */
export function TailorDialog({ reference, onClose }: { reference: ReferenceMap; onClose: () => void }) {
  const { newFromReference } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(defaultAssignment(reference.map)).map(([id, name]) => [id, encode({ source: 'key', name })])),
  );
  const [kind, setKind] = useState<Exclude<MapKind, 'reference'>>('as-is');
  const [newActors, setNewActors] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const catalogue = useMemo(() => Object.entries(reference.catalogue).sort(([, a], [, b]) => a.name.localeCompare(b.name)), [reference.catalogue]);
  const catalogueFile = `${reference.entry.path.split('/').slice(0, -1).join('/') || '.'}/actors.yaml`;
  const request = assignmentFromChoices(Object.fromEntries(Object.entries(choice).map(([id, value]) => [id, decode(value)])), reference.catalogue);
  const lanes = [...new Set(Object.values(request.assign))].map((id) => request.actors[id]?.name ?? id);
  const create = () => {
    onClose();
    void newFromReference(reference, { ...request, kind });
  };
  const addActor = () => {
    const name = typed.trim();
    if (!name) return;
    if (!newActors.some((actor) => actor.toLowerCase() === name.toLowerCase())) setNewActors([...newActors, name]);
    setTyped('');
  };
  return (
    <dialog ref={dialog} className="tailor-dialog" aria-labelledby="tailor-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <h2 id="tailor-title">New map from {reference.entry.title}</h2>
        <p>
          Choose who performs each activity in your organisation: one of the reference’s key people, an actor of the catalogue{' '}
          {catalogue.length ? <code>{catalogueFile}</code> : null}, or a new actor you add below. Each chosen performer becomes a lane.
        </p>
        <label className="tailor-kind">
          Kind of map{' '}
          <select value={kind} onChange={(event) => setKind(event.target.value as Exclude<MapKind, 'reference'>)}>
            <option value="as-is">as-is (how it is done today)</option>
            <option value="to-be">to-be (how it should be done)</option>
          </select>
        </label>
        <div className="tailor-new-actor">
          <label htmlFor="tailor-new-actor">New actor</label>
          <input
            id="tailor-new-actor"
            type="text"
            value={typed}
            placeholder="e.g. Service desk"
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addActor();
              }
            }}
          />
          <button type="button" onClick={addActor} disabled={!typed.trim()}>
            Add actor
          </button>
          {newActors.length ? <span className="muted">Added: {newActors.join(', ')}</span> : null}
        </div>
        <div className="tailor-table-wrap">
          <table className="tailor-table">
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Performed by</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(reference.map.activities).map(([id, activity]) => {
                const candidates = activity.keyPeople ?? [];
                return (
                  <tr key={id}>
                    <th scope="row">
                      <label htmlFor={`tailor-${id}`}>
                        <code>{id}</code> {activity.name}
                      </label>
                    </th>
                    <td>
                      <select id={`tailor-${id}`} value={choice[id] ?? NO_PERFORMER} onChange={(event) => setChoice({ ...choice, [id]: event.target.value })}>
                        {candidates.length ? (
                          <optgroup label="Key people of this activity">
                            {candidates.map((person) => (
                              <option key={person} value={encode({ source: 'key', name: person })}>
                                {person}
                              </option>
                            ))}
                          </optgroup>
                        ) : null}
                        {newActors.length ? (
                          <optgroup label="New actors">
                            {newActors.map((name) => (
                              <option key={name} value={encode({ source: 'new', name })}>
                                {name} (new)
                              </option>
                            ))}
                          </optgroup>
                        ) : null}
                        {catalogue.length ? (
                          <optgroup label={`Actor catalogue (${catalogue.length})`}>
                            {catalogue.map(([actorId, actor]) => (
                              <option key={actorId} value={encode({ source: 'catalogue', id: actorId })}>
                                {actor.name}
                                {actor.kind === 'role' ? '' : ` (${actor.kind})`}
                              </option>
                            ))}
                          </optgroup>
                        ) : null}
                        <option value={NO_PERFORMER}>{candidates.length ? 'Nobody yet (no lane)' : 'Nobody yet (the reference names no key people)'}</option>
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="muted">
          {lanes.length} lanes: {lanes.join(', ') || 'none'}
        </p>
        <div className="button-row">
          <button type="submit" className="primary">
            Create map
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
