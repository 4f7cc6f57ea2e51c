// The composition root: picks the host (Electron bridge when present, else the browser host), makes
// the window's editor session from it and mounts the app on that session.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { createBrowserHost } from './host/browserHost';
import { createElectronHost, hasElectronBridge } from './host/electronHost';
import type { Host } from './host/host';
import { createEditorSession } from './session/editorSession';
import { connectHostEvents } from './session/hostEvents';

/** The desktop shell's preload exposes its bridge on `window.swimlane`; a plain browser has none. */
function pickHost(): Host {
  return hasElectronBridge() ? createElectronHost() : createBrowserHost();
}

const session = createEditorSession(pickHost());
session.showLibrary();
connectHostEvents(session);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App session={session} />
  </StrictMode>,
);
