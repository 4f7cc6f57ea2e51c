/**
 * Rasterises an SVG in a worker of its own, with progress and cancellation. One worker per
 * export: cancelling terminates it, which is the only way to stop resvg mid-render.
 */
import type { RasterRequest, RasterResponse, RasterStage } from './rasterProtocol';

export interface RasterOptions {
  onProgress?: (stage: RasterStage) => void;
  signal?: AbortSignal;
}

export class RasterCancelled extends Error {
  constructor() {
    super('the PNG export was cancelled');
    this.name = 'RasterCancelled';
  }
}

export function rasteriseInWorker(svg: string, scale: number, options: RasterOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new RasterCancelled());
    const worker = new Worker(new URL('./rasterWorker.ts', import.meta.url), { type: 'module', name: 'png' });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new RasterCancelled());
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<RasterResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return options.onProgress?.(message.stage);
      finish();
      if (message.type === 'done') resolve(message.png);
      else reject(new Error(`the PNG could not be made: ${message.message}`));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`the PNG could not be made: ${event.message || 'the worker failed'}`));
    };
    worker.postMessage({ svg, scale } satisfies RasterRequest);
  });
}
