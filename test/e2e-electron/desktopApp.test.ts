/**
 * End-to-end specs of the desktop app, driven by Playwright's `_electron` against the real main
 * process, preload and renderer. They need an Electron binary: `ELECTRON_OVERRIDE_DIST_PATH`
 * (an unpacked Electron 45) or the one the electron package downloaded. Without one every spec
 * reports "skipped: no Electron binary" — never a pass.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const MAP = readFileSync(resolve(root, 'test/fixtures/maps/worked-example.yaml'), 'utf8');
const NO_BINARY = 'skipped: no Electron binary';

/** The Electron executable, or undefined where none can be found (nothing is downloaded here). */
function electronBinary(): string | undefined {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const folders = [process.env.ELECTRON_OVERRIDE_DIST_PATH, join(root, 'node_modules/electron/dist')].filter((folder): folder is string => Boolean(folder));
  return folders.map((folder) => join(folder, name)).find((path) => existsSync(path) && statSync(path).isFile());
}

const binary = electronBinary();

let work: string;
let userData: string;
let apps: ElectronApplication[] = [];

beforeAll(() => {
  if (!binary) return;
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts/build-electron.mjs')], { cwd: root, stdio: 'inherit' });
}, 300_000);

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'swimlane-e2e-'));
  userData = join(work, 'userData');
  apps = [];
});
afterEach(async () => {
  for (const app of apps) await app.close().catch(() => undefined);
  await rm(work, { recursive: true, force: true });
});

async function launch(...files: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: binary,
    args: [root, ...files],
    env: { ...process.env, SWIMLANE_USER_DATA: userData },
  });
  apps.push(app);
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

async function writeMap(name = 'D.swimlane.yaml', text = MAP): Promise<string> {
  const path = join(work, name);
  await writeFile(path, text);
  return path;
}

/** The start-up document of the window, through the same bridge the UI uses. */
function startup(page: Page) {
  return page.evaluate(() => window.swimlane?.invoke('window:startup', {}));
}

describe('desktop app (Electron)', () => {
  it('opens the map given on the command line', async (context) => {
    context.skip(!binary, NO_BINARY);
    // given a map file
    const path = await writeMap();

    // when the app is started with it
    const { page } = await launch(path);

    // then the window was given the file, and the editor shows it as the open document
    const opened = await startup(page);
    expect(opened?.file?.name).toBe('D.swimlane.yaml');
    expect(opened?.file?.text).toBe(MAP);
    await page.getByTestId('document-name').filter({ hasText: 'D.swimlane.yaml' }).waitFor({ timeout: 20_000 });
  });

  it('runs the page without Node, with only the contract bridge, and blocks remote requests', async (context) => {
    context.skip(!binary, NO_BINARY);
    // given the running app
    const { page } = await launch();

    // when the page probes its powers
    const probe = await page.evaluate(async () => ({
      hasRequire: typeof (globalThis as { require?: unknown }).require,
      hasProcess: typeof (globalThis as { process?: unknown }).process,
      bridgeKeys: Object.keys(window.swimlane ?? {}).sort(),
      origin: location.origin,
      popup: window.open('https://example.org/') === null,
      remote: await fetch('https://example.org/').then(() => 'reached', () => 'blocked'),
    }));

    // then it has none beyond the bridge
    expect(probe).toEqual({ hasRequire: 'undefined', hasProcess: 'undefined', bridgeKeys: ['invoke', 'on', 'send'], origin: 'app://swimlane', popup: true, remote: 'blocked' });
  });

  it('saves an edit atomically and reports a conflict after an external change', async (context) => {
    context.skip(!binary, NO_BINARY);
    // given an open map
    const path = await writeMap();
    const { page } = await launch(path);
    const opened = (await startup(page))?.file;
    if (!opened) throw new Error('no file');

    // when an edit is saved
    const edited = MAP.replace('(example)', '(edited in e2e)');
    const saved = await page.evaluate((request) => window.swimlane?.invoke('file:save', request), { handle: opened.handle, text: edited, fingerprint: opened.fingerprint });

    // then the file on disk has it
    expect(saved?.status).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe(edited);

    // and when someone else changes the file, the window hears of it and a stale save is refused
    await page.evaluate(() => {
      (window as unknown as { changes: unknown[] }).changes = [];
      window.swimlane?.on('file:externalChange', (change) => (window as unknown as { changes: unknown[] }).changes.push(change));
    });
    await writeFile(path, MAP.replace('(example)', '(changed outside)'));
    await page.waitForFunction(() => (window as unknown as { changes: unknown[] }).changes.length > 0, undefined, { timeout: 10_000 });
    const stale = await page.evaluate((request) => window.swimlane?.invoke('file:save', request), { handle: opened.handle, text: MAP, fingerprint: saved?.status === 'saved' ? saved.fingerprint : undefined });
    expect(stale?.status).toBe('conflict');
    expect(await readFile(path, 'utf8')).toContain('(changed outside)');
  });

  it('exports to the file picked in the save dialog', async (context) => {
    context.skip(!binary, NO_BINARY);
    // given an open map and a save dialog that answers with a path
    const path = await writeMap();
    const { app, page } = await launch(path);
    const target = join(work, 'D.svg');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);

    // when an SVG is exported
    const exported = await page.evaluate(() => window.swimlane?.invoke('file:export', { suggestedName: 'D.svg', data: '<svg xmlns="http://www.w3.org/2000/svg"/>', mimeType: 'image/svg+xml' }));

    // then the file is written
    expect(exported).toBe(true);
    expect(await readFile(target, 'utf8')).toContain('<svg');
  });

  it('restores unsaved work after the app is killed', async (context) => {
    context.skip(!binary, NO_BINARY);
    // given an open map with unsaved work that the app backed up
    const path = await writeMap();
    const first = await launch(path);
    const opened = (await startup(first.page))?.file;
    if (!opened) throw new Error('no file');
    const unsaved = MAP.replace('(example)', '(unsaved work)');
    await first.page.evaluate((request) => window.swimlane?.invoke('backup:write', request), { handle: opened.handle, name: opened.name, text: unsaved });
    await new Promise((done) => setTimeout(done, 1500));

    // when the app is killed and started again
    first.app.process().kill('SIGKILL');
    await new Promise((done) => first.app.process().once('exit', done));
    apps = apps.filter((app) => app !== first.app);
    const second = await launch();

    // then the window offers the unsaved work next to the file on disk
    const restored = await startup(second.page);
    expect(restored?.restored?.text).toBe(unsaved);
    expect(restored?.file?.text).toBe(MAP);
  });
});
