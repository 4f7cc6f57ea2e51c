/**
 * Preload (sandboxed, bundled as CommonJS): exposes the IPC contract as `window.swimlane` and
 * nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('swimlane', createBridge(ipcRenderer));
