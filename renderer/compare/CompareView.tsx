import { useEffect, useMemo, useState } from 'react';
import type { MapChange } from '../../shared/diff/changeKinds';
import { parseMap } from '../../shared/yaml/parseMap';
import { diffOf } from './compareClient';
import { compareMarks, drawnElementsOf } from './compareMarks';
import { presentMap, type CompareMode } from '../session/editorStore';
import { useEditor, useSession } from '../session/SessionContext';

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

const MODES: readonly { mode: CompareMode; label: string }[] = [
  { mode: 'side-by-side', label: 'Side by side' },
  { mode: 'overlay', label: 'Overlay' },
  { mode: 'canvas', label: 'Marks on the canvas' },
];

/**
 * Compares the open map with another map (a library map, the reference it derives from, or a file)
 * using the same semantic diff as `swimlane diff`: the changes from this map to the other, grouped
 * by element kind. The two maps are drawn side by side or overlaid in place of the canvas (or the
 * canvas marks the activities that differ); choosing a change outlines its element in every pane
 * and selects it in the inspector.
 */
export function CompareView() {
  const { compareWith, focusCompared, kindOf, loadLibrary, mapFileChooser, setCompareMode, setCompareMarks, endComparison, toggleAnalysisPanel, libraryMaps: { readLibraryParsed } } = useSession();
  const map = useEditor(presentMap);
  const library = useEditor((state) => state.library);
  const compare = useEditor((state) => state.compare);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (library === null) void loadLibrary();
  }, [library]);
  const other = compare?.other ?? null;
  const diff = useMemo(() => (map && other ? diffOf(map, other) : null), [map, other]);
  useEffect(() => {
    setCompareMarks(diff && map && other ? compareMarks(diff, map, other) : new Map());
  }, [diff, map, other]);
  useEffect(() => endComparison, [endComparison]);

  const reference = map?.derivedFrom ? library?.find((entry) => entry.id === map.derivedFrom!.map) : undefined;
  const chooseLibraryMap = async (path: string) => {
    const entry = library?.find((candidate) => candidate.path === path);
    if (!entry) return;
    const parsed = await readLibraryParsed(entry);
    if (typeof parsed === 'string') {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    compareWith({ label: entry.title, map: parsed.value! });
  };
  const chooser = mapFileChooser();
  const chooseFile = async () => {
    let file: { name: string; text: string } | null;
    try {
      file = await chooser();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!file) return;
    const parsed = parseMap(file.text, file.name);
    if (!parsed.value) {
      setProblem(`${file.name} is not a valid map: ${parsed.issues[0]?.message ?? ''}`);
      return;
    }
    setProblem(null);
    compareWith({ label: file.name, map: parsed.value });
  };
  const chooseChange = (change: MapChange) => {
    if (!map || !other) return;
    const id = change.elementId ?? (change.path.length > 1 ? String(change.path[1]) : undefined);
    focusCompared(drawnElementsOf(change, map, other), id);
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
        <select id="compare-with" value={library?.find((entry) => entry.title === compare?.label)?.path ?? ''} onChange={(event) => void chooseLibraryMap(event.target.value)}>
          <option value="" disabled>
            a library map…
          </option>
          {library?.map((entry) => (
            <option key={entry.path} value={entry.path}>
              {entry.title} ({entry.kind})
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void chooseFile()}>
          A map file…
        </button>
        {reference ? (
          <button type="button" onClick={() => void chooseLibraryMap(reference.path)} title={`Compare with ${reference.title}, the reference this map derives from`}>
            Its reference ({reference.id})
          </button>
        ) : null}
      </div>
      {problem ? <p className="empty">{problem}</p> : null}
      {compare && diff ? (
        <>
          <fieldset className="compare-modes">
            <legend>Show</legend>
            {MODES.map(({ mode, label }) => (
              <label key={mode}>
                <input type="radio" name="compare-mode" value={mode} checked={compare.mode === mode} onChange={() => setCompareMode(mode)} /> {label}
              </label>
            ))}
          </fieldset>
          <p className="compare-summary">
            {diff.changes.length === 0 ? 'No semantic changes' : `${diff.changes.length} changes`} from this map to <strong>{compare.label}</strong>
            {diff.layout.length ? ` (and ${diff.layout.length} layout changes)` : ''}
          </p>
          {compare.mode === 'canvas' ? (
            <ul className="compare-legend" aria-label="Canvas marks">
              {MARK_LEGEND.map(([mark, meaning]) => (
                <li key={mark}>
                  <span className={`compare-badge ${mark}`}>{mark}</span> {meaning}
                </li>
              ))}
            </ul>
          ) : null}
          {groupChanges(diff.changes).map(([noun, changes]) => (
            <section key={noun} className="analysis-group" aria-label={GROUP_TITLES[noun] ?? noun}>
              <h3>
                {GROUP_TITLES[noun] ?? noun} <span className="count">{changes.length}</span>
              </h3>
              <ul>
                {changes.map((change, index) => {
                  const id = change.elementId ?? (change.path.length > 1 ? String(change.path[1]) : undefined);
                  const canReveal = map !== null && other !== null && id !== undefined && (kindOf(map, id) !== null || drawnElementsOf(change, map, other).length > 0);
                  return (
                    <li key={`${change.kind}:${change.path.join('.')}:${index}`}>
                      <button type="button" className="problem change" disabled={!canReveal} onClick={() => chooseChange(change)} aria-label={`${change.kind}: ${change.message}`}>
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
