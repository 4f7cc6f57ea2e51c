import { useEffect, useState } from 'react';
import type { GapItem, GapKind, GapReport } from '../../shared/tailor/gapReport';
import { presentMap } from '../session/editorStore';
import { useEditor, useSession } from '../session/SessionContext';

const SECTIONS: readonly { readonly kind: GapKind; readonly title: string }[] = [
  { kind: 'activity-without-actor', title: 'Activities nobody performs' },
  { kind: 'handoff-without-procedure', title: 'Weak handoffs (across units, no written procedure)' },
  { kind: 'missing', title: 'In the reference, missing here' },
  { kind: 'added', title: 'Added (not in the reference)' },
  { kind: 'changed', title: 'Changed from the reference' },
  { kind: 'uncovered-key-role', title: 'Key roles no lane covers' },
];

const SYMBOL = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/**
 * The gap report of the open map against the reference it derives from (the same report as
 * `swimlane gap`). Choosing an item that names an element of this map selects and reveals it.
 */
export function GapPanel() {
  const { kindOf, loadLibrary, revealElement, toggleAnalysisPanel, libraryMaps: { gapAgainstReference } } = useSession();
  const map = useEditor(presentMap);
  const library = useEditor((state) => state.library);
  const [result, setResult] = useState<GapReport | string | null>(null);
  useEffect(() => {
    if (library === null) void loadLibrary();
  }, [library]);
  useEffect(() => {
    if (!map || library === null) return;
    let isCurrent = true;
    void gapAgainstReference(map, library).then(
      (report) => isCurrent && setResult(report),
      (error: unknown) => isCurrent && setResult(`The gap report failed: ${String(error)}`),
    );
    return () => {
      isCurrent = false;
    };
  }, [map, library]);
  const isInMap = (item: GapItem): boolean => item.side === 'tailored' && map !== null && kindOf(map, item.elementId) !== null;
  return (
    <section className="analysis-panel gap-panel" aria-labelledby="gap-title">
      <header>
        <h2 id="gap-title">
          Gap report{typeof result === 'object' && result ? <span className="count"> against {result.reference}</span> : null}
        </h2>
        <button type="button" className="small" onClick={() => toggleAnalysisPanel('gap')} aria-label="Close gap report">
          Close
        </button>
      </header>
      {result === null ? <p className="empty">Comparing with the reference…</p> : null}
      {typeof result === 'string' ? <p className="empty">{result}</p> : null}
      {typeof result === 'object' && result?.items.length === 0 ? <p className="empty">No gaps: the map matches its reference.</p> : null}
      {typeof result === 'object' && result
        ? SECTIONS.map(({ kind, title }) => {
            const items = result.items.filter((item) => item.kind === kind);
            if (items.length === 0) return null;
            return (
              <section key={kind} className="analysis-group" aria-label={title}>
                <h3>
                  {title} <span className="count">{items.length}</span>
                </h3>
                <ul>
                  {items.map((item, index) => (
                    <li key={`${item.path.join('.')}:${index}`}>
                      <button
                        type="button"
                        className={`problem ${item.severity}`}
                        disabled={!isInMap(item)}
                        onClick={() => revealElement(item.elementId)}
                        aria-label={`${item.severity}: ${item.message}`}
                      >
                        <span className={`severity ${item.severity}`} aria-hidden="true">
                          {SYMBOL[item.severity]}
                        </span>
                        <span className="message">{item.message}</span>
                        <span className="where">{item.side === 'reference' ? 'reference' : item.elementId}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        : null}
    </section>
  );
}
