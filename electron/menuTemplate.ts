/**
 * The native menu bar: File, Edit, View, Help (plus the app menu on macOS). Items that act on the
 * document send a `menu:command` to the focused window's renderer, which holds the document.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { MenuCommand } from '../shared/ipc/contract';

export interface MenuActions {
  newDocument(): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  /** Sends a command to the focused window's renderer (New from Library opens a window first when none). */
  command(command: MenuCommand): void;
  closeWindow(): void;
  about(): void;
  quit(): void;
}

export interface MenuOptions {
  readonly recentFiles: readonly string[];
  readonly isMac: boolean;
  readonly isDevelopment: boolean;
  readonly appName: string;
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const recent: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : options.recentFiles.map((path, index) => ({
          label: `${index < 9 ? `&${index + 1} ` : ''}${basename(path)}`,
          sublabel: path,
          toolTip: path,
          click: () => actions.openRecent(path),
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New', accelerator: 'CmdOrCtrl+N', click: () => actions.newDocument() },
      { label: 'New from &Library…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.command('newFromLibrary') },
      { type: 'separator' },
      { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      {
        label: 'Open &Recent',
        submenu: [...recent, { type: 'separator' }, { label: 'Clear Recent', enabled: options.recentFiles.length > 0, click: () => actions.clearRecent() }],
      },
      { type: 'separator' },
      { label: '&Save', accelerator: 'CmdOrCtrl+S', click: () => actions.command('save') },
      { label: 'Save &As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.command('saveAs') },
      { label: '&Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export') },
      { type: 'separator' },
      { label: '&Close', accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
      ...(options.isMac ? [] : [{ type: 'separator' as const }, { label: 'E&xit', accelerator: 'Ctrl+Q', click: () => actions.quit() }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: '&Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
      { label: '&Redo', accelerator: options.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: () => actions.command('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isDevelopment ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ label: `About ${options.appName}`, click: () => actions.about() }],
  };

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { label: `About ${options.appName}`, click: () => actions.about() },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { label: `Quit ${options.appName}`, accelerator: 'Cmd+Q', click: () => actions.quit() },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, view, help];
}
