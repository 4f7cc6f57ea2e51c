/**
 * The security settings of every window and session, in one place so a test can assert each one:
 * isolated, sandboxed renderer without Node; a strict CSP; no navigation, no new windows, no
 * webviews; external links only `https:` and only through the OS; every permission denied; no
 * network requests except to the app's own protocol.
 *
 * Electron objects are injected as the small interfaces below, so this module runs under plain Node.
 */
import type { WebPreferences } from 'electron';

/** The scheme and host the renderer is served from (never `file://`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'swimlane';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Content-Security-Policy of every page: only the app's own scripts and styles, no inline script,
 * no eval, no remote anything. `style-src 'unsafe-inline'` is needed by React Flow, which positions
 * nodes with style attributes set from markup; scripts stay strict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The webPreferences of every BrowserWindow. DevTools only in development: Electron sets
 * `process.defaultApp` when it runs an app folder (`electron .`), never in a packaged build.
 */
export function secureWebPreferences(preloadPath: string, isDevelopment: boolean = process.defaultApp === true): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: isDevelopment,
  };
}

/** True for the only URLs handed to the OS: absolute `https:` URLs without credentials. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** True for URLs the renderer may load: the app's own protocol, plus inline data and blobs it creates. */
export function isAppRequestUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN || url.startsWith('data:') || url.startsWith('blob:app://') || url.startsWith('devtools://');
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** Electron's navigation events carry the target URL on the event (the separate argument is deprecated). */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The slice of `WebContents` the hardening touches. */
export interface WebContentsEdge {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The slice of `Session` the hardening touches. */
export interface SessionEdge {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/**
 * Denies navigation (links that would leave the app), new windows and webviews on one WebContents.
 * A clicked `https:` link is handed to the OS browser; anything else is dropped.
 */
export function hardenWebContents(contents: WebContentsEdge, openExternal: (url: string) => void): void {
  // Programmatic loads (`loadURL`, reload) emit none of these events, so refusing all is safe.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) openExternal(event.url);
  });
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications, clipboard-read, …) and every off-app request. */
export function hardenSession(session: SessionEdge): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppRequestUrl(details.url) }));
}
