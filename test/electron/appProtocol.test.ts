import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appSchemePrivileges, createAppProtocolHandler } from '../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/securityPolicy';

let root: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'swimlane-protocol-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Swimlane Studio</title>');
  await writeFile(join(root, 'renderer', 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'secret');
  handler = createAppProtocolHandler(join(root, 'renderer'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler({ url, method });

describe('createAppProtocolHandler', () => {
  it('serves the renderer with the CSP and the right type', async () => {
    // given the built renderer
    // when the entry page and a script are requested
    const page = await get('app://swimlane/index.html');
    const script = await get('app://swimlane/assets/index.js');

    // then they are served with the strict CSP and no sniffing
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Swimlane Studio');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it.each([
    ['app://swimlane/../secret.txt'],
    ['app://swimlane/%2e%2e/secret.txt'],
    ['app://swimlane/assets/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['app://swimlane/..%5csecret.txt'],
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    // given a secret next to the renderer folder
    // when a traversal URL is requested
    const response = await get(url);

    // then the secret is not served
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses a symlink inside the renderer folder that leads outside', async () => {
    // given a symlink in the renderer folder to the secret
    await symlink(join(root, 'secret.txt'), join(root, 'renderer', 'leak.txt'));

    // when requested
    const response = await get('app://swimlane/leak.txt');

    // then it is refused
    expect(response.status).toBe(403);
  });

  it('refuses other hosts and other methods', async () => {
    // given the handler
    // when asked for another host or with POST
    // then both are refused
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://swimlane/index.html', 'POST')).status).toBe(405);
  });

  it('registers the scheme as standard and secure, without bypassing the CSP', () => {
    // given the privileges
    // then the scheme behaves like https and the CSP applies
    expect(appSchemePrivileges.scheme).toBe('app');
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });
});
