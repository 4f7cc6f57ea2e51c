/**
 * The state of an editor session: the open document (with its undo history), selection, derived
 * geometry and problems, and view settings. Each session creates its own store; components read it
 * through `useEditor` (SessionContext) with narrow selectors, so a change re-renders only the
 * components whose slice changed.
 */
import type { History } from '../../shared/edits/history';
import type { MapGeometry } from '../../shared/layout/geometry';
import type { ElementKey } from '../../shared/diff/overlayMaps';
import type { ElementNoun } from '../../shared/model/elementKinds';
import type { ProcessMap } from '../../shared/model/schema';
import type { Issue, Severity } from '../../shared/model/issue';
import type { ExternalChange, FileHandle, LibraryEntry } from '../host/host';
import type { ResolvedNames } from '../analysis/analysisProtocol';

/** What can be selected: an element of a kind of the catalogue (deviations are map fields), or the map. */
export type ElementKind = Exclude<ElementNoun, 'deviation'> | 'map';

export interface ElementRef {
  readonly kind: ElementKind;
  readonly id: string;
}

export interface OpenDocument {
  /** File name shown in the title, e.g. `acme-D.yaml`. */
  readonly name: string;
  readonly handle: FileHandle | null;
  readonly fingerprint?: string;
  /** The file text as last opened or saved: the base that saving patches line by line. */
  readonly savedText: string;
  /** The map as last opened or saved; the document is dirty when the present map is another object. */
  readonly savedMap: ProcessMap;
  readonly history: History;
  readonly isReadOnly: boolean;
  readonly readOnlyReason?: string;
  /** Opened from the model library: its path there (its folder's actor catalogue goes into a saved copy). */
  readonly libraryPath?: string;
  /** Problems found when loading (schema, YAML), kept until the next save. */
  readonly loadIssues: readonly Issue[];
  /** Lines of git merge-conflict markers: the map shown is "our" side, and nothing may be edited or saved. */
  readonly conflictLines?: readonly number[];
  /** Unsaved work restored after a crash; `diskText` is the file on disk (empty when never saved). */
  readonly restored?: { readonly savedAt: string; readonly diskText: string };
  /** Saving found the file changed on disk (`diskText` empty: deleted); the user chooses Overwrite, Reload or Cancel. */
  readonly saveConflict?: { readonly message: string; readonly diskText: string; readonly fingerprint?: string };
  /** The file changed on disk while this document had unsaved changes; the user chooses Reload or Keep mine. */
  readonly externalChange?: ExternalChange;
  /**
   * The text typed in the source view last, with the map it parsed to: later canvas edits splice
   * this text (not `savedText`), so what was typed stays as it was typed.
   */
  readonly textBase?: { readonly text: string; readonly map: ProcessMap };
  /**
   * The text while it does not parse as a map (a YAML or schema error): it is the document, the
   * canvas shows what could be salvaged, read-only, and saving writes exactly this text.
   */
  readonly brokenText?: string;
  /** What could be salvaged of a file opened while not a map: when it is the present map again, so is the file's text. */
  readonly salvage?: ProcessMap;
}

/** How the editor shows the open map: the canvas, its YAML source, or both side by side. */
export type SourceMode = 'canvas' | 'source' | 'split';

export type Theme = 'light' | 'dark';

/** How an element of the open map differs from the map it is compared with. */
export type CompareMark = 'added' | 'removed' | 'changed' | 'moved';

/** How the compare view shows the two maps: side by side, laid over each other, or as marks on the editing canvas. */
export type CompareMode = 'side-by-side' | 'overlay' | 'canvas';

/** An open comparison of the present map (before) with another map (after). */
export interface CompareSession {
  /** How the other map is named in the view: a library title or a file name. */
  readonly label: string;
  readonly other: ProcessMap;
  readonly mode: CompareMode;
  /** Elements (`ElementKey`s) the user chose in the change list or a pane: outlined and scrolled to in every pane. */
  readonly focus: { readonly keys: readonly string[]; readonly seq: number } | null;
}

export interface EditorState {
  readonly doc: OpenDocument | null;
  /** Counts documents opened in this window; the canvas fits the view once per document. */
  readonly documentSerial: number;
  readonly selection: readonly ElementRef[];
  /** Geometry of `geometryMap`; it lags the present map by one layout run. */
  readonly geometry: MapGeometry | null;
  readonly geometryMap: ProcessMap | null;
  /** Names the layout took from the workspace (actor catalogue, other maps), for exports of the same picture. */
  readonly geometryNames: ResolvedNames;
  readonly issues: readonly Issue[];
  /** Worst severity per element id, so a node can show its problems with a cheap lookup. */
  readonly issueIndex: ReadonlyMap<string, Severity>;
  readonly library: readonly LibraryEntry[] | null;
  readonly view: 'library' | 'editor';
  readonly sourceMode: SourceMode;
  readonly theme: Theme;
  readonly isProblemsOpen: boolean;
  /** The analysis shown beside the inspector: the gap report against the reference, or a comparison. */
  readonly analysisPanel: 'gap' | 'compare' | null;
  /** While comparing: activity id → how it differs, for marking the canvas. */
  readonly compareMarks: ReadonlyMap<ElementKey, CompareMark>;
  /** The comparison shown while the compare panel is open, once another map was chosen. */
  readonly compare: CompareSession | null;
  /** The rule configuration in effect: its config files (none: the default rules) and their problems. */
  readonly ruleConfig: { readonly files: readonly string[]; readonly issues: readonly Issue[] };
  /** A question the user must answer before an action goes on (e.g. dropping unsaved changes). */
  readonly confirmation: { readonly message: string; readonly confirmLabel: string; readonly cancelLabel: string; readonly saveLabel?: string } | null;
  /** The menu's "Export…" asks which format. */
  readonly isExportChoiceOpen: boolean;
  /** A format picked that has options (PNG: its scale): the dialog opens at them. */
  readonly exportOptionsFor: string | null;
  /** A short message for the status bar (last action, error). */
  readonly status: string;
  /** Element to bring into view (set by the problems panel and keyboard navigation). */
  readonly reveal: { readonly id: string; readonly seq: number } | null;
  /** A place in the text to show in the source view (a problem chosen in the panel): 1-based line and column. */
  readonly sourceReveal: { readonly line: number; readonly column: number; readonly seq: number } | null;
  /** Element whose first inspector field should take focus (Enter on the canvas). */
  /** With `selectText`, the field's text is selected (a new element's placeholder), so typing replaces it. */
  readonly focusField: { readonly id: string; readonly seq: number; readonly selectText?: boolean } | null;
}

type Listener = () => void;

export interface Store<S> {
  getState(): S;
  setState(update: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: Listener): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    setState(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function preferredTheme(): Theme {
  try {
    const saved = localStorage.getItem('swimlane-theme');
    if (saved === 'light' || saved === 'dark') return saved;
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/** A fresh state: nothing open, the library showing. */
export function initialEditorState(theme: Theme = preferredTheme()): EditorState {
  return {
    doc: null,
    documentSerial: 0,
    selection: [],
    geometry: null,
    geometryMap: null,
    geometryNames: { actors: {}, activities: {} },
    issues: [],
    issueIndex: new Map(),
    library: null,
    view: 'library',
    sourceMode: 'canvas',
    theme,
    isProblemsOpen: true,
    analysisPanel: null,
    compareMarks: new Map(),
    compare: null,
    ruleConfig: { files: [], issues: [] },
    isExportChoiceOpen: false,
    exportOptionsFor: null,
    confirmation: null,
    status: 'Ready',
    reveal: null,
    sourceReveal: null,
    focusField: null,
  };
}

/** The present map of the open document, or null. */
export function presentMap(state: EditorState): ProcessMap | null {
  return state.doc?.history.present ?? null;
}

/** Whether the map may not be edited on the canvas and in the inspector: a read-only file, or a text that is not a map. */
export function isMapReadOnly(state: EditorState): boolean {
  return (state.doc?.isReadOnly ?? false) || state.doc?.brokenText !== undefined;
}

export function isDirty(state: EditorState): boolean {
  const doc = state.doc;
  if (!doc) return false;
  return doc.history.present !== doc.savedMap || (doc.brokenText !== undefined && doc.brokenText !== doc.savedText);
}

/** The text the present map is spliced into, and the map that text holds (unchanged parts are skipped by identity). */
export function textBaseOf(doc: OpenDocument): { readonly text: string; readonly map: ProcessMap } {
  return doc.textBase ?? { text: doc.savedText, map: doc.savedMap };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** The store update that sets the problems list and its per-element index. */
export function withIssues(issues: readonly Issue[]): Pick<EditorState, 'issues' | 'issueIndex'> {
  const index = new Map<string, Severity>();
  for (const issue of issues) {
    if (!issue.elementId) continue;
    const current = index.get(issue.elementId);
    if (!current || SEVERITY_RANK[issue.severity] > SEVERITY_RANK[current]) index.set(issue.elementId, issue.severity);
  }
  return { issues, issueIndex: index };
}
