import { useEffect, useRef, useState } from 'react';
import type { MapKind } from '../../shared/model/schema';
import { newFromReference, type ReferenceMap } from '../state/editorActions';
import { defaultAssignment } from '../state/startTailoredMap';

const NO_PERFORMER = '';

/**
 * Tailoring a reference: one row per activity, each with a choice of who performs it among the
 * activity's key people (the first by default). The chosen people become the new map's lanes.
 */
export function TailorDialog({ reference, onClose }: { reference: ReferenceMap; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [assign, setAssign] = useState<Record<string, string>>(() => ({ ...defaultAssignment(reference.map) }));
  const [kind, setKind] = useState<Exclude<MapKind, 'reference'>>('as-is');
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const lanes = [...new Set(Object.values(assign).filter((person) => person !== NO_PERFORMER))];
  const create = () => {
    const chosen = Object.fromEntries(Object.entries(assign).filter(([, person]) => person !== NO_PERFORMER));
    onClose();
    void newFromReference(reference, { assign: chosen, kind });
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
        <p>Choose who performs each activity in your organisation. Each chosen person becomes a lane.</p>
        <label className="tailor-kind">
          Kind of map{' '}
          <select value={kind} onChange={(event) => setKind(event.target.value as Exclude<MapKind, 'reference'>)}>
            <option value="as-is">as-is (how it is done today)</option>
            <option value="to-be">to-be (how it should be done)</option>
          </select>
        </label>
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
                      <select id={`tailor-${id}`} value={assign[id] ?? NO_PERFORMER} onChange={(event) => setAssign({ ...assign, [id]: event.target.value })}>
                        {candidates.map((person) => (
                          <option key={person} value={person}>
                            {person}
                          </option>
                        ))}
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
