import type { ReactNode } from 'react';
import type { ElementRef } from '../session/editorStore';
import { useSession } from '../session/SessionContext';

/**
 * A clickable, focusable part of the background layer (a phase header, a group's label, a trigger
 * note): click or Enter selects its element for the inspector.
 */
export function CanvasLabel({ target, label, children }: { target: ElementRef; label: string; children: ReactNode }) {
  const { focusInspector, select } = useSession();
  const choose = (withFocus: boolean) => {
    select([target]);
    if (withFocus) focusInspector(target.id);
  };
  return (
    <g
      className="canvas-label nopan nodrag"
      role="button"
      tabIndex={0}
      aria-label={`${label}. Enter to edit.`}
      data-element={`${target.kind}:${target.id}`}
      onClick={(event) => {
        event.stopPropagation();
        choose(false);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        choose(event.key === 'Enter');
      }}
    >
      {children}
    </g>
  );
}
