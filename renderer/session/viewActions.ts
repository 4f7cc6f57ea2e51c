/** What the window shows: theme, library or editor, the analysis panels and the comparison, the export choice. */
import type { ElementKey } from '../../shared/diff/overlayMaps';
import type { ProcessMap } from '../../shared/model/schema';
import type { ReadFile } from '../host/host';
import { presentMap, type CompareMark, type CompareMode } from './editorStore';
import type { LibraryActions } from './libraryActions';
import { kindOf, type SelectionActions } from './selectionActions';
import type { SessionCore } from './sessionCore';

const THEME_KEY = 'swimlane-theme';

export function createViewActions(core: SessionCore, deps: { library: Pick<LibraryActions, 'loadLibrary'>; selection: Pick<SelectionActions, 'revealElement'> }) {
  const { store, host } = core;
  let compareFocusSeq = 0;

  function toggleTheme(): void {
    const theme = store.getState().theme === 'light' ? 'dark' : 'light';
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // The choice then lasts for this session only.
    }
    store.setState({ theme });
  }

  function showLibrary(): void {
    store.setState({ view: 'library' });
    void deps.library.loadLibrary();
  }

  function showEditor(): void {
    if (store.getState().doc) store.setState({ view: 'editor' });
  }

  function toggleProblems(): void {
    store.setState((state) => ({ isProblemsOpen: !state.isProblemsOpen }));
  }

  /** Shows or hides an analysis panel (gap report, comparison); hiding the comparison clears its canvas marks. */
  function toggleAnalysisPanel(panel: 'gap' | 'compare'): void {
    const isOpen = store.getState().analysisPanel === panel;
    store.setState({ analysisPanel: isOpen ? null : panel, compareMarks: new Map(), compare: null });
  }

  /** Closes the open analysis panel (Escape does); false when none was open. */
  function closeAnalysisPanel(): boolean {
    if (store.getState().analysisPanel === null) return false;
    store.setState({ analysisPanel: null, compareMarks: new Map(), compare: null });
    return true;
  }

  /** Starts comparing the present map with `other` (keeping the chosen mode), or stops when null. */
  function compareWith(other: { label: string; map: ProcessMap } | null): void {
    store.setState((state) => ({
      compare: other ? { label: other.label, other: other.map, mode: state.compare?.mode ?? 'side-by-side', focus: null } : null,
    }));
  }

  function setCompareMode(mode: CompareMode): void {
    store.setState((state) => (state.compare ? { compare: { ...state.compare, mode } } : {}));
  }

  /** Marks the canvas with how each element differs from the compared map (empty: no marks). */
  function setCompareMarks(marks: ReadonlyMap<ElementKey, CompareMark>): void {
    store.setState({ compareMarks: marks });
  }

  /** The compare view went away: its marks and comparison go with it. */
  function endComparison(): void {
    store.setState({ compareMarks: new Map(), compare: null });
  }

  /**
   * Points at elements in the compare panes (outlined and scrolled to in each pane that draws them)
   * and selects the first of them that the open map has, so the inspector shows it.
   */
  function focusCompared(keys: readonly string[], selectId?: string): void {
    compareFocusSeq += 1;
    store.setState((state) => (state.compare ? { compare: { ...state.compare, focus: { keys, seq: compareFocusSeq } } } : {}));
    const map = presentMap(store.getState());
    if (!map) return;
    const id = selectId ?? keys.map((key) => key.slice(key.indexOf(':') + 1)).find((candidate) => kindOf(map, candidate) !== null);
    if (id !== undefined && kindOf(map, id) !== null) deps.selection.revealElement(id);
  }

  /**
   * Lets the user pick a map file to read without opening it as the document (e.g. to compare with):
   * the host shows its file picker and hands back the text, read-only; null when cancelled.
   */
  function mapFileChooser(): () => Promise<ReadFile | null> {
    return () => host.readFile();
  }

  /** Opens the export dialog: at the list of formats, or at the options of `formatId` (PNG's scale). */
  function openExportChoice(formatId: string | null = null): void {
    if (store.getState().doc) store.setState({ isExportChoiceOpen: true, exportOptionsFor: formatId });
  }

  function closeExportChoice(): void {
    store.setState({ isExportChoiceOpen: false, exportOptionsFor: null });
  }

  return {
    toggleTheme,
    showLibrary,
    showEditor,
    toggleProblems,
    toggleAnalysisPanel,
    closeAnalysisPanel,
    compareWith,
    setCompareMode,
    setCompareMarks,
    endComparison,
    focusCompared,
    mapFileChooser,
    openExportChoice,
    closeExportChoice,
  };
}
