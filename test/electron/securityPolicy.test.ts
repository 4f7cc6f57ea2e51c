import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../electron/securityPolicy';
import type { NavigationEvent, SessionEdge, WebContentsEdge } from '../../electron/securityPolicy';

/** A WebContents stand-in that records listeners, so the test can fire Electron's events. */
function fakeWebContents() {
  const listeners = new Map<string, (event: never) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: WebContentsEdge = {
    on: ((name: string, listener: (event: never) => void) => listeners.set(name, listener)) as WebContentsEdge['on'],
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url = ''): boolean => {
    let isPrevented = false;
    const event: NavigationEvent = { url, preventDefault: () => (isPrevented = true) };
    listeners.get(name)?.(event as never);
    return isPrevented;
  };
  return { contents, fire, listeners, open: (url: string) => openHandler?.({ url }) };
}

function fakeSession() {
  const handlers: {
    request?: Parameters<SessionEdge['setPermissionRequestHandler']>[0];
    check?: Parameters<SessionEdge['setPermissionCheckHandler']>[0];
    device?: (details: unknown) => boolean;
    beforeRequest?: Parameters<SessionEdge['webRequest']['onBeforeRequest']>[0];
  } = {};
  const session: SessionEdge = {
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler) => (handlers.device = handler),
    webRequest: { onBeforeRequest: (listener) => (handlers.beforeRequest = listener) },
  };
  return { session, handlers };
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, without Node and without webviews', () => {
    // given the preferences of every window
    const preferences = secureWebPreferences('/app/dist/electron/preload.cjs');

    // then each security setting has its safe value
    expect(preferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
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
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });
  it('turns DevTools off in a packaged build and keeps them in development', () => {
    // given a packaged build (Electron leaves process.defaultApp unset) and a development run
    const packaged = secureWebPreferences('/app/dist/electron/preload.cjs');
    const development = secureWebPreferences('/app/dist/electron/preload.cjs', true);

    // then only the development window can open DevTools
    expect(process.defaultApp).toBeUndefined();
    expect(packaged.devTools).toBe(false);
    expect(development.devTools).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('denies every navigation and opens only https links in the OS browser', () => {
    // given a hardened WebContents
    const { contents, fire } = fakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);

    // when the page tries to navigate to a web page, a file and a script URL
    const results = ['https://www.sei.cmu.edu/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/'].map((url) => fire('will-navigate', url));

    // then all are prevented, and only the https one went to the OS
    expect(results).toEqual([true, true, true, true]);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.sei.cmu.edu/');
  });

  it('denies frame navigation, redirects and webviews', () => {
    // given a hardened WebContents
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents, vi.fn());

    // when those events fire
    // then each is prevented
    expect(fire('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, handing https links to the OS', () => {
    // given a hardened WebContents
    const { contents, open } = fakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);

    // when the page calls window.open with several URLs
    const answers = ['https://example.org/', 'app://swimlane/index.html', 'smb://host/share'].map(open);

    // then no window is created, and only the https URL is opened externally
    expect(answers).toEqual([{ action: 'deny' }, { action: 'deny' }, { action: 'deny' }]);
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    // given a hardened session
    const { session, handlers } = fakeSession();
    hardenSession(session);

    // when the page asks for permissions
    const granted: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fileSystem']) {
      handlers.request?.({}, permission, (answer) => granted.push(answer));
    }

    // then all are denied
    expect(granted).toEqual([false, false, false, false, false, false]);
    expect(handlers.check?.({}, 'clipboard-sanitized-write')).toBe(false);
    expect(handlers.device?.({})).toBe(false);
  });

  it('cancels every request that does not go to the app protocol', () => {
    // given a hardened session
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const cancelled = (url: string): boolean => {
      let answer = false;
      handlers.beforeRequest?.({ url }, (response) => (answer = response.cancel));
      return answer;
    };

    // when requests are made
    // then only the app's own URLs go through
    expect(cancelled('app://swimlane/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://attacker.example/exfiltrate?data=x')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('ws://localhost:9229/')).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app\'s own scripts: no inline script, no eval, no remote hosts; WebAssembly compiles (the PNG worker)', () => {
    // given the policy
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }));

    // then it is strict
    expect(directives['default-src']).toEqual(["'none'"]);
    // 'wasm-unsafe-eval' lets WebAssembly compile and nothing else: eval and new Function stay blocked.
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('the browser edition served by npm start', () => {
  it('uses the same CSP as the desktop app', () => {
    // given scripts/start.mjs
    const start = readFileSync(resolve(import.meta.dirname, '../../scripts/start.mjs'), 'utf8');

    // then it sends every directive of the desktop policy, and no other
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    for (const directive of directives) expect(start).toContain(`"${directive}"`);
    expect(start.match(/"[a-z-]+-(src|uri|action|ancestors) [^"]*"/g)).toHaveLength(directives.length);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts https only', () => {
    // given URLs of several schemes
    // then only plain https ones are safe
    expect(isSafeExternalUrl('https://example.org/x')).toBe(true);
    expect(isSafeExternalUrl('https://user:pw@example.org/')).toBe(false);
    expect(isSafeExternalUrl('http://example.org/')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('ms-msdt:/id PCWDiagnostic')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });
});

describe('the main process wiring', () => {
  const electronFolder = resolve(import.meta.dirname, '../../electron');
  const sources = readdirSync(electronFolder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(join(electronFolder, name), 'utf8') }));
  const main = sources.find((source) => source.name === 'main.ts')?.text ?? '';

  it('creates every window with the secure preferences and loads the app protocol, never file://', () => {
    // given main.ts
    // then each BrowserWindow takes secureWebPreferences, and pages come from app://
    const windows = main.match(/new BrowserWindow\(\{[\s\S]*?\}\);/g) ?? [];
    expect(windows.length).toBeGreaterThan(0);
    for (const window of windows) expect(window).toContain('webPreferences: secureWebPreferences(preloadPath)');
    expect(main).toContain('window.loadURL(APP_ENTRY_URL)');
    expect(APP_ENTRY_URL.startsWith('app://')).toBe(true);
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('hardens every WebContents, the session, and enables the sandbox for all renderers', () => {
    // given main.ts
    // then the hardening is wired
    expect(main).toMatch(/app\.on\('web-contents-created'[\s\S]*hardenWebContents\(contents/);
    expect(main).toContain('hardenSession(session.defaultSession)');
    expect(main).toContain('app.enableSandbox()');
    expect(main).toContain('app.requestSingleInstanceLock()');
  });

  it('never weakens a security setting anywhere in electron/', () => {
    // given every source file of the main process
    // then none turns Node on, isolation or the sandbox off, or exposes ipcRenderer itself
    for (const { name, text } of sources) {
      expect(text, name).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|webviewTag:\s*true/);
      expect(text, name).not.toMatch(/exposeInMainWorld\(\s*['"][^'"]+['"]\s*,\s*ipcRenderer\s*\)/);
    }
  });
});
