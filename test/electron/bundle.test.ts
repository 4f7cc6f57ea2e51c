/**
 * The esbuild bundles as Electron loads them: the main process as ESM and the sandboxed preload as
 * CommonJS. The main bundle is evaluated under Node with `electron` resolved to a tiny stand-in.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let out: string;

/** Just enough of `electron` for main.js to start as a second instance (which must quit at once). */
const FAKE_ELECTRON = `
const log = (line) => process.stdout.write(line + '\\n');
const noop = () => undefined;
export const app = {
  setName: noop, enableSandbox: () => log('enableSandbox'), setPath: noop, getPath: () => '/nonexistent', isPackaged: false,
  requestSingleInstanceLock: () => { log('requestSingleInstanceLock'); return false; },
  quit: () => { log('quit'); process.exit(0); },
  on: noop, whenReady: () => new Promise(noop),
};
export const protocol = { registerSchemesAsPrivileged: (schemes) => log('scheme:' + schemes.map((s) => s.scheme).join()), handle: noop };
export const BrowserWindow = class {}; export const dialog = {}; export const ipcMain = {}; export const Menu = {};
export const screen = {}; export const session = {}; export const shell = {};
export default { app, protocol, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell };
`;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'swimlane-bundle-'));
  execFileSync(process.execPath, [join(root, 'scripts/build-electron.mjs'), '--outdir', out], { cwd: root });
}, 120_000);
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('scripts/build-electron.mjs', () => {
  it('bundles the preload as CommonJS that requires nothing but electron', async () => {
    // given the preload bundle
    const preload = await readFile(join(out, 'preload.cjs'), 'utf8');

    // then it is CommonJS, and its only runtime require is electron (a sandboxed preload has no Node)
    const requires = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    expect([...new Set(requires)]).toEqual(['electron']);
    expect(preload).not.toMatch(/^import /m);
    expect(preload).toContain('exposeInMainWorld("swimlane"');
  });

  it('bundles a main process that starts, and quits at once as a second instance', async () => {
    // given the main bundle, with electron resolved to a stand-in
    const fake = join(out, 'fake-electron.mjs');
    await writeFile(fake, FAKE_ELECTRON);
    const hooks = `export async function resolve(specifier, context, next) { return specifier === 'electron' ? { url: ${JSON.stringify(pathToFileURL(fake).href)}, shortCircuit: true } : next(specifier, context); }`;
    const register = join(out, 'register.mjs');
    await writeFile(register, `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));\n`);
    await writeFile(join(out, 'package.json'), '{"type": "module"}');

    // when it runs
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, join(out, 'main.js')], { encoding: 'utf8', timeout: 30_000 });

    // then it registered the app scheme, enabled the sandbox, asked for the lock, and quit
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(['scheme:app', 'enableSandbox', 'requestSingleInstanceLock', 'quit']);
    expect(run.status).toBe(0);
  });
});
