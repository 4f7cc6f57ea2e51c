import { useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../shared/render/exportFormats';
import { useEditor, useSession } from '../session/SessionContext';
import type { RasterStage } from './rasterProtocol';
import { chooseRasterScale, MAX_PNG_PIXELS } from './rasterise';

/** The scales offered, in pixels per diagram unit (2 is the CLI's default). */
const SCALES = [1, 2, 4] as const;

const STAGE_WORDS: Record<RasterStage, string> = {
  loading: 'Loading the PNG renderer…',
  drawing: 'Drawing the picture…',
  encoding: 'Encoding the PNG…',
};
const STAGE_ORDER: readonly RasterStage[] = ['loading', 'drawing', 'encoding'];

const pixels = (width: number, height: number) => `${width.toLocaleString('en')} × ${height.toLocaleString('en')} px`;

/**
 * PNG options inside the export dialog: the scale (each with the picture's pixel size, lowered
 * where it would pass MAX_PNG_PIXELS), then progress while the worker draws, and Cancel, which
 * stops the worker. Closing the dialog any way (Esc too) cancels a running export.
 */
export function PngOptions({ format, onClose }: { format: ExportFormat; onClose: () => void }) {
  const { exportWith } = useSession();
  const size = useEditor((state) => state.geometry);
  const [scale, setScale] = useState<number>(2);
  const [stage, setStage] = useState<RasterStage | 'starting' | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setStage('starting');
    const done = await exportWith(format, { scale, signal: controller.signal, onProgress: setStage });
    if (controller.signal.aborted) return;
    running.current = null;
    if (done) onClose();
    else setStage(null);
  };
  const cancel = () => {
    running.current?.abort();
    onClose();
  };
  const isRunning = stage !== null;
  return (
    <div className="png-options">
      <fieldset disabled={isRunning}>
        <legend>Scale</legend>
        {SCALES.map((choice) => {
          const fitted = size ? chooseRasterScale(size.width, size.height, choice) : null;
          return (
            <label key={choice}>
              <input type="radio" name="png-scale" value={choice} checked={scale === choice} onChange={() => setScale(choice)} />
              {choice}× {fitted ? <span className="description">{pixels(fitted.width, fitted.height)}{fitted.isReduced ? `, lowered to ${fitted.scale}× to stay under ${MAX_PNG_PIXELS / 1e6} MP` : ''}</span> : null}
            </label>
          );
        })}
      </fieldset>
      <div className="png-progress" role="status">
        {isRunning ? (
          <>
            <progress aria-label="PNG export progress" max={STAGE_ORDER.length} value={stage === 'starting' ? 0 : STAGE_ORDER.indexOf(stage) + 1} />
            <span>{stage === 'starting' ? 'Starting…' : STAGE_WORDS[stage]}</span>
          </>
        ) : null}
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void start()} disabled={isRunning}>
          Export PNG
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
