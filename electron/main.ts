/**
 * Electron main process: wiring only. Windows (one per document), menus, dialogs and app events are
 * connected here to the modules that hold the logic (documentSession, ipcRouter, securityPolicy,
 * appProtocol, windowState, recentFiles, launchArgs and shared/node), which run under plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand } from '../shared/ipc/contract';
import { BackupScheduler, BackupStore } from '../shared/node/backupStore';
import type { Backup } from '../shared/node/backupStore';
import { readSnapshotIfExists } from '../shared/node/fileFingerprint';
import { PathCapabilities } from '../shared/node/pathCapability';
import { appSchemePrivileges, createAppProtocolHandler } from './appProtocol';
import { DocumentSession } from './documentSession';
import type { DialogEdge, DocumentClaims } from './documentSession';
import { registerIpcRoutes } from './ipcRouter';
import { filesFromArgv } from './launchArgs';
import { LibraryCatalog } from './libraryCatalog';
import { buildMenuTemplate } from './menuTemplate';
import { validateMapText } from './mapValidator';
import { loadRecentFiles, saveRecentFiles, withRecent } from './recentFiles';
import { APP_ENTRY_URL, APP_SCHEME, hardenSession, hardenWebContents, isSafeExternalUrl, secureWebPreferences } from './securityPolicy';
import { initialBounds, loadWindowState, saveWindowState } from './windowState';
import type { WindowState } from './windowState';

const APP_NAME = 'Swimlane Studio';
const here = dirname(fileURLToPath(import.meta.url));
const rendererFolder = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload.cjs');
const libraryFolder = app.isPackaged ? join(process.resourcesPath, 'model-library') : join(here, '..', '..', 'model-library');

interface WindowRecord {
  readonly window: BrowserWindow;
  readonly session: DocumentSession;
  title: string;
  isDirty: boolean;
  /** The user answered the "save changes?" question (or there was nothing to save). */
  isCloseApproved: boolean;
  /** The user chose Save in that question: close once the renderer reports a clean document. */
  isClosingAfterSave: boolean;
}

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.setName(APP_NAME);
app.enableSandbox();
// A separate data folder (backups, window state, single-instance lock), used by the e2e tests.
if (process.env.SWIMLANE_USER_DATA) app.setPath('userData', process.env.SWIMLANE_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp();
}

function startApp(): void {
  const records = new Map<number, WindowRecord>();
  const owners = new Map<string, number>();
  const capabilities = new PathCapabilities();
  const library = new LibraryCatalog(libraryFolder);
  const userData = app.getPath('userData');
  const backupStore = new BackupStore(join(userData, 'backups'));
  const backups = new BackupScheduler(backupStore, 1000, undefined, (error) => console.error('backup failed:', error));
  const windowStateFile = join(userData, 'window-state.json');
  const recentFilesFile = join(userData, 'recent-files.json');
  const pendingPaths: string[] = [];
  let recentFiles: string[] = [];
  let lastWindowState: WindowState | undefined;
  let isReady = false;
  let areBackupsFlushed = false;

  const claims: DocumentClaims = {
    claim(realPath, owner) {
      const current = owners.get(realPath);
      if (current !== undefined && current !== owner) {
        const other = BrowserWindow.fromId(current);
        if (other && !other.isDestroyed()) {
          if (other.isMinimized()) other.restore();
          other.focus();
          return false;
        }
      }
      owners.set(realPath, owner);
      return true;
    },
    release(realPath, owner) {
      if (owners.get(realPath) === owner) owners.delete(realPath);
    },
  };

  const dialogsFor = (window: BrowserWindow): DialogEdge => ({
    async pickMapToOpen() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Open map',
        properties: ['openFile'],
        filters: [{ name: 'Swimlane maps and BPMN', extensions: ['yaml', 'yml', 'bpmn'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickMapToRead() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Compare with map',
        buttonLabel: 'Compare',
        properties: ['openFile'],
        filters: [{ name: 'Swimlane maps', extensions: ['yaml', 'yml'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSaveLocation({ suggestedName, purpose, mimeType }) {
      const extension = suggestedName.includes('.') ? suggestedName.slice(suggestedName.lastIndexOf('.') + 1) : 'yaml';
      const result = await dialog.showSaveDialog(window, {
        title: purpose === 'map' ? 'Save map' : 'Export',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: purpose === 'map' ? 'Swimlane maps' : (mimeType ?? 'Export'), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  });

  const rememberRecent = (path: string): void => {
    recentFiles = withRecent(recentFiles, path);
    app.addRecentDocument(path);
    void saveRecentFiles(recentFilesFile, recentFiles).catch(() => undefined);
    refreshMenu();
  };

  const focusedRecord = (): WindowRecord | undefined => {
    const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    return focused ? records.get(focused.webContents.id) : undefined;
  };

  /** Opens a window; `prepare` readies its start-up document and returns false when it is not needed. */
  const createWindow = async (prepare?: (session: DocumentSession) => Promise<boolean>): Promise<WindowRecord | undefined> => {
    const bounds = initialBounds(lastWindowState, screen.getAllDisplays().map((display) => display.workArea), records.size * 24);
    const window = new BrowserWindow({
      ...bounds,
      show: false,
      title: APP_NAME,
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences(preloadPath),
    });
    const contents = window.webContents;
    const documentSession = new DocumentSession({
      windowId: window.id,
      dialogs: dialogsFor(window),
      capabilities,
      claims,
      library,
      backups,
      validateMap: validateMapText,
      emitExternalChange: (change) => {
        if (!contents.isDestroyed()) contents.send('file:externalChange', change);
      },
      emitRuleConfigChange: (change) => {
        if (!contents.isDestroyed()) contents.send('config:changed', change);
      },
      onDocumentPath: rememberRecent,
    });
    const record: WindowRecord = { window, session: documentSession, title: APP_NAME, isDirty: false, isCloseApproved: false, isClosingAfterSave: false };
    if (prepare && !(await prepare(documentSession).catch((error: unknown) => reportError('Could not open the file', error)))) {
      documentSession.dispose();
      window.destroy();
      return undefined;
    }
    records.set(contents.id, record);
    if (lastWindowState?.isMaximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    watchWindowState(window);
    guardClose(record);
    contents.on('render-process-gone', (_event, details) => void recoverFromCrash(record, details.reason));
    window.on('closed', () => {
      records.delete(contents.id);
      documentSession.dispose();
    });
    await window.loadURL(APP_ENTRY_URL).catch((error: unknown) => reportError('Could not load the editor', error));
    return record;
  };

  const openPath = async (path: string): Promise<void> => {
    await createWindow(async (documentSession) => (await documentSession.openPathAtStartup(path)) !== null);
  };

  const restoreBackup = async (backup: Backup): Promise<void> => {
    if (backup.documentPath !== null) {
      const disk = await readSnapshotIfExists(backup.documentPath).catch(() => undefined);
      if (disk && disk.bytes.toString('utf8') === backup.text) {
        await backupStore.remove(backup.id);
        return;
      }
    }
    await createWindow(async (documentSession) => (await documentSession.restoreAtStartup(backup)) !== null);
  };

  const watchWindowState = (window: BrowserWindow): void => {
    let timer: NodeJS.Timeout | undefined;
    const remember = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (window.isDestroyed()) return;
        const normal = window.getNormalBounds();
        lastWindowState = { ...normal, isMaximized: window.isMaximized() };
        void saveWindowState(windowStateFile, lastWindowState).catch(() => undefined);
      }, 400);
    };
    window.on('resize', remember);
    window.on('move', remember);
    window.on('maximize', remember);
    window.on('unmaximize', remember);
  };

  const guardClose = (record: WindowRecord): void => {
    record.window.on('close', (event) => {
      if (!record.isDirty || record.isCloseApproved) return;
      event.preventDefault();
      const choice = dialog.showMessageBoxSync(record.window, {
        type: 'warning',
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        message: `Do you want to save the changes to “${record.title}”?`,
        detail: "Your changes are lost if you don't save them.",
      });
      if (choice === 0) {
        record.isClosingAfterSave = true;
        record.window.webContents.send('menu:command', 'save' satisfies MenuCommand);
      } else if (choice === 1) {
        record.isCloseApproved = true;
        void record.session.discardUnsavedWork().finally(() => record.window.close());
      }
    });
  };

  const recoverFromCrash = async (record: WindowRecord, reason: string): Promise<void> => {
    if (reason === 'clean-exit' || record.window.isDestroyed()) return;
    await backups.flush();
    const backup = await backupStore.read(record.session.backupId);
    if (backup) await record.session.restoreAtStartup(backup);
    const { response } = await dialog.showMessageBox(record.window, {
      type: 'error',
      buttons: ['Reload', 'Close'],
      message: 'This window stopped unexpectedly.',
      detail: backup ? 'Your unsaved work was backed up and will be shown again after reloading.' : 'Reload the window to continue.',
    });
    if (response === 0) record.window.reload();
    else {
      record.isCloseApproved = true;
      record.window.close();
    }
  };

  const sendCommand = async (command: MenuCommand): Promise<void> => {
    const record = focusedRecord();
    // One window per document: a library map starts in a new window unless this one is empty.
    // A new window opens on the library by itself, so it needs no command.
    if (command === 'newFromLibrary' && (!record || record.isDirty || record.session.documentPath !== undefined)) {
      await createWindow();
      return;
    }
    if (record && !record.window.isDestroyed()) record.window.webContents.send('menu:command', command);
  };

  const refreshMenu = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          {
            newDocument: () => void createWindow(),
            open: async () => {
              const window = BrowserWindow.getFocusedWindow();
              const result = window
                ? await dialog.showOpenDialog(window, { properties: ['openFile'], filters: [{ name: 'Swimlane maps', extensions: ['yaml', 'yml'] }] })
                : await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'Swimlane maps', extensions: ['yaml', 'yml'] }] });
              for (const path of result.canceled ? [] : result.filePaths) await openPath(path);
            },
            openRecent: (path) => void openPath(path),
            clearRecent: () => {
              recentFiles = [];
              app.clearRecentDocuments();
              void saveRecentFiles(recentFilesFile, recentFiles).catch(() => undefined);
              refreshMenu();
            },
            command: (command) => void sendCommand(command),
            closeWindow: () => BrowserWindow.getFocusedWindow()?.close(),
            about: () =>
              void dialog.showMessageBox({
                message: `${APP_NAME} ${app.getVersion()}`,
                detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
              }),
            quit: () => app.quit(),
          },
          { recentFiles, isMac: process.platform === 'darwin', isDevelopment: !app.isPackaged, appName: APP_NAME },
        ),
      ),
    );
  };

  const reportError = (title: string, error: unknown): false => {
    dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
    return false;
  };

  registerIpcRoutes<WindowRecord>(ipcMain, {
    contextFor: (event) => records.get(event.sender.id),
    onRefused: (channel, reason) => console.warn(`IPC ${channel} refused: ${reason}`),
    invoke: {
      'file:open': (_request, record) => record.session.open(),
      'file:read': (_request, record) => record.session.readFile(),
      'file:save': (request, record) => record.session.save(request),
      'file:saveAs': (request, record) => record.session.saveAs(request),
      'file:reload': (request, record) => record.session.reload(request),
      'file:export': (request, record) => record.session.exportFile(request),
      'library:list': (_request, record) => record.session.listLibrary(),
      'library:read': (request, record) => record.session.readLibrary(request),
      'backup:write': (request, record) => record.session.writeBackup(request),
      'window:startup': (_request, record) => record.session.startup(),
      'config:rules': (request, record) => record.session.ruleConfig(request),
    },
    send: {
      'window:setDocumentState': ({ title, isDirty }, record) => {
        record.title = title;
        record.isDirty = isDirty;
        record.window.setTitle(`${isDirty ? '• ' : ''}${title} — ${APP_NAME}`);
        record.window.setDocumentEdited(isDirty);
        if (record.session.documentPath) record.window.setRepresentedFilename(record.session.documentPath);
        if (!isDirty && record.isClosingAfterSave) {
          record.isCloseApproved = true;
          record.window.close();
        }
      },
    },
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    hardenWebContents(contents, (url) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
    });
  });

  // macOS hands files over by event, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (isReady) void openPath(path);
    else pendingPaths.push(path);
  });

  app.on('second-instance', (_event, argv, cwd) => {
    const files = filesFromArgv(argv, cwd, app.isPackaged);
    if (files.length === 0) {
      const record = focusedRecord();
      if (record) {
        if (record.window.isMinimized()) record.window.restore();
        record.window.focus();
      } else void createWindow();
    }
    for (const file of files) void openPath(file);
  });

  app.on('before-quit', (event) => {
    // Quitting waits for the last backups, so work typed just before quitting survives.
    if (areBackupsFlushed || !backups.hasPending) return;
    event.preventDefault();
    void backups.flush().finally(() => {
      areBackupsFlushed = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererFolder));
    await capabilities.grantFolder(libraryFolder).catch(() => undefined);
    [lastWindowState, recentFiles] = await Promise.all([loadWindowState(windowStateFile), loadRecentFiles(recentFilesFile)]);
    refreshMenu();
    isReady = true;

    for (const backup of await backupStore.list()) await restoreBackup(backup).catch((error: unknown) => reportError('Could not restore unsaved work', error));
    for (const path of [...pendingPaths.splice(0), ...filesFromArgv(process.argv, process.cwd(), app.isPackaged)]) await openPath(path);
    if (BrowserWindow.getAllWindows().length === 0) await createWindow();
  });
}
