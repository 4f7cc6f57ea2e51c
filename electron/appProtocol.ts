/**
 * The `app://swimlane/` protocol that serves the built renderer (`dist/renderer`) instead of
 * `file://`: only files inside that folder, only GET, every response with the strict CSP.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './securityPolicy';
import { isInsideFolder } from '../shared/node/pathCapability';

/** Registered before `app.ready` with `protocol.registerSchemesAsPrivileged`. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, bypassCSP: false, corsEnabled: false, stream: false },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.yaml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every response of the app protocol. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

/**
 * Builds the handler for `protocol.handle(APP_SCHEME, …)`: maps `app://swimlane/<path>` to a file in
 * `rootFolder`, refusing other hosts, other methods, encoded `..` and symlinks that leave the folder.
 */
export function createAppProtocolHandler(rootFolder: string): (request: { url: string; method: string }) => Promise<Response> {
  const realRoot = realpath(rootFolder);
  const refuse = (status: number, text: string): Response => new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'not found');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400, 'bad request');
    }
    if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) return refuse(403, 'forbidden');
    const relativePath = pathname === '/' || pathname === '' ? 'index.html' : normalize(pathname).replace(/^[\\/]+/, '');
    const root = await realRoot;
    try {
      const real = await realpath(join(root, relativePath));
      if (!isInsideFolder(root, real) || real === root) return refuse(403, 'forbidden');
      const body = await readFile(real);
      const type = MIME_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(type) });
    } catch {
      return refuse(404, 'not found');
    }
  };
}
