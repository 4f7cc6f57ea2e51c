import { useEffect, useMemo, useState } from 'react';
import { diffMaps, type MapChange } from '../../shared/diff/diffMaps';
import type { ProcessMap } from '../../shared/model/schema';
import { parseMap } from '../../shared/yaml/parseMap';
import { kindOf, loadLibrary, mapFileChooser, revealElement, toggleAnalysisPanel } from '../state/editorActions';
import { readLibraryParsed } from '../state/libraryMaps';
import { compareMarks } from '../state/compareMarks';
import { editorStore, presentMap, useEditor } from '../state/editorStore';

interface OtherMap {
  readonly label: string;
  readonly map: ProcessMap;
}

const GROUP_TITLES: Readonly<Record<string, string>> = {
  map: 'Map',
  description: 'Workflow description',
  lane: 'Lanes',
  phase: 'Phases',
  activity: 'Activities',
  group: 'Coordination groups',
  initiation: 'Line starts',
  termination: 'Line ends',
  flow: 'Flows',
  trigger: 'Triggers',
  handoff: 'Handoffs',
  actor: 'Actors',
  deviation: 'Deviations',
};

const MARK_LEGEND = [
  ['removed', 'not in the other map'],
  ['moved', 'another actor performs it there'],
  ['changed', 'changed there'],
] as const;

/** Changes grouped by the element kind they concern (the part of the change kind before the dot), in first-seen order. */
function groupChanges(changes: readonly MapChange[]): [string, MapChange[]][] {
  const groups = new Map<string, MapChange[]>();
  for (const change of changes) {
    const noun = change.kind.split('.')[0]!;
    const group = groups.get(noun) ?? [];
    group.push(change);
    groups.set(noun, group);
  }
  return [...groups];
}

/**
 * Compares the open map with another map (a library map or a file) using the same semantic diff as
 * `swimlane diff`: the changes from this map to the other, grouped by element kind; choosing a
 * change selects its element, and while the view is open the canvas marks the activities that differ.
 */
export function CompareView() {
  const map = useEditor(presentMap);
  const library = useEditor((state) => state.library);
  const [other, setOther] = useState<OtherMap | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (library === null) void loadLibrary();
  }, [library]);
  const diff = useMemo(() => (map && other ? diffMaps(map, other.map) : null), [map, other]);
  useEffect(() => {
    editorStore.setState({ compareMarks: diff ? compareMarks(diff) : new Map() });
  }, [diff]);
  useEffect(() => () => editorStore.setState({ compareMarks: new Map() }), []);

  const chooseLibraryMap = async (path: string) => {
    const entry = library?.find((candidate) => candidate.path === path);
    if (!entry) return;
    const parsed = await readLibraryParsed(entry);
    if (typeof parsed === 'string') {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    setOther({ label: entry.title, map: parsed.value! });
  };
  const chooser = mapFileChooser();
  const chooseFile = async () => {
    const file = await chooser?.();
    if (!file) return;
    const parsed = parseMap(file.text, file.name);
    if (!parsed.value) {
      setProblem(`${file.name} is not a valid map: ${parsed.issues[0]?.message ?? ''}`);
      return;
    }
    setProblem(null);
    setOther({ label: file.name, map: parsed.value });
  };

  return (
    <section className="analysis-panel compare-view" aria-labelledby="compare-title">
      <header>
        <h2 id="compare-title">Compare</h2>
        <button type="button" className="small" onClick={() => toggleAnalysisPanel('compare')} aria-label="Close compare">
          Close
        </button>
      </header>
      <div className="compare-choice">
        <label htmlFor="compare-with">Compare this map with</label>
        <select id="compare-with" defaultValue="" onChange={(event) => void chooseLibraryMap(event.target.value)}>
          <option value="" disabled>
            a library map…
          </option>
          {library?.map((entry) => (
            <option key={entry.path} value={entry.path}>
              {entry.title} ({entry.kind})
            </option>
          ))}
        </select>
        {chooser ? (
          <button type="button" onClick={() => void chooseFile()}>
            A map file…
          </button>
        ) : null}
      </div>
      {problem ? <p className="empty">{problem}</p> : null}
      {other && diff ? (
        <>
          <p className="compare-summary">
            {diff.changes.length === 0 ? 'No semantic changes' : `${diff.changes.length} changes`} from this map to <strong>{other.label}</strong>
            {diff.layout.length ? ` (and ${diff.layout.length} layout changes)` : ''}
          </p>
          <ul className="compare-legend" aria-label="Canvas marks">
            {MARK_LEGEND.map(([mark, meaning]) => (
              <li key={mark}>
                <span className={`compare-badge ${mark}`}>{mark}</span> {meaning}
              </li>
            ))}
          </ul>
          {groupChanges(diff.changes).map(([noun, changes]) => (
            <section key={noun} className="analysis-group" aria-label={GROUP_TITLES[noun] ?? noun}>
              <h3>
                {GROUP_TITLES[noun] ?? noun} <span className="count">{changes.length}</span>
              </h3>
              <ul>
                {changes.map((change, index) => {
                  const id = change.elementId ?? (change.path.length > 1 ? String(change.path[1]) : undefined);
                  const canReveal = map !== null && id !== undefined && kindOf(map, id) !== null;
                  return (
                    <li key={`${change.kind}:${change.path.join('.')}:${index}`}>
                      <button type="button" className="problem change" disabled={!canReveal} onClick={() => id && revealElement(id)} aria-label={`${change.kind}: ${change.message}`}>
                        <span className="message">{change.message}</span>
                        <span className="where">{change.kind}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      ) : null}
    </section>
  );
}
