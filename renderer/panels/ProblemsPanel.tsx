import type { Issue } from '../../shared/model/issue';
import { useEditor, useSession } from '../session/SessionContext';

const SYMBOL = { error: '✖', warning: '▲', info: 'ℹ' } as const;

function location(issue: Issue): string {
  // A config file's problem names that file: the others are all in the open map.
  if (issue.rule === 'config' && issue.file) return `${issue.file}${issue.line !== undefined ? `:${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}` : ''}`;
  if (issue.line !== undefined) return `line ${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`;
  return issue.path.join('.');
}

/** Live validation: the same rules as the CLI; choosing a problem selects and reveals its element. */
export function ProblemsPanel() {
  const { revealElement, revealInSource, toggleProblems } = useSession();
  const sourceMode = useEditor((state) => state.sourceMode);
  const isBroken = useEditor((state) => state.doc?.brokenText !== undefined);
  const issues = useEditor((state) => state.issues);
  const isOpen = useEditor((state) => state.isProblemsOpen);
  if (!isOpen) return null;
  return (
    <section className="problems" aria-label="Problems">
      <header>
        <h2>
          Problems <span className="count">{issues.length}</span>
        </h2>
        <button type="button" className="small" onClick={toggleProblems} aria-label="Hide problems">
          Hide
        </button>
      </header>
      {issues.length === 0 ? (
        <p className="empty">No problems found.</p>
      ) : (
        <ul>
          {issues.map((issue, index) => (
            <li key={`${issue.rule}:${issue.path.join('.')}:${index}`}>
              <button
                type="button"
                className={`problem ${issue.severity}`}
                onClick={() => {
                  if (issue.elementId && !isBroken) revealElement(issue.elementId);
                  // With the source showing (or the text not a map), the problem's line is where it is fixed.
                  if (issue.line !== undefined && issue.rule !== 'config' && (sourceMode !== 'canvas' || isBroken)) revealInSource(issue.line, issue.column);
                }}
                aria-label={`${issue.severity}: ${issue.message}, ${location(issue)}, rule ${issue.rule}`}
              >
                <span className={`severity ${issue.severity}`} aria-hidden="true">
                  {SYMBOL[issue.severity]}
                </span>
                <span className="message">{issue.message}</span>
                <span className="where">
                  {location(issue)} · {issue.rule}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
