import type { ReactNode } from 'react';
import { isMapReadOnly } from '../session/editorStore';
import { useEditor } from '../session/SessionContext';

/** Form controls that edit the map: all disabled at once while the open map is read-only. */
export function EditableFields({ children }: { children: ReactNode }) {
  const isReadOnly = useEditor(isMapReadOnly);
  return (
    <fieldset className="inspector-fields" disabled={isReadOnly}>
      {children}
    </fieldset>
  );
}
