/** Hands the window's editor session to the components (made once in main.tsx). */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { EditorSession } from './editorSession';
import type { EditorState } from './editorStore';

const SessionContext = createContext<EditorSession | null>(null);

export function SessionProvider({ session, children }: { session: EditorSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session's actions (and its store, for reading in event handlers). */
export function useSession(): EditorSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** Reads a slice of the session's state; `selector` must return a stable value (same object when unchanged). */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  const { store } = useSession();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
