// `npm start`: opens the desktop app. Where no Electron binary can be found or downloaded (e.g. no
// network), it says so in one line and serves the same UI as the browser edition on localhost.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocalHostHeader } from './localHost.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');
const rendererDist = join(root, 'dist', 'renderer');
const args = process.argv.slice(2);
const isBrowserForced = args.includes('--browser') || process.env.SWIMLANE_BROWSER === '1';

/** The executable inside an unpacked Electron distribution for this platform. */
function executableIn(distFolder) {
  const pathFile = join(electronPackage, 'path.txt');
  const name = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';
  return join(distFolder, name);
}

/** The Electron binary: ELECTRON_OVERRIDE_DIST_PATH, else the installed one; undefined when absent. */
function findElectron() {
  const candidates = [];
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) candidates.push(executableIn(process.env.ELECTRON_OVERRIDE_DIST_PATH));
  candidates.push(executableIn(join(electronPackage, 'dist')));
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** Runs the electron package's own installer (downloads the binary); false when that fails. */
function tryDownloadElectron() {
  if (process.env.SWIMLANE_NO_ELECTRON_DOWNLOAD === '1' || !existsSync(join(electronPackage, 'install.js'))) return false;
  const result = spawnSync(process.execPath, [join(electronPackage, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  return result.status === 0;
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function buildRenderer() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (existsSync(vite)) run(process.execPath, [vite, 'build', '--logLevel', 'warn']);
  else run('npx', ['vite', 'build', '--logLevel', 'warn']);
}

async function startDesktop(electron) {
  buildRenderer();
  run(process.execPath, [join(root, 'scripts', 'build-electron.mjs')]);
  const child = spawn(electron, [root, ...args.filter((arg) => arg !== '--browser')], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

// The desktop app's policy (electron/securityPolicy.ts), so the browser edition runs under the same rules.
const CSP = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self' data: blob:", "worker-src 'self' blob:", "manifest-src 'self'",
  "base-uri 'none'", "form-action 'none'", "frame-src 'none'", "frame-ancestors 'none'", "object-src 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.wasm': 'application/wasm',
  '.yaml': 'text/yaml; charset=utf-8', '.yml': 'text/yaml; charset=utf-8',
};

/** Serves dist/renderer on 127.0.0.1 only, with the desktop app's CSP. */
async function serveBrowserEdition() {
  buildRenderer();
  const folder = await realpath(rendererDist);
  const server = createServer(async (request, response) => {
    if (!isLocalHostHeader(request.headers.host)) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('this server answers only to localhost');
      return;
    }
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) throw new Error('forbidden');
      const file = await realpath(join(folder, pathname === '/' ? 'index.html' : pathname));
      const rel = relative(folder, file);
      if (rel.startsWith('..') || rel.split(sep)[0] === '..' || !statSync(file).isFile()) throw new Error('not found');
      response.writeHead(200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
      response.end(await readFile(file));
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
    }
  });
  const port = Number(process.env.PORT ?? 5173);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    console.log(`Swimlane Studio (browser edition): http://localhost:${typeof address === 'object' && address ? address.port : port}/  (Ctrl+C to stop)`);
  });
}

const electron = isBrowserForced ? undefined : (findElectron() ?? (tryDownloadElectron() ? findElectron() : undefined));
if (electron) {
  await startDesktop(electron);
} else {
  if (!isBrowserForced) {
    console.log('No Electron binary: it could not be downloaded (no network?) and ELECTRON_OVERRIDE_DIST_PATH is not set, so the browser edition starts instead.');
  }
  await serveBrowserEdition();
}
