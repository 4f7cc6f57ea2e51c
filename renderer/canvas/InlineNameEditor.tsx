import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useSession } from '../session/SessionContext';
import { inlineRename, inlineTargetElement, inlineText, type InlineTarget } from './inlineLabels';

interface Placement {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A text field laid over a box, lane header or phase header, with its text selected so typing
 * replaces it: Enter (or leaving the field) commits one rename edit, Escape cancels.
 */
export function InlineNameEditor({ target, canvasElement, onDone }: { target: InlineTarget; canvasElement: RefObject<HTMLDivElement | null>; onDone: (target: InlineTarget) => void }) {
  const { edit, store } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const isDone = useRef(false);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const map = store.getState().doc?.history.present;
  const [text, setText] = useState(() => (map ? (inlineText(map, target) ?? '') : ''));

  useLayoutEffect(() => {
    const canvas = canvasElement.current;
    const element = canvas ? inlineTargetElement(canvas, target) : null;
    if (!canvas || !element) return;
    const outer = canvas.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    setPlacement({ left: box.left - outer.left, top: box.top - outer.top, width: Math.max(box.width, 120), height: Math.max(box.height, 28) });
  }, [target]);

  useLayoutEffect(() => {
    if (!placement) return;
    input.current?.focus();
    input.current?.select();
  }, [placement !== null]);

  const finish = (commit: boolean) => {
    if (isDone.current) return;
    isDone.current = true;
    const present = store.getState().doc?.history.present;
    const rename = commit && present ? inlineRename(present, target, text) : null;
    if (rename) edit(rename);
    onDone(target);
  };

  if (!placement) return null;
  return (
    <input
      ref={input}
      className="inline-name-editor nodrag nopan"
      style={placement}
      aria-label={`Name of ${target.kind} ${target.id}`}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
