/** Messages between the page and the PNG worker (rasterWorker.ts). */
export interface RasterRequest {
  svg: string;
  scale: number;
}

export type RasterStage = 'loading' | 'drawing' | 'encoding';

export type RasterResponse =
  | { type: 'progress'; stage: RasterStage }
  | { type: 'done'; png: Uint8Array }
  | { type: 'failed'; message: string };
