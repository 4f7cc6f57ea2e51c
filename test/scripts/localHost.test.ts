/** The browser-edition server answers only localhost Host headers (issue 16, finding 13: DNS rebinding). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { isLocalHostHeader } from '../../scripts/localHost.mjs';

describe('isLocalHostHeader', () => {
  it.each(['localhost', 'localhost:5173', '127.0.0.1', '127.0.0.1:80', 'LOCALHOST:5173'])('accepts %s', (host) => {
    // given a request to the local server by a local name
    // then it is answered
    expect(isLocalHostHeader(host)).toBe(true);
  });

  it.each([undefined, '', 'evil.example', 'evil.example:5173', 'localhost.evil.example', '127.0.0.1.evil.example', 'localhost:5173@evil', '0.0.0.0:5173', '[::1]:5173x'])('refuses %s', (host) => {
    // given a rebinding page's Host header (its own name), or none
    // then it is refused
    expect(isLocalHostHeader(host)).toBe(false);
  });

  it('is checked by scripts/start.mjs before any file is served', () => {
    // given the server script
    const start = readFileSync(resolve(import.meta.dirname, '../../scripts/start.mjs'), 'utf8');
    // then the check comes first in the request handler
    const handler = start.slice(start.indexOf('createServer('));
    expect(handler.indexOf('isLocalHostHeader(request.headers.host)')).toBeGreaterThan(0);
    expect(handler.indexOf('isLocalHostHeader(request.headers.host)')).toBeLessThan(handler.indexOf('readFile('));
  });
});
