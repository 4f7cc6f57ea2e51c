/// <reference lib="webworker" />
/**
 * The PNG worker: rasterises one SVG with resvg (WebAssembly) off the page's thread, so a large
 * map neither freezes the editor nor hits the canvas's size limits. Cancel terminates the worker.
 */
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import regularFont from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldFont from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italicFont from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import { ensureResvg, renderPng } from './rasterise';
import type { RasterRequest, RasterResponse } from './rasterProtocol';

declare const self: DedicatedWorkerGlobalScope;

const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

let fonts: Promise<Uint8Array[]> | undefined;

self.onmessage = async (event: MessageEvent<RasterRequest>) => {
  const post = (message: RasterResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);
  try {
    post({ type: 'progress', stage: 'loading' });
    // Bytes, not the URL: instantiateStreaming would depend on the server's wasm MIME type.
    await ensureResvg(fetch(wasmUrl).then((response) => response.arrayBuffer()));
    fonts ??= Promise.all([regularFont, boldFont, italicFont].map(bytesOf));
    const fontFiles = await fonts;
    post({ type: 'progress', stage: 'drawing' });
    const png = renderPng(event.data.svg, event.data.scale, fontFiles);
    post({ type: 'done', png }, [png.buffer]);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
