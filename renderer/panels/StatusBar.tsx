import { countOf } from '../../shared/text/plural';
import { useEditor, useSession } from '../session/SessionContext';

/** Severity counts (a button that shows the problems), the last action, and the selection. */
export function StatusBar() {
  const { ruleConfigLabel, toggleProblems } = useSession();
  const counts = useEditor((state) => {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const issue of state.issues) {
      if (issue.severity === 'error') errors++;
      else if (issue.severity === 'warning') warnings++;
      else infos++;
    }
    return `${errors},${warnings},${infos}`;
  });
  const [errors, warnings, infos] = counts.split(',').map(Number);
  const status = useEditor((state) => state.status);
  const configFiles = useEditor((state) => state.ruleConfig.files);
  const configProblems = useEditor((state) => state.ruleConfig.issues.length);
  const selected = useEditor((state) => state.selection.length);
  const size = useEditor((state) => {
    const map = state.doc?.history.present;
    return map ? `${countOf(Object.keys(map.activities).length, 'activity', 'activities')} · ${countOf(Object.keys(map.lanes ?? {}).length, 'lane')}` : '';
  });
  return (
    <footer className="status-bar">
      <button type="button" className="counts" onClick={toggleProblems} aria-label={`${errors} errors, ${warnings} warnings, ${infos} infos. Show or hide problems.`}>
        <span className="severity error" data-testid="error-count">
          ✖ {errors}
        </span>
        <span className="severity warning" data-testid="warning-count">
          ▲ {warnings}
        </span>
        <span className="severity info">ℹ {infos}</span>
      </button>
      <span className="status" role="status" aria-live="polite">
        {status}
      </span>
      <span className="spacer" />
      {selected ? <span>{selected} selected</span> : null}
      <span
        className={`rule-config${configProblems ? ' has-problems' : ''}`}
        data-testid="rule-config"
        title={configFiles.length ? `Rules configured by ${configFiles.join(', ')} (as the swimlane CLI uses them)` : 'No swimlane.config.yaml applies: every rule at its default severity'}
      >
        Rules: {ruleConfigLabel(configFiles)}
        {configProblems ? ` (${configProblems} config ${configProblems === 1 ? 'problem' : 'problems'})` : ''}
      </span>
      <span>{size}</span>
    </footer>
  );
}
