import { canRedo, canUndo } from '../../shared/edits/history';
import { isDirty, isMapReadOnly } from '../session/editorStore';
import { useEditor, useSession } from '../session/SessionContext';
import { PAGE_EXPORT_FORMATS } from '../export/exportMap';

/** File, edit and view commands; each names its keyboard shortcut. */
export function Toolbar() {
  const { addActivity, addLane, addPhase, autoLayout, exportAs, newMap, openFile, redo, save, saveAs, showLibrary, toggleAnalysisPanel, toggleTheme, undo } = useSession();
  const name = useEditor((state) => state.doc?.name ?? null);
  const dirty = useEditor(isDirty);
  const isReadOnly = useEditor(isMapReadOnly);
  const readOnlyReason = useEditor((state) => state.doc?.readOnlyReason);
  const hasConflicts = useEditor((state) => state.doc?.conflictLines !== undefined);
  const undoLabel = useEditor((state) => (state.doc && canUndo(state.doc.history) ? state.doc.history.past.at(-1)?.label : undefined));
  const redoLabel = useEditor((state) => (state.doc && canRedo(state.doc.history) ? state.doc.history.future.at(-1)?.label : undefined));
  const theme = useEditor((state) => state.theme);
  const isTailored = useEditor((state) => state.doc?.history.present.derivedFrom !== undefined);
  const analysisPanel = useEditor((state) => state.analysisPanel);
  const hasDoc = name !== null;
  return (
    <header className="toolbar" role="toolbar" aria-label="Commands">
      <span className="app-name">Swimlane Studio</span>
      <div className="group" role="group" aria-label="File">
        <button type="button" onClick={newMap} title="New (Ctrl+Alt+N)">
          New
        </button>
        <button type="button" onClick={() => void openFile()} title="Open (Ctrl+O)">
          Open…
        </button>
        <button type="button" onClick={() => void save()} disabled={!hasDoc || hasConflicts} title="Save (Ctrl+S)">
          Save
        </button>
        <button type="button" onClick={() => void saveAs()} disabled={!hasDoc || hasConflicts} title="Save As (Ctrl+Shift+S)">
          Save As…
        </button>
      </div>
      <div className="group" role="group" aria-label="Export">
        <span className="group-label" aria-hidden="true">
          Export
        </span>
        {PAGE_EXPORT_FORMATS.map((format) => (
          <button key={format.id} type="button" onClick={() => void exportAs(format)} disabled={!hasDoc} aria-label={`Export ${format.label}`}>
            {format.label}
          </button>
        ))}
      </div>
      <div className="group" role="group" aria-label="Edit">
        <button type="button" onClick={undo} disabled={!undoLabel} title={`Undo ${undoLabel ?? ''} (Ctrl+Z)`} aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!redoLabel} title={`Redo ${redoLabel ?? ''} (Ctrl+Shift+Z)`} aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'}>
          Redo
        </button>
        <button type="button" onClick={() => addActivity()} disabled={!hasDoc || isReadOnly} title="Add activity (N)">
          + Activity
        </button>
        <button type="button" onClick={() => addLane()} disabled={!hasDoc || isReadOnly} title="Add lane (L)">
          + Lane
        </button>
        <button type="button" onClick={() => addPhase()} disabled={!hasDoc || isReadOnly} title="Add a phase (column)">
          + Phase
        </button>
        <button type="button" onClick={autoLayout} disabled={!hasDoc || isReadOnly} title="Drop pinned positions and lay out again">
          Auto-layout
        </button>
      </div>
      <div className="group" role="group" aria-label="View">
        <button type="button" onClick={showLibrary}>
          Library
        </button>
        <button
          type="button"
          onClick={() => toggleAnalysisPanel('gap')}
          disabled={!hasDoc || !isTailored}
          aria-pressed={analysisPanel === 'gap'}
          title={isTailored ? 'Gap report against the reference this map derives from' : 'Only for maps derived from a reference'}
        >
          Gap
        </button>
        <button type="button" onClick={() => toggleAnalysisPanel('compare')} disabled={!hasDoc} aria-pressed={analysisPanel === 'compare'} title="Compare with another map">
          Compare
        </button>
        <button type="button" onClick={toggleTheme} aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}>
          {theme === 'light' ? 'Dark theme' : 'Light theme'}
        </button>
      </div>
      <span className="document-name" data-testid="document-name">
        {name ? `${name}${dirty ? ' •' : ''}` : ''}
        {dirty ? <span className="sr-only"> (unsaved changes)</span> : null}
        {isReadOnly ? (
          <span className="badge" title={readOnlyReason}>
            {hasConflicts ? 'read-only: merge conflicts' : 'read-only'}
          </span>
        ) : null}
      </span>
    </header>
  );
}
