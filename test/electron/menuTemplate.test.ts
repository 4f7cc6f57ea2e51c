import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menuTemplate';
import type { MenuActions } from '../../electron/menuTemplate';

function actions() {
  return {
    newDocument: vi.fn(),
    open: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    command: vi.fn(),
    closeWindow: vi.fn(),
    about: vi.fn(),
    quit: vi.fn(),
  } satisfies MenuActions;
}

const labels = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.type !== 'separator').map((item) => (item.label ?? item.role ?? '').replace(/&/g, ''));
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, with the File items of a document app', () => {
    // given the Linux/Windows menu
    const template = buildMenuTemplate(actions(), { recentFiles: [], isMac: false, isDevelopment: false, appName: 'Swimlane Studio' });

    // then the menus and File items are there
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(template[0]))).toEqual(['New', 'New from Library…', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export…', 'Close', 'Exit']);
  });

  it('sends document commands to the renderer and opens recent files by path', () => {
    // given a menu with one recent file
    const spy = actions();
    const template = buildMenuTemplate(spy, { recentFiles: ['/maps/D.yaml'], isMac: false, isDevelopment: false, appName: 'Swimlane Studio' });
    const file = submenu(template[0]);
    const find = (label: string) => file.find((item) => item.label?.replace(/&/g, '') === label);

    // when Save, Export and the recent file are chosen
    click(find('Save'));
    click(find('Export…'));
    click(submenu(find('Open Recent'))[0]);

    // then the commands went out and the recent file was opened
    expect(spy.command.mock.calls).toEqual([['save'], ['export']]);
    expect(spy.openRecent).toHaveBeenCalledWith('/maps/D.yaml');
  });

  it('adds the app menu on macOS and developer tools only in development', () => {
    // given the macOS development menu
    const template = buildMenuTemplate(actions(), { recentFiles: [], isMac: true, isDevelopment: true, appName: 'Swimlane Studio' });

    // then the app menu comes first and View has the developer tools
    expect(labels(template)).toEqual(['Swimlane Studio', 'File', 'Edit', 'View', 'Help']);
    expect(submenu(template[3]).some((item) => item.role === 'toggleDevTools')).toBe(true);
    expect(submenu(buildMenuTemplate(actions(), { recentFiles: [], isMac: false, isDevelopment: false, appName: 'x' })[2]).some((item) => item.role === 'toggleDevTools')).toBe(false);
  });
});
