import { useEffect, useRef } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';

/** Distance of the dots in map px, as React Flow's `<Background gap={16}>` had it. */
const GAP = 16;

/**
 * The dotted canvas background, moved rather than repainted: one oversized layer whose dots are a
 * CSS gradient, shifted by the pan offset modulo the dot distance with a compositor transform.
 * (React Flow's `<Background>` moves an SVG pattern instead, which repaints the whole pane on every
 * frame of a pan.) Only a zoom change repaints it, because the dot distance scales with the zoom.
 */
export function DotGrid() {
  const layer = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  // Rounded, so that the layer re-renders only when the dot distance changes visibly.
  const step = useStore((state) => Math.max(4, Math.round(GAP * state.transform[2] * 4) / 4));

  useEffect(() => {
    const place = (): void => {
      const element = layer.current;
      if (!element) return;
      const [x, y] = store.getState().transform;
      element.style.transform = `translate3d(${(x % step) - step}px, ${(y % step) - step}px, 0)`;
    };
    place();
    return store.subscribe(place);
  }, [store, step]);

  const radius = Math.max(0.6, step / GAP / 2);
  return (
    <div
      ref={layer}
      className="dot-grid"
      aria-hidden="true"
      style={{
        width: `calc(100% + ${2 * step}px)`,
        height: `calc(100% + ${2 * step}px)`,
        backgroundSize: `${step}px ${step}px`,
        backgroundImage: `radial-gradient(circle at ${step / 2}px ${step / 2}px, var(--xy-background-pattern-color) ${radius}px, transparent ${radius + 0.6}px)`,
      }}
    />
  );
}
