/**
 * Runs layout and validation of the present map in two Web Workers, latest request wins, and puts
 * the results in the store. The main thread never lays out or validates, so typing and dragging
 * stay smooth; a slow validation of a big map never holds back the canvas.
 */
import { createCompareClient, type CompareClient } from '../compare/compareClient';
import type { ProcessMap } from '../../shared/model/schema';
import type { Issue } from '../../shared/model/issue';
import type { EffectiveRule } from '../../shared/rules/config';
import type { LayoutRequest, LayoutResponse, RulesMessage, ValidationRequest, ValidationResponse, WorkspaceMessage } from './analysisProtocol';
import { textBaseOf, withIssues, type EditorState, type Store } from '../session/editorStore';
import { GeometryDecoder } from './geometryDelta';

export interface OpenedMap {
  readonly map?: ProcessMap;
  readonly issues: readonly Issue[];
  /** Another file was opened before this one was parsed. */
  readonly isSuperseded?: boolean;
}

/** Layout and validation of the open map, off the main thread; results go into the session's store. */
export interface Analysis extends Pick<CompareClient, 'requestComparePictures'> {
  onMapText(listener: (text: string) => void): () => void;
  openInWorker(text: string, fileName: string): Promise<OpenedMap>;
  cancelLayoutText(): void;
  analyse(map: ProcessMap, savedText: string, fileName: string, options?: { isTyping?: boolean; text?: string }): void;
  revalidate(map: ProcessMap, savedText: string, fileName: string, text?: string): void;
  setWorkspaceFiles(files: WorkspaceMessage['files']): void;
  setRuleSettings(rules: Readonly<Record<string, EffectiveRule>> | null): void;
}

export function createAnalysisClient(store: Store<EditorState>): Analysis {
  const textListeners = new Set<(text: string) => void>();
  const compare = createCompareClient();

  /** Subscribes to the text the present map would be saved as, computed off the main thread. */
  function onMapText(listener: (text: string) => void): () => void {
    textListeners.add(listener);
    return () => textListeners.delete(listener);
  }

  let layoutWorker: Worker | null = null;
  let validationWorker: Worker | null = null;
  let seq = 0;
  const requested = new Map<number, ProcessMap>();
  /** Every geometry message is decoded, in order, even when its layout is no longer wanted. */
  const decoder = new GeometryDecoder();

  function ensureLayoutWorker(): Worker {
    if (layoutWorker) return layoutWorker;
    layoutWorker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'layout' });
    layoutWorker.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
      const response = event.data;
      if (response.type === 'parsed') {
        const waiter = openWaiters.get(response.seq);
        openWaiters.delete(response.seq);
        if (response.map) requested.set(response.seq, response.map);
        waiter?.({ ...(response.map ? { map: response.map } : {}), issues: response.issues });
        return;
      }
      const map = requested.get(response.seq);
      // Drop bookkeeping of this and older requests; a newer one may still be on its way.
      for (const key of requested.keys()) if (key <= response.seq) requested.delete(key);
      if (response.type === 'failed') {
        store.setState({ status: `Layout failed: ${response.message}` });
        return;
      }
      const geometry = decoder.decode(response.payload);
      if (!geometry) {
        relayoutFully();
        return;
      }
      if (!map) return;
      // Marks for the benchmark and for profiling: when layout finished and how long it took.
      performance.mark('swimlane:geometry', { detail: { layoutMs: response.layoutMs } });
      store.setState({ geometry, geometryMap: map, geometryNames: response.names });
      // Validation of an opened file waits for its layout: on few cores it would slow the first picture.
      if (deferredValidation && deferredValidation.seq === response.seq) {
        const request = deferredValidation;
        deferredValidation = null;
        ensureValidationWorker().postMessage(request);
      }
    });
    return layoutWorker;
  }

  function ensureValidationWorker(): Worker {
    if (validationWorker) return validationWorker;
    validationWorker = new Worker(new URL('./validationWorker.ts', import.meta.url), { type: 'module', name: 'validation' });
    validationWorker.addEventListener('message', (event: MessageEvent<ValidationResponse>) => {
      if (event.data.seq !== seq) return;
      // The merge-conflict markers of a conflicted file stay listed: validation only sees "our" side.
      // So do the problems of the config files, which are not in the map.
      const { doc, ruleConfig } = store.getState();
      const conflictIssues = doc?.conflictLines ? doc.loadIssues.filter((issue) => issue.rule === 'merge-conflict') : [];
      store.setState(withIssues([...conflictIssues, ...ruleConfig.issues, ...event.data.issues]));
      for (const listener of textListeners) listener(event.data.text);
    });
    return validationWorker;
  }

  let prelaidSeq = 0;
  let deferredValidation: ValidationRequest | null = null;


  const openWaiters = new Map<number, (result: OpenedMap) => void>();

  /**
   * Parses a file in the layout worker, which then lays it out at once: the main thread never parses
   * a big file, and the picture comes one message after the map. `analyse` binds to this layout.
   */
  function openInWorker(text: string, fileName: string): Promise<OpenedMap> {
    seq += 1;
    prelaidSeq = seq;
    // A newer open supersedes an unanswered one.
    for (const [key, waiter] of openWaiters) {
      openWaiters.delete(key);
      waiter({ issues: [], isSuperseded: true });
    }
    const request: LayoutRequest = { type: 'open', seq, text, fileName };
    const answer = new Promise<OpenedMap>((resolve) => openWaiters.set(request.seq, resolve));
    ensureLayoutWorker().postMessage(request);
    return answer;
  }

  /** Forgets an opened file's layout when it turned out not to be a map. */
  function cancelLayoutText(): void {
    prelaidSeq = 0;
  }

  /** Asks for geometry and problems of `map`; `savedText` is the base the file would be saved from. */
  function analyse(map: ProcessMap, savedText: string, fileName: string, options: { isTyping?: boolean; text?: string } = {}): void {
    if (prelaidSeq === seq && prelaidSeq !== 0) {
      // The layout of this very file is already under way (see openInWorker); validate after it.
      requested.set(seq, map);
      prelaidSeq = 0;
      deferredValidation = { type: 'validate', seq, map, savedText, fileName, ...(options.text !== undefined ? { text: options.text } : {}) };
      return;
    } else {
      seq += 1;
      prelaidSeq = 0;
      requested.set(seq, map);
      const layout: LayoutRequest = { type: 'layout', seq, map, fileName };
      const post = () => {
        if (layout.seq === seq) ensureLayoutWorker().postMessage(layout);
      };
      // Copying a big map to the worker takes milliseconds: do it after the edit has been painted,
      // and while the user types (the live text is already shown) only once typing pauses.
      clearTimeout(layoutTimer);
      if (options.isTyping) layoutTimer = setTimeout(post, TYPING_LAYOUT_DELAY_MS);
      else afterPaint(post);
    }
    revalidate(map, savedText, fileName, options.text);
  }

  /** Lays the present map out again, asking for the whole geometry (the decoder lost track of the worker's). */
  function relayoutFully(): void {
    const doc = store.getState().doc;
    if (!doc) return;
    seq += 1;
    requested.set(seq, doc.history.present);
    const request: LayoutRequest = { type: 'layout', seq, map: doc.history.present, fileName: doc.name, isFull: true };
    ensureLayoutWorker().postMessage(request);
    revalidate(doc.history.present, textBaseOf(doc).text, doc.name, doc.brokenText);
  }

  /** Validates `map` again (the workspace changed) without laying it out again. */
  function revalidate(map: ProcessMap, savedText: string, fileName: string, text?: string): void {
    const validation: ValidationRequest = { type: 'validate', seq, map, savedText, fileName, ...(text !== undefined ? { text } : {}) };
    // Problems may lag a little; typing should not pay for validating every keystroke.
    clearTimeout(validationTimer);
    validationTimer = setTimeout(() => ensureValidationWorker().postMessage(validation), VALIDATION_DELAY_MS);
  }

  const VALIDATION_DELAY_MS = 250;
  const TYPING_LAYOUT_DELAY_MS = 150;
  let layoutTimer: ReturnType<typeof setTimeout> | undefined;
  let validationTimer: ReturnType<typeof setTimeout> | undefined;


  /** Gives both workers the other maps of the workspace, so references into them resolve and show their names. */
  function setWorkspaceFiles(files: WorkspaceMessage['files']): void {
    const message: WorkspaceMessage = { type: 'workspace', files };
    ensureValidationWorker().postMessage(message);
    ensureLayoutWorker().postMessage(message);
    compare.setWorkspaceFiles(files);
  }

  /** Gives the validation worker the rule configuration (null: the default rules); later validations use it. */
  function setRuleSettings(rules: Readonly<Record<string, EffectiveRule>> | null): void {
    const message: RulesMessage = { type: 'rules', rules };
    ensureValidationWorker().postMessage(message);
  }

  return { onMapText, openInWorker, cancelLayoutText, analyse, revalidate, setWorkspaceFiles, setRuleSettings, requestComparePictures: compare.requestComparePictures };
}

/** Runs `task` right after the next frame is painted. */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
