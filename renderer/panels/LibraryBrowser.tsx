import { useEffect, useState } from 'react';
import { type ReferenceMap } from '../session/libraryActions';
import { TailorDialog } from '../dialogs/TailorDialog';
import { useEditor, useSession } from '../session/SessionContext';

/** The model library: each map with its description; open it, or start a tailored copy. */
export function LibraryBrowser() {
  const { loadLibrary, openLibraryMap, readReference, showEditor } = useSession();
  const library = useEditor((state) => state.library);
  const hasDocument = useEditor((state) => state.doc !== null);
  const [tailoring, setTailoring] = useState<ReferenceMap | null>(null);
  useEffect(() => {
    if (library === null) void loadLibrary();
  }, [library]);
  return (
    <main className="library" aria-labelledby="library-title">
      <header>
        <h1 id="library-title">Model library</h1>
        <p>Reference process maps to start from. “New map from this reference” lets you choose who performs each activity and starts your organisation’s as-is or to-be map from it.</p>
        {hasDocument ? (
          <button type="button" onClick={showEditor}>
            Back to the open map
          </button>
        ) : null}
      </header>
      {library === null ? <p>Loading…</p> : null}
      {library?.length === 0 ? <p>The library is empty.</p> : null}
      <ul className="library-list">
        {library?.map((entry) => (
          <li key={entry.path} className="library-card">
            <h2>{entry.title}</h2>
            <p className="muted">
              {entry.kind} · <code>{entry.id}</code>
              {entry.counts ? ` · ${Object.entries(entry.counts).map(([name, count]) => `${count} ${name}`).join(', ')}` : ''}
            </p>
            {entry.summary ? <p>{entry.summary}</p> : null}
            <div className="button-row">
              <button type="button" onClick={() => void openLibraryMap(entry)} aria-label={`Open ${entry.title}`}>
                Open
              </button>
              <button type="button" className="primary" onClick={() => void readReference(entry).then(setTailoring)} aria-label={`New map from ${entry.title}`}>
                New map from this reference
              </button>
            </div>
          </li>
        ))}
      </ul>
      {tailoring ? <TailorDialog reference={tailoring} onClose={() => setTailoring(null)} /> : null}
    </main>
  );
}
