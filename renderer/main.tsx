// Entry point of the renderer: picks the host (Electron bridge when present, else the browser host) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { createBrowserHost } from './host/browserHost';
import { createElectronHost, hasElectronBridge } from './host/electronHost';
import type { Host } from './host/host';
import { setHost, showLibrary } from './session/editorActions';
import { connectHostEvents } from './session/hostEvents';

/** The desktop shell's preload exposes its bridge on `window.swimlane`; a plain browser has none. */
function pickHost(): Host {
  return hasElectronBridge() ? createElectronHost() : createBrowserHost();
}

const host = pickHost();
setHost(host);
showLibrary();
connectHostEvents(host);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
