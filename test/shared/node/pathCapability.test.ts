import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInsideFolder, PathCapabilities, PathDeniedError } from '../../../shared/node/pathCapability';

let root: string;
let library: string;
let capabilities: PathCapabilities;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'swimlane-capability-'));
  library = join(root, 'library');
  await mkdir(join(library, 'cert'), { recursive: true });
  await writeFile(join(library, 'cert', 'D.yaml'), 'id: D\n');
  await writeFile(join(root, 'secret.txt'), 'password\n');
  await mkdir(join(root, 'library-evil'));
  await writeFile(join(root, 'library-evil', 'x.yaml'), 'id: X\n');
  capabilities = new PathCapabilities();
  await capabilities.grantFolder(library);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('PathCapabilities.resolveInFolder', () => {
  it('resolves a file inside the opened folder', async () => {
    // given the library folder granted
    // when a library path is requested
    const real = await capabilities.resolveInFolder(library, 'cert/D.yaml');

    // then it resolves to the real file
    expect(real.endsWith(join('library', 'cert', 'D.yaml'))).toBe(true);
  });

  it.each([
    ['../secret.txt'],
    ['cert/../../secret.txt'],
    ['..\\secret.txt'],
    ['../library-evil/x.yaml'],
  ])('rejects the ../ escape %s', async (path) => {
    // given the library folder granted
    // when a path climbing out of it is requested
    const resolving = capabilities.resolveInFolder(library, path);

    // then it is denied
    await expect(resolving).rejects.toThrow(PathDeniedError);
  });

  it.each([['/etc/passwd'], ['C:\\Windows\\win.ini'], ['\\\\server\\share\\x'], ['cert/D.yaml\0.png'], ['']])('rejects the absolute or malformed path %j', async (path) => {
    // given the library folder granted
    // when an absolute or malformed path is requested
    // then it is denied
    await expect(capabilities.resolveInFolder(library, path)).rejects.toThrow(PathDeniedError);
  });

  it('rejects a symlink inside the folder that points outside it', async () => {
    // given a symlink in the library pointing at a file outside
    await symlink(join(root, 'secret.txt'), join(library, 'cert', 'innocent.yaml'));

    // when it is requested
    const resolving = capabilities.resolveInFolder(library, 'cert/innocent.yaml');

    // then it is denied, because its real path leaves the folder
    await expect(resolving).rejects.toThrow('leads outside');
  });

  it('rejects a symlinked sub-folder that points outside', async () => {
    // given a symlinked folder in the library pointing at the parent
    await symlink(root, join(library, 'up'));

    // when a file through it is requested
    // then it is denied
    await expect(capabilities.resolveInFolder(library, 'up/secret.txt')).rejects.toThrow(PathDeniedError);
  });

  it('rejects a folder that was never opened', async () => {
    // given a folder that was not granted
    // when a file in it is requested
    // then it is denied
    await expect(capabilities.resolveInFolder(join(root, 'library-evil'), 'x.yaml')).rejects.toThrow('was not opened');
  });
});

describe('PathCapabilities.resolveGranted', () => {
  it('accepts a picked file and refuses any other', async () => {
    // given one file picked in a dialog
    const picked = join(root, 'library-evil', 'x.yaml');
    await capabilities.grantFile(picked);

    // when it and another file are requested
    // then only the picked one resolves
    await expect(capabilities.resolveGranted(picked)).resolves.toContain('x.yaml');
    await expect(capabilities.resolveGranted(join(root, 'secret.txt'))).rejects.toThrow(PathDeniedError);
    await expect(capabilities.resolveGranted(join(library, '..', 'secret.txt'))).rejects.toThrow(PathDeniedError);
  });

  it('refuses a granted file that was replaced by a symlink to another file', async () => {
    // given a picked file
    const picked = join(root, 'library-evil', 'x.yaml');
    await capabilities.grantFile(picked);

    // when it is replaced by a symlink pointing at a secret
    await unlink(picked);
    await symlink(join(root, 'secret.txt'), picked);

    // then using it is denied
    await expect(capabilities.resolveGranted(picked)).rejects.toThrow(PathDeniedError);
  });
});

describe('isInsideFolder', () => {
  it('does not confuse a sibling with a common prefix for a child', () => {
    // given a folder and a sibling that starts with its name
    // when compared
    // then only real children count
    expect(isInsideFolder('/a/library', '/a/library/cert/D.yaml')).toBe(true);
    expect(isInsideFolder('/a/library', '/a/library-evil/x.yaml')).toBe(false);
    expect(isInsideFolder('/a/library', '/a')).toBe(false);
  });
});
