/**
 * A stand-in for the `electron` module at its edge, for running `electron/main.ts` under plain Node:
 * it records what the main process asks of Electron (windows, IPC handlers, protocol, menus,
 * session handlers) and lets a test fire app and window events. No behaviour of the app is faked.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export interface FakePreventableEvent {
  isPrevented: boolean;
  preventDefault(): void;
}

export function preventableEvent(extra: Record<string, unknown> = {}): FakePreventableEvent {
  return {
    isPrevented: false,
    preventDefault() {
      this.isPrevented = true;
    },
    ...extra,
  };
}

let nextId = 1;

class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  isDestroyedFlag = false;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.isDestroyedFlag;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | undefined;
  readonly id = nextId++;
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  title = '';
  isDestroyedFlag = false;
  isDocumentEdited = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
    fake.app.emit('web-contents-created', preventableEvent(), this.webContents);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((window) => !window.isDestroyedFlag);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused ?? null;
  }
  static fromId(id: number): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((window) => window.id === id) ?? null;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
  reloadCount = 0;
  reload(): void {
    this.reloadCount++;
  }
  show(): void {}
  focus(): void {
    FakeBrowserWindow.focused = this;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  maximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(isEdited: boolean): void {
    this.isDocumentEdited = isEdited;
  }
  setRepresentedFilename(): void {}
  isDestroyed(): boolean {
    return this.isDestroyedFlag;
  }
  /** Like Electron: emits `close` (preventable), then `closed` unless prevented. */
  close(): void {
    const event = preventableEvent();
    this.emit('close', event);
    if (!event.isPrevented) this.destroy();
  }
  destroy(): void {
    if (this.isDestroyedFlag) return;
    this.isDestroyedFlag = true;
    this.webContents.isDestroyedFlag = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  readonly calls: string[] = [];
  readonly paths = new Map<string, string>();
  isPackaged = false;
  quitCount = 0;
  #ready: () => void = () => undefined;
  readonly ready = new Promise<void>((done) => (this.#ready = done));
  setName(): void {}
  enableSandbox(): void {
    this.calls.push('enableSandbox');
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/nonexistent/${name}`;
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return true;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Fires `ready`, as Electron does once it started. */
  becomeReady(): void {
    this.#ready();
  }
  quit(): void {
    this.quitCount++;
    const event = preventableEvent();
    this.emit('before-quit', event);
  }
  addRecentDocument(): void {}
  clearRecentDocuments(): void {}
  getVersion(): string {
    return '0.0.0-test';
  }
}

export const fake = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handlers: new Map<string, Listener>(),
    listeners: new Map<string, Listener>(),
    handle(channel: string, listener: Listener) {
      this.handlers.set(channel, listener);
    },
    on(channel: string, listener: Listener) {
      this.listeners.set(channel, listener);
    },
  },
  protocol: {
    privileged: [] as unknown[],
    handlers: new Map<string, Listener>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      this.privileged.push(...schemes);
    },
    handle(scheme: string, handler: Listener) {
      this.handlers.set(scheme, handler);
    },
  },
  session: {
    defaultSession: {
      permissionRequest: undefined as Listener | undefined,
      permissionCheck: undefined as Listener | undefined,
      beforeRequest: undefined as Listener | undefined,
      setPermissionRequestHandler(handler: Listener) {
        this.permissionRequest = handler;
      },
      setPermissionCheckHandler(handler: Listener) {
        this.permissionCheck = handler;
      },
      setDevicePermissionHandler() {},
      webRequest: {
        onBeforeRequest(listener: Listener) {
          fake.session.defaultSession.beforeRequest = listener;
        },
      },
    },
  },
  Menu: {
    applied: [] as unknown[],
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu(menu: unknown) {
      this.applied.push(menu);
    },
  },
  dialog: {
    /** The answers the next message boxes give (button index). */
    messageBoxAnswers: [] as number[],
    messages: [] as unknown[],
    showMessageBoxSync(_window: unknown, options: unknown) {
      this.messages.push(options);
      return this.messageBoxAnswers.shift() ?? 2;
    },
    async showMessageBox(_window: unknown, options?: unknown) {
      this.messages.push(options ?? _window);
      return { response: this.messageBoxAnswers.shift() ?? 1 };
    },
    async showOpenDialog() {
      return { canceled: true, filePaths: [] };
    },
    async showSaveDialog() {
      return { canceled: true };
    },
    showErrorBox(title: string, message: string) {
      this.messages.push({ title, message });
    },
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: {
    opened: [] as string[],
    async openExternal(url: string) {
      fake.shell.opened.push(url);
    },
  },
};
