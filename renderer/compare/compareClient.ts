/**
 * The compare view's side of its worker: asks for the pictures of a comparison, latest request
 * wins (an answer to an older request is dropped); and `diffOf` caches the semantic diff of a pair of maps
 * so the change list and the panes compute it once.
 */
import type { MapDiff } from '../../shared/diff/changeKinds';
import { diffMaps } from '../../shared/diff/diffMaps';
import type { ProcessMap } from '../../shared/model/schema';
import type { MapGeometry } from '../../shared/layout/geometry';
import type { ComparePictureMode, ComparePictureRequest, ComparePictureResponse, WorkspaceMessage } from '../analysis/analysisProtocol';

/** The compare view's worker, one per editor session (made by its analysis client). */
export interface CompareClient {
  /** Gives the compare worker the library's maps and catalogues (for actor names), now or when it starts. */
  setWorkspaceFiles(files: WorkspaceMessage['files']): void;
  /**
   * The pictures of `before` and `after` for `mode`; null when a newer request replaced this one.
   * `beforeGeometry`, the editor's own layout of `before`, spares the worker one layout side by side.
   */
  requestComparePictures(mode: ComparePictureMode, before: ProcessMap, after: ProcessMap, beforeGeometry?: MapGeometry, fileName?: string): Promise<ComparePictureResponse | null>;
}

export function createCompareClient(): CompareClient {
  let worker: Worker | null = null;
  let seq = 0;
  let waiting: { seq: number; resolve: (response: ComparePictureResponse | null) => void } | null = null;
  /** The workspace files last given to the editor's workers; the compare worker gets them too. */
  let workspace: WorkspaceMessage | null = null;

  function ensureWorker(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module', name: 'compare' });
    if (workspace) worker.postMessage(workspace);
    worker.addEventListener('message', (event: MessageEvent<ComparePictureResponse>) => {
      if (!waiting || event.data.seq !== waiting.seq) return;
      const { resolve } = waiting;
      waiting = null;
      resolve(event.data);
    });
    return worker;
  }

  return {
    setWorkspaceFiles(files) {
      workspace = { type: 'workspace', files };
      worker?.postMessage(workspace);
    },
    requestComparePictures(mode, before, after, beforeGeometry, fileName) {
      seq += 1;
      waiting?.resolve(null);
      const answer = new Promise<ComparePictureResponse | null>((resolve) => (waiting = { seq, resolve }));
      const request: ComparePictureRequest = { seq, mode, before, after, ...(fileName ? { fileName } : {}), ...(mode === 'side-by-side' && beforeGeometry ? { beforeGeometry } : {}) };
      ensureWorker().postMessage(request);
      return answer;
    },
  };
}

/** A cache of a pure function, keyed weakly by the map objects: not session state. */
const diffs = new WeakMap<ProcessMap, WeakMap<ProcessMap, MapDiff>>();

/** `diffMaps(before, after)`, computed once per pair of map objects. */
export function diffOf(before: ProcessMap, after: ProcessMap): MapDiff {
  let byAfter = diffs.get(before);
  if (!byAfter) {
    byAfter = new WeakMap();
    diffs.set(before, byAfter);
  }
  let diff = byAfter.get(after);
  if (!diff) {
    diff = diffMaps(before, after, { renamedMapReferences: true });
    byAfter.set(after, diff);
  }
  return diff;
}
