/**
 * The source view's part of a session: the view mode, and text typed in the YAML pane. A text that
 * parses as a map becomes the present map (one undo step per run of typing, undone like any edit);
 * a text that does not stays the document as typed (`brokenText`), the canvas read-only meanwhile.
 */
import { pushReplacement } from '../../shared/edits/history';
import type { ProcessMap } from '../../shared/model/schema';
import { parseMap } from '../../shared/yaml/parseMap';
import type { HistoryActions } from '../session/historyActions';
import type { OpenDocument, SourceMode } from '../session/editorStore';
import { documentText } from '../session/mapText';
import type { SessionCore } from '../session/sessionCore';

/** A pause this long ends a run of typing: parse, update the canvas and validate. */
export const SOURCE_SETTLE_MS = 200;
const TYPING_LABEL = 'Edit the source';

export function createSourceActions(core: SessionCore, history: Pick<HistoryActions, 'undo' | 'redo'>) {
  const { store, analysis } = core;
  /** The text each map typed in the source came from, so undo and redo bring that text back too. */
  const typedTextOf = new WeakMap<ProcessMap, string>();
  let pendingText: string | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Typing that began after the last undo, redo or canvas edit folds into one step. */
  let typingSince: ProcessMap | null = null;

  function setSourceMode(sourceMode: SourceMode): void {
    store.setState({ sourceMode, status: sourceMode === 'canvas' ? 'Showing the canvas' : sourceMode === 'source' ? 'Showing the source' : 'Showing canvas and source' });
  }

  /** Takes `text`, as typed, as the document's text; the map follows when typing pauses. */
  function typeText(text: string): void {
    const doc = store.getState().doc;
    if (!doc || doc.isReadOnly || text === documentText(doc)) return;
    pendingText = text;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => void settleInWorker(text), SOURCE_SETTLE_MS);
  }

  async function settleInWorker(text: string): Promise<void> {
    const doc = store.getState().doc;
    if (!doc) return;
    const parsed = await analysis.openInWorker(text, doc.name);
    // Typed on meanwhile: a newer text is on its way.
    if (parsed.isSuperseded || pendingText !== text) return;
    adopt(text, parsed.map ?? null);
  }

  /** Applies typing not yet settled at once (before saving, so the file gets what is on screen). */
  function settleNow(): void {
    const text = pendingText;
    const doc = store.getState().doc;
    if (text === null || !doc) return;
    clearTimeout(settleTimer);
    adopt(text, parseMap(text, doc.name).value ?? null, true);
  }

  function adopt(text: string, map: ProcessMap | null, isMainThread = false): void {
    pendingText = null;
    const doc = store.getState().doc;
    if (!doc) return;
    if (!map) {
      // The layout worker laid nothing out: the canvas keeps the last map that parsed.
      analysis.cancelLayoutText();
      store.setState({ doc: { ...doc, brokenText: text }, isProblemsOpen: true });
    } else {
      if (isMainThread) analysis.cancelLayoutText();
      const amend = typingSince === doc.history.present && doc.history.past.at(-1)?.label === TYPING_LABEL;
      const history = pushReplacement(doc.history, map, TYPING_LABEL, amend);
      const { brokenText: _broken, ...rest } = doc;
      store.setState({ doc: { ...rest, history, textBase: { text, map } }, status: 'Source applied' });
      typedTextOf.set(map, text);
      typingSince = map;
    }
    core.typingKey = null;
    core.documentChanged();
  }

  /** The text base that goes with the present map after an undo or redo: its own typed text, or the saved text. */
  function baseAfterStep(doc: OpenDocument): OpenDocument {
    const present = doc.history.present;
    const typed = typedTextOf.get(present);
    if (typed !== undefined) return { ...doc, textBase: { text: typed, map: present } };
    if (present !== doc.savedMap && present !== doc.salvage) return doc;
    const { textBase: _base, ...rest } = doc;
    // Back at the salvage of a file that was not a map: the file's text is the document again.
    return present === doc.salvage ? { ...rest, brokenText: doc.savedText } : rest;
  }

  function step(direction: 'undo' | 'redo'): void {
    settleNow();
    const doc = store.getState().doc;
    if (!doc) return;
    if (direction === 'undo' && doc.brokenText !== undefined) {
      // Undo while the text does not parse goes back to the text before: the map's, or the file's when it never parsed.
      const { brokenText: _broken, ...rest } = doc;
      const isSalvage = doc.history.present === doc.salvage;
      if (isSalvage && doc.brokenText === doc.savedText) return;
      store.setState({ doc: isSalvage ? { ...rest, brokenText: doc.savedText } : rest, status: 'Undid the typing that did not read as a map' });
      core.documentChanged();
      return;
    }
    if (direction === 'undo') history.undo();
    else history.redo();
    const after = store.getState().doc;
    if (after && after !== doc) store.setState({ doc: baseAfterStep(after) });
  }

  let revealSeq = 0;
  /** Shows a line of the text in the source view (opening it beside the canvas when hidden). */
  function revealInSource(line: number, column = 1): void {
    revealSeq += 1;
    store.setState((state) => ({ sourceReveal: { line, column, seq: revealSeq }, ...(state.sourceMode === 'canvas' ? { sourceMode: 'split' as const } : {}) }));
  }

  return { setSourceMode, revealInSource, typeText, settleNow, undo: () => step('undo'), redo: () => step('redo') };
}

export type SourceActions = ReturnType<typeof createSourceActions>;
