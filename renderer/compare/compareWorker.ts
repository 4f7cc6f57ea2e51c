/// <reference lib="webworker" />
/**
 * The compare worker: lays out the two maps of a comparison with the shared layout and draws them
 * with the shared SVG renderer (the export's look), off the main thread. Side by side it draws each
 * map; overlaid it draws the overlay of both without the one-sided nodes and flows, which the pane
 * draws as ghosts. Requests arriving while one runs are collapsed to the latest.
 */
import { overlayMaps, type ElementKey } from '../../shared/diff/overlayMaps';
import { layoutMapSync } from '../../shared/layout/layoutMap';
import { renderSvg } from '../../shared/render/renderSvg';
import type { NameResolver } from '../../shared/layout/layoutGraph';
import type { ProcessMap } from '../../shared/model/schema';
import type { ComparePictureRequest, ComparePictureResponse, WorkspaceMessage } from '../analysis/analysisProtocol';
import { nodeKey } from './comparePicture';
import { WorkspaceFiles } from '../analysis/workspaceFiles';
import { latestOnly } from '../analysis/latestOnly';

declare const self: DedicatedWorkerGlobalScope;

/** The library's maps and catalogues, so lane headers name actors as the canvas and the export do. */
let others = new WorkspaceFiles();

/** Names from the workspace for `map`, looked up under its library file when it is a library map. */
function namesFor(map: ProcessMap, fileName: string): NameResolver {
  const twin = others.maps.find((parsed) => parsed.value?.id === map.id);
  return others.namesFor(map, twin?.file.split('/').at(-1) ?? fileName, { actors: {}, activities: {} });
}

function draw(request: ComparePictureRequest): ComparePictureResponse {
  if (request.mode === 'side-by-side') {
    const beforeGeometry = request.beforeGeometry ?? layoutMapSync(request.before, namesFor(request.before, request.fileName ?? 'this.yaml'));
    const afterGeometry = layoutMapSync(request.after, namesFor(request.after, 'other.yaml'));
    return {
      type: 'side-by-side',
      seq: request.seq,
      before: { geometry: beforeGeometry, svg: renderSvg(request.before, beforeGeometry, { idPrefix: 'before' }) },
      after: { geometry: afterGeometry, svg: renderSvg(request.after, afterGeometry, { idPrefix: 'after' }) },
    };
  }
  const overlay = overlayMaps(request.before, request.after);
  const geometry = layoutMapSync(overlay.map, namesFor(request.before, request.fileName ?? 'this.yaml'));
  const isGhost = (key: ElementKey): boolean => overlay.onlyBefore.has(key) || overlay.onlyAfter.has(key);
  const solid = {
    ...geometry,
    nodes: geometry.nodes.filter((node) => !isGhost(nodeKey(node))),
    edges: geometry.edges.filter((edge) => !isGhost(`flows:${edge.id}`)),
  };
  return {
    type: 'overlay',
    seq: request.seq,
    overlay: { geometry, svg: renderSvg(overlay.map, solid, { idPrefix: 'overlay' }) },
    onlyBefore: [...overlay.onlyBefore],
    onlyAfter: [...overlay.onlyAfter],
  };
}

function run(request: ComparePictureRequest): void {
  let response: ComparePictureResponse;
  try {
    response = draw(request);
  } catch (error) {
    response = { type: 'failed', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
}

const runLatest = latestOnly(run);

self.addEventListener('message', (event: MessageEvent<ComparePictureRequest | WorkspaceMessage>) => {
  if ('type' in event.data && event.data.type === 'workspace') {
    others = new WorkspaceFiles(event.data.files);
    return;
  }
  runLatest(event.data as ComparePictureRequest);
});
