import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ElementKey } from '../../shared/diff/overlayMaps';
import type { ComparePictureResponse } from '../analysis/analysisProtocol';
import { diffOf } from './compareClient';
import { elementMarks } from './compareMarks';
import { idOfKey } from './comparePicture';
import { createScrollLink } from './scrollLink';
import { presentMap } from '../session/editorStore';
import { ComparePane, MARK_TAGS } from './ComparePane';
import { useEditor, useSession } from '../session/SessionContext';

const MIN_ZOOM = 0.2;
const MAX_ZOOM = 2;
const ZOOM_STEP = 1.25;

/**
 * The visual comparison in place of the canvas: the open map and the other map side by side, or
 * both laid over each other with one-sided elements as ghosts. Both are laid out and drawn by the
 * shared layout and SVG renderer in a worker; the panes add only the differences on top.
 */
export function CompareCanvas() {
  const { focusCompared, store, requestComparePictures } = useSession();
  const compare = useEditor((state) => state.compare);
  const map = useEditor(presentMap);
  const docName = useEditor((state) => state.doc?.name ?? 'This map');
  const [pictures, setPictures] = useState<ComparePictureResponse | null>(null);
  const [zoom, setZoom] = useState<number | null>(null);
  const [scrollTogether, setScrollTogether] = useState(true);
  const scrollLink = useMemo(() => createScrollLink(), []);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const area = useRef<HTMLDivElement>(null);
  const mode = compare?.mode === 'overlay' ? 'overlay' : 'side-by-side';
  const other = compare?.other;

  useEffect(() => {
    if (!map || !other) return;
    let isCurrent = true;
    const { geometry, geometryMap, doc } = store.getState();
    void requestComparePictures(mode, map, other, geometryMap === map && geometry ? geometry : undefined, doc?.name).then((response) => {
      if (isCurrent && response) setPictures(response);
    });
    return () => {
      isCurrent = false;
    };
  }, [map, other, mode]);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, []);

  const marks = useMemo(() => (map && other ? elementMarks(diffOf(map, other), map, other) : new Map()), [map, other]);
  const onPick = useCallback((key: ElementKey) => focusCompared([key], idOfKey(key)), []);

  if (!compare || !map) return null;
  const shown = pictures && pictures.type === mode ? pictures : null;
  const geometries = shown ? (shown.type === 'side-by-side' ? [shown.before.geometry, shown.after.geometry] : [shown.overlay.geometry]) : [];
  const widest = Math.max(1, ...geometries.map((geometry) => geometry.width));
  const tallest = Math.max(1, ...geometries.map((geometry) => geometry.height));
  // Chrome of the area (bar, pane titles, padding) in px, outside the pictures.
  const [chromeX, chromeY] = [26, 100];
  const fitIn = (width: number, height: number) => Math.min(1, Math.max(MIN_ZOOM, Math.min((width - chromeX) / widest, (height - chromeY) / tallest)));
  // Swimlane maps are mostly wide: two panes stack when that shows them larger than side by side.
  const isStacked = mode === 'side-by-side' && fitIn(size.width, size.height / 2) > fitIn(size.width / 2, size.height);
  const fit = mode === 'overlay' ? fitIn(size.width, size.height) : isStacked ? fitIn(size.width, size.height / 2) : fitIn(size.width / 2, size.height);
  const scale = zoom ?? fit;
  const linked = scrollTogether ? scrollLink : undefined;
  const zoomBy = (factor: number) => setZoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale * factor)));

  return (
    <div className="canvas compare-canvas" role="region" aria-label="Visual compare" aria-busy={shown === null} ref={area}>
      <div className="compare-bar">
        <span className="compare-bar-title">{mode === 'side-by-side' ? 'Side by side' : 'Overlay'}</span>
        <ul className="compare-key" aria-label="Marks">
          {(Object.keys(MARK_TAGS) as (keyof typeof MARK_TAGS)[]).map((mark) => (
            <li key={mark} className={`key-${mark}`}>
              <svg width="22" height="12" aria-hidden="true">
                <rect className="key-swatch" x="1" y="1" width="20" height="10" rx="2" />
              </svg>
              {MARK_TAGS[mark]}
            </li>
          ))}
          {mode === 'overlay' ? <li className="key-ghost">dashed and faint: only in one map</li> : null}
        </ul>
        <div className="compare-zoom" role="group" aria-label="Zoom">
          <button type="button" className="small" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out">
            −
          </button>
          <span className="compare-zoom-value">{Math.round(scale * 100)}%</span>
          <button type="button" className="small" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="small" onClick={() => setZoom(null)} aria-pressed={zoom === null}>
            Fit
          </button>
          {mode === 'side-by-side' ? (
            <button type="button" className="small" onClick={() => setScrollTogether(!scrollTogether)} aria-pressed={scrollTogether} title="Scroll both maps together">
              Scroll together
            </button>
          ) : null}
        </div>
      </div>
      {pictures?.type === 'failed' ? <p className="empty">Could not draw the comparison: {pictures.message}</p> : null}
      {shown?.type === 'side-by-side' ? (
        <div className={isStacked ? 'compare-panes two stacked' : 'compare-panes two'}>
          <ComparePane label={`This map: ${docName}`} side="before" picture={shown.before} marks={marks} focus={compare.focus} zoom={scale} onPick={onPick} scrollLink={linked} />
          <ComparePane label={`Other: ${compare.label}`} side="after" picture={shown.after} marks={marks} focus={compare.focus} zoom={scale} onPick={onPick} scrollLink={linked} />
        </div>
      ) : null}
      {shown?.type === 'overlay' ? (
        <div className="compare-panes one">
          <ComparePane
            label={`${docName} over ${compare.label}`}
            side="overlay"
            picture={shown.overlay}
            marks={marks}
            ghosts={shown}
            focus={compare.focus}
            zoom={scale}
            onPick={onPick}
          />
        </div>
      ) : null}
      {shown === null && pictures?.type !== 'failed' ? <p className="empty">Drawing both maps…</p> : null}
    </div>
  );
}
