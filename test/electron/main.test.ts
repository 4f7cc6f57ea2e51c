/**
 * Runs the real `electron/main.ts` under Node with Electron replaced at its edge (fakeElectron),
 * and checks the wiring: security settings on every window and the session, the app protocol,
 * every IPC channel, opening the file given on the command line, the close guard and quitting
 * only after the backups are written.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels, sendChannels } from '../../shared/ipc/contract';
import { BackupStore } from '../../shared/node/backupStore';
import { APP_ENTRY_URL, secureWebPreferences } from '../../electron/securityPolicy';
import { fake, FakeBrowserWindow, preventableEvent } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const MAP = await readFile(resolve(import.meta.dirname, '../fixtures/maps/worked-example.yaml'), 'utf8');
let work: string;
let mapPath: string;
let window: FakeBrowserWindow;
const savedArgv = process.argv;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function fromWindow(target: FakeBrowserWindow) {
  return { sender: { id: target.webContents.id }, senderFrame: { url: APP_ENTRY_URL, parent: null } };
}

async function invoke(channel: string, payload: unknown, target = window): Promise<unknown> {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(fromWindow(target), payload);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'swimlane-main-'));
  mapPath = join(work, 'D.swimlane.yaml');
  // userData sits below the document's folder here, as ~/.config does for a map kept in ~.
  await writeFile(mapPath, MAP);
  fake.app.setPath('userData', join(work, 'userData'));
  fake.app.setPath('documents', work);
  process.argv = [process.execPath, '.', mapPath];

  // given the main process started, and Electron ready
  await import('../../electron/main');
  fake.app.becomeReady();
  for (let i = 0; i < 200 && FakeBrowserWindow.all.length === 0; i++) await sleep(10);
  await sleep(50);
  window = FakeBrowserWindow.all[0] as FakeBrowserWindow;
});
afterAll(async () => {
  process.argv = savedArgv;
  for (const open of FakeBrowserWindow.getAllWindows()) open.destroy();
  // The destroyed window's last settings write may still be landing in userData: retry the removal.
  await rm(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

describe('electron/main.ts wiring', () => {
  it('asks for the single-instance lock, enables the sandbox and registers the app scheme before ready', () => {
    // then
    expect(fake.app.calls).toEqual(expect.arrayContaining(['requestSingleInstanceLock', 'enableSandbox']));
    expect(fake.protocol.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('serves the renderer through app:// and denies permissions on the session', async () => {
    // then the protocol handler is installed and the session is hardened
    expect(fake.protocol.handlers.has('app')).toBe(true);
    const answers: boolean[] = [];
    fake.session.defaultSession.permissionRequest?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(fake.session.defaultSession.permissionCheck?.({}, 'notifications')).toBe(false);
  });

  it('opens the file from the command line in a window with the secure preferences', async () => {
    // then one window was created for the map, loading the app protocol
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect((window.options as { webPreferences: unknown }).webPreferences).toEqual(secureWebPreferences(expect.stringMatching(/preload\.cjs$/) as unknown as string));
    expect(window.loadedUrls).toEqual([APP_ENTRY_URL]);
    const startup = (await invoke('window:startup', {})) as { file?: { name: string; text: string } };
    expect(startup.file?.name).toBe('D.swimlane.yaml');
    expect(startup.file?.text).toBe(MAP);
  });

  it('hardens the WebContents of every window', () => {
    // when the page tries to navigate away and to open a window
    const navigation = preventableEvent({ url: 'https://example.org/' });
    window.webContents.emit('will-navigate', navigation);
    const opened = window.webContents.windowOpenHandler?.({ url: 'https://example.org/docs' });

    // then both are refused and the links go to the OS browser
    expect(navigation.isPrevented).toBe(true);
    expect(opened).toEqual({ action: 'deny' });
    expect(fake.shell.opened).toEqual(['https://example.org/', 'https://example.org/docs']);
  });

  it('handles every channel of the contract', () => {
    // then
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
    expect([...fake.ipcMain.listeners.keys()].sort()).toEqual(Object.keys(sendChannels).sort());
  });

  it('refuses IPC from a frame that is not the app', async () => {
    // when a remote frame calls a handler
    const handler = fake.ipcMain.handlers.get('window:startup');
    const calling = handler?.({ sender: { id: window.webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } }, {});

    // then it is refused
    await expect(calling).rejects.toThrow('refused');
  });

  it('saves through the IPC handler and shows the dirty state in the title', async () => {
    // given the opened file
    const startup = (await invoke('window:startup', {})) as { file: { handle: string; fingerprint: string } };

    // when the renderer reports an edit, then saves it
    fake.ipcMain.listeners.get('window:setDocumentState')?.(fromWindow(window), { title: 'D.swimlane.yaml', isDirty: true });
    const dirtyTitle = window.title;
    const edited = MAP.replace('(example)', '(saved from main test)');
    const result = (await invoke('file:save', { handle: startup.file.handle, text: edited, fingerprint: startup.file.fingerprint })) as { status: string };

    // then the title showed the dirty mark, and the file holds the edit
    expect(dirtyTitle).toBe('• D.swimlane.yaml — Swimlane Studio');
    expect(result.status).toBe('saved');
    expect(await readFile(mapPath, 'utf8')).toBe(edited);
  });

  it('quits only after pending backups are written', async () => {
    // given a pending backup (the debounce second has not passed)
    const startup = (await invoke('window:startup', {})) as { file: { handle: string } };
    await invoke('backup:write', { handle: startup.file.handle, name: 'D.swimlane.yaml', text: 'unsaved before quit' });

    // when the user quits at once
    const event = preventableEvent();
    fake.app.emit('before-quit', event);
    const quitsBefore = fake.app.quitCount;
    for (let i = 0; i < 100 && fake.app.quitCount === quitsBefore; i++) await sleep(10);

    // then quitting was held back until the backup was on disk, then resumed
    expect(event.isPrevented).toBe(true);
    expect(fake.app.quitCount).toBe(quitsBefore + 1);
    const backups = await new BackupStore(join(work, 'userData', 'backups')).list();
    expect(backups.map((backup) => backup.text)).toEqual(['unsaved before quit']);
  });

  it('as the single instance, opens a file another launch was given, and focuses the window already showing it', async () => {
    // given a second map
    const other = join(work, 'T.swimlane.yaml');
    await writeFile(other, MAP.replace('example-detect', 'example-triage'));
    const before = FakeBrowserWindow.getAllWindows().length;

    // when a second launch passes the new map, and then the already open one
    fake.app.emit('second-instance', preventableEvent(), [process.execPath, '.', other], work);
    for (let i = 0; i < 100 && FakeBrowserWindow.getAllWindows().length === before; i++) await sleep(10);
    const afterNew = FakeBrowserWindow.getAllWindows().length;
    fake.app.emit('second-instance', preventableEvent(), [process.execPath, '.', mapPath], work);
    await sleep(100);

    // then the new map got its own window, and the open one was focused instead of opened twice
    expect(afterNew).toBe(before + 1);
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(before + 1);
    expect(FakeBrowserWindow.focused).toBe(window);
    FakeBrowserWindow.getAllWindows().at(-1)?.destroy();
  });

  it('after a renderer crash, flushes the backup and reloads the window with the unsaved work', async () => {
    // given unsaved work whose backup is still pending
    const startup = (await invoke('window:startup', {})) as { file: { handle: string } };
    await invoke('backup:write', { handle: startup.file.handle, name: 'D.swimlane.yaml', text: 'typed just before the crash' });

    // when the renderer process dies and the user answers Reload
    fake.dialog.messageBoxAnswers.push(0);
    window.webContents.emit('render-process-gone', preventableEvent(), { reason: 'crashed' });
    for (let i = 0; i < 200 && window.reloadCount === 0; i++) await sleep(10);

    // then the window reloads and its start-up document carries the unsaved work
    expect(window.reloadCount).toBe(1);
    const restored = (await invoke('window:startup', {})) as { restored?: { text: string } };
    expect(restored.restored?.text).toBe('typed just before the crash');
  });

  it('asks before closing a dirty window, and Cancel keeps it open', () => {
    // given a dirty window
    fake.ipcMain.listeners.get('window:setDocumentState')?.(fromWindow(window), { title: 'D.swimlane.yaml', isDirty: true });

    // when it is closed and the user answers Cancel
    fake.dialog.messageBoxAnswers.push(2);
    window.close();

    // then the question was asked and the window is still open
    expect(fake.dialog.messages.at(-1)).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'] });
    expect(window.isDestroyed()).toBe(false);
  });

  it('on Save, asks the renderer to save and closes once it reports a clean document', () => {
    // given a dirty window
    fake.ipcMain.listeners.get('window:setDocumentState')?.(fromWindow(window), { title: 'D.swimlane.yaml', isDirty: true });

    // when it is closed and the user answers Save
    fake.dialog.messageBoxAnswers.push(0);
    window.close();
    const sent = window.webContents.sent.at(-1);
    const isOpenWhileSaving = !window.isDestroyed();
    fake.ipcMain.listeners.get('window:setDocumentState')?.(fromWindow(window), { title: 'D.swimlane.yaml', isDirty: false });

    // then the renderer got the save command, and the window closed after it saved
    expect(sent).toEqual(['menu:command', 'save']);
    expect(isOpenWhileSaving).toBe(true);
    expect(window.isDestroyed()).toBe(true);
  });
});
