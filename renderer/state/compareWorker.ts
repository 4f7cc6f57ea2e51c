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
import type { ComparePictureRequest, ComparePictureResponse } from './analysisProtocol';
import { nodeKey } from './comparePicture';

declare const self: DedicatedWorkerGlobalScope;

let latest: ComparePictureRequest | null = null;
let isScheduled = false;

function draw(request: ComparePictureRequest): ComparePictureResponse {
  if (request.mode === 'side-by-side') {
    const beforeGeometry = request.beforeGeometry ?? layoutMapSync(request.before);
    const afterGeometry = layoutMapSync(request.after);
    return {
      type: 'side-by-side',
      seq: request.seq,
      before: { geometry: beforeGeometry, svg: renderSvg(request.before, beforeGeometry, { idPrefix: 'before' }) },
      after: { geometry: afterGeometry, svg: renderSvg(request.after, afterGeometry, { idPrefix: 'after' }) },
    };
  }
  const overlay = overlayMaps(request.before, request.after);
  const geometry = layoutMapSync(overlay.map);
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

function run(): void {
  isScheduled = false;
  const request = latest;
  latest = null;
  if (!request) return;
  let response: ComparePictureResponse;
  try {
    response = draw(request);
  } catch (error) {
    response = { type: 'failed', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
}

self.addEventListener('message', (event: MessageEvent<ComparePictureRequest>) => {
  latest = event.data;
  if (isScheduled) return;
  isScheduled = true;
  setTimeout(run, 0);
});
