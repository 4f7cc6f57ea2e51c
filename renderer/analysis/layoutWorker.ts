/// <reference lib="webworker" />
/**
 * The layout worker: lays out the map with the shared layout (the same one the SVG export uses).
 * Requests that arrive while one runs are collapsed: only the latest is laid out. (An `open` is
 * only ever followed by edits once its `parsed` answer is out, so it is never collapsed away
 * except by another `open`.)
 */
import { layoutMapSync } from '../../shared/layout/layoutMap';
import { parseMap } from '../../shared/yaml/parseMap';
import type { LayoutRequest, LayoutResponse, ResolvedNames, WorkspaceMessage } from './analysisProtocol';
import { GeometryEncoder } from './geometryDelta';
import { WorkspaceFiles } from './workspaceFiles';
import { latestOnly } from './latestOnly';

declare const self: DedicatedWorkerGlobalScope;

/** The library's maps and catalogues: lane headers show actor names from the folder's catalogue, as the export does. */
let others = new WorkspaceFiles();
/** Geometry goes out as changes to the last geometry sent (see geometryDelta.ts). */
const encoder = new GeometryEncoder();

function run(request: LayoutRequest): void {
  let response: LayoutResponse;
  try {
    let map = request.type === 'layout' ? request.map : undefined;
    if (request.type === 'open') {
      const parsed = parseMap(request.text, request.fileName);
      self.postMessage({ type: 'parsed', seq: request.seq, map: parsed.value, issues: parsed.issues } satisfies LayoutResponse);
      if (!parsed.value) return;
      map = parsed.value;
    }
    if (!map) return;
    const started = performance.now();
    const names = { actors: {}, activities: {} } satisfies ResolvedNames;
    const geometry = layoutMapSync(map, others.namesFor(map, request.fileName, names));
    const layoutMs = performance.now() - started;
    response = { type: 'geometry', seq: request.seq, payload: encoder.encode(geometry, request.type === 'open' || request.isFull === true), layoutMs, names };
  } catch (error) {
    response = { type: 'failed', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
}

const runLatest = latestOnly(run);

self.addEventListener('message', (event: MessageEvent<LayoutRequest | WorkspaceMessage>) => {
  if (event.data.type === 'workspace') {
    others = new WorkspaceFiles(event.data.files);
    return;
  }
  runLatest(event.data);
});
