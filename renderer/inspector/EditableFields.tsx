import type { ReactNode } from 'react';
import { useEditor } from '../session/SessionContext';

/** Form controls that edit the map: all disabled at once while the open map is read-only. */
export function EditableFields({ children }: { children: ReactNode }) {
  const isReadOnly = useEditor((state) => state.doc?.isReadOnly ?? false);
  return (
    <fieldset className="inspector-fields" disabled={isReadOnly}>
      {children}
    </fieldset>
  );
}
