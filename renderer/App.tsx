import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { DocumentBanners } from './panels/DocumentBanners';
import { CompareCanvas } from './compare/CompareCanvas';
import { ExportDialog } from './dialogs/ExportDialog';
import { CompareView } from './compare/CompareView';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { GapPanel } from './panels/GapPanel';
import { Inspector } from './inspector/Inspector';
import { LibraryBrowser } from './panels/LibraryBrowser';
import { MapCanvas } from './canvas/MapCanvas';
import { ProblemsPanel } from './panels/ProblemsPanel';
import { StatusBar } from './panels/StatusBar';
import { Toolbar } from './panels/Toolbar';
import type { EditorSession } from './session/editorSession';
import { SessionProvider, useEditor, useSession } from './session/SessionContext';
import { SourceModeToggle, SOURCE_MODES } from './source/SourceModeToggle';
import { SourcePane } from './source/SourcePane';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable);
}

/** A field where Escape belongs to the text being typed (a drop-down's Escape is the page's). */
function isTextEntry(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return isTyping(element) && element?.tagName !== 'SELECT';
}

/** Escape leaves a panel or mode (gap report, compare) for the canvas, where the keyboard carries on. */
function closeModes(session: EditorSession): void {
  if (!session.closeAnalysisPanel()) {
    session.select([]);
    return;
  }
  // The visual compare hands its place back to the canvas, which mounts on the next frame.
  const focusCanvas = (tries: number) => {
    const canvas = document.querySelector<HTMLElement>('.canvas[aria-label="Process map canvas"]');
    if (canvas) canvas.focus();
    else if (tries > 0) requestAnimationFrame(() => focusCanvas(tries - 1));
  };
  focusCanvas(10);
}

/** Keyboard shortcuts for everything frequent; plain-letter ones only when not typing in a field. */
function onShortcut(session: EditorSession, event: KeyboardEvent): void {
  const { addActivity, addLane, copySelection, cutSelection, deleteSelection, newMap, openFile, paste, redo, save, saveAs, selectAll, undo } = session;
  // A modal dialog owns the keyboard: keys must not edit the map behind it, and Escape is its cancel.
  if (document.querySelector('dialog[open]')) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const run = (action: () => unknown) => {
    event.preventDefault();
    void action();
  };
  if (mod && key === 's') return run(event.shiftKey ? saveAs : save);
  if (mod && key === 'o') return run(openFile);
  if (mod && event.altKey && key === 'n') return run(newMap);
  const sourceMode = mod && event.altKey ? SOURCE_MODES.find((entry) => entry.key === event.key || `Digit${entry.key}` === event.code) : undefined;
  if (sourceMode) return run(() => session.setSourceMode(sourceMode.mode));
  if (mod && !isTyping(event.target)) {
    if (key === 'z') return run(event.shiftKey ? redo : undo);
    if (key === 'y') return run(redo);
    if (key === 'c') return run(copySelection);
    if (key === 'x') return run(cutSelection);
    if (key === 'v') return run(paste);
    if (key === 'a') return run(selectAll);
    return;
  }
  // A field that handled Escape itself (the inspector, an inline editor) has done what Escape means there.
  if (key === 'escape' && !event.defaultPrevented && !isTextEntry(event.target) && !event.altKey) return run(() => closeModes(session));
  if (isTyping(event.target) || event.altKey) return;
  if (key === 'delete' || key === 'backspace') return run(deleteSelection);
  if (key === 'n') return run(addActivity);
  if (key === 'l') return run(addLane);
}

/** The editor window on `session`. */
export function App({ session }: { session: EditorSession }) {
  return (
    <SessionProvider session={session}>
      <EditorWindow />
    </SessionProvider>
  );
}

/** Toolbar, then the library or the canvas with inspector and problems, then the status bar. */
function EditorWindow() {
  const session = useSession();
  const view = useEditor((state) => state.view);
  const theme = useEditor((state) => state.theme);
  const hasDoc = useEditor((state) => state.doc !== null);
  const analysisPanel = useEditor((state) => state.analysisPanel);
  const isComparingVisually = useEditor((state) => analysisPanel === 'compare' && state.compare !== null && state.compare.mode !== 'canvas');
  const isExportChoiceOpen = useEditor((state) => state.isExportChoiceOpen);
  const sourceMode = useEditor((state) => state.sourceMode);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onShortcut(session, event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [session]);
  return (
    <ReactFlowProvider>
      <div className="app">
        <a className="skip-link" href="#inspector-region">
          Skip to inspector
        </a>
        <Toolbar />
        {view === 'editor' && hasDoc ? <SourceModeToggle /> : null}
        {view === 'editor' && hasDoc ? <DocumentBanners /> : null}
        {view === 'library' || !hasDoc ? (
          <LibraryBrowser />
        ) : (
          <div className="workspace">
            <div className={`canvas-area mode-${sourceMode}`}>
              {sourceMode === 'source' ? null : isComparingVisually ? <CompareCanvas /> : <MapCanvas />}
              {sourceMode === 'canvas' ? null : <SourcePane />}
            </div>
            <div className="side" id="inspector-region">
              {analysisPanel === 'gap' ? <GapPanel /> : null}
              {analysisPanel === 'compare' ? <CompareView /> : null}
              <Inspector />
            </div>
            <ProblemsPanel />
          </div>
        )}
        <StatusBar />
        {isExportChoiceOpen && hasDoc ? <ExportDialog /> : null}
        <ConfirmDialog />
      </div>
    </ReactFlowProvider>
  );
}
