import { spawn } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicSave, InvalidContentError, removeStaleTemps } from '../../../shared/node/atomicSave';

const writer = resolve(import.meta.dirname, 'fixtures/killableWriter.ts');
const KILL_SIZE = 256 * 1024 * 1024;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'swimlane-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts the writer child and SIGKILLs it as soon as `isMidWrite` sees a partly written file;
 * resolves with what `isMidWrite` observed at the moment of the kill.
 */
async function killMidWrite(mode: 'atomic' | 'in-place', target: string, isMidWrite: () => Promise<number | undefined>): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, mode, target, String(KILL_SIZE), 'n'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  let observed: number | undefined;
  const deadline = Date.now() + 20_000;
  while (observed === undefined && Date.now() < deadline && child.exitCode === null) {
    observed = await isMidWrite();
    if (observed === undefined) await sleep(1);
  }
  child.kill('SIGKILL');
  const signal = await exited;
  if (observed === undefined || signal !== 'SIGKILL') throw new Error(`the writer was not killed mid-write (signal ${signal})`);
  return observed;
}

async function sizeIfExists(path: string): Promise<number | undefined> {
  return stat(path).then((info) => info.size, () => undefined);
}

describe('atomicSave', () => {
  it('keeps the old file intact when the writer is killed with SIGKILL mid-write', async () => {
    // given a file with known content
    const target = join(folder, 'map.yaml');
    const original = 'format: swimlane/1\nid: D\n';
    await writeFile(target, original);

    // when a real child process rewriting it atomically is killed while the temp file grows
    const observed = await killMidWrite('atomic', target, async () => {
      const temp = (await readdir(folder)).find((name) => name.endsWith('.swimlane-tmp'));
      const size = temp ? await sizeIfExists(join(folder, temp)) : undefined;
      return size !== undefined && size > 0 && size < KILL_SIZE ? size : undefined;
    });

    // then the kill landed mid-write, and the target still holds exactly the old bytes
    expect(observed).toBeLessThan(KILL_SIZE);
    expect(await readFile(target, 'utf8')).toBe(original);
  });

  it('control: the same kill during an in-place write leaves a damaged file (the harness can fail)', async () => {
    // given a file with known content
    const target = join(folder, 'map.yaml');
    await writeFile(target, 'format: swimlane/1\nid: D\n');

    // when an in-place rewrite is killed mid-write
    await killMidWrite('in-place', target, async () => {
      const size = await sizeIfExists(target);
      return size !== undefined && size > 1024 && size < KILL_SIZE ? size : undefined;
    });

    // then the file is neither the old nor the new content
    const after = await readFile(target);
    expect(after.length).toBeLessThan(KILL_SIZE);
    expect(after.subarray(0, 6).toString()).not.toBe('format');
  });

  it('cleans up the temp file a killed writer left behind on the next save', async () => {
    // given a stray temp file of a process that no longer exists
    const target = join(folder, 'map.yaml');
    await writeFile(target, 'old\n');
    const stray = join(folder, '.map.yaml.999999999.abcdef012345.swimlane-tmp');
    await writeFile(stray, 'partial');

    // when the file is saved again
    const removed = await removeStaleTemps(folder, 'map.yaml');
    await atomicSave(target, Buffer.from('new\n'));

    // then the stray temp file is gone and no new one is left
    expect(removed).toEqual(['.map.yaml.999999999.abcdef012345.swimlane-tmp']);
    expect((await readdir(folder)).sort()).toEqual(['map.yaml']);
  });

  it('writes the bytes exactly as given: CRLF, BOM and a missing final newline survive', async () => {
    // given text with a BOM, Windows line endings and no final newline
    const target = join(folder, 'crlf.yaml');
    const bytes = Buffer.from('\uFEFFformat: swimlane/1\r\nid: D\r\ntitle: "D: Detect"', 'utf8');

    // when it is saved
    const result = await atomicSave(target, bytes);

    // then the file holds exactly those bytes
    expect(result.status).toBe('written');
    expect(Buffer.compare(await readFile(target), bytes)).toBe(0);
  });

  it('skips the write when the bytes on disk are already the same', async () => {
    // given a saved file
    const target = join(folder, 'same.yaml');
    await atomicSave(target, Buffer.from('id: D\n'));
    const before = await stat(target);
    await sleep(20);

    // when the same bytes are saved again
    const result = await atomicSave(target, Buffer.from('id: D\n'));

    // then nothing was written: same inode, same mtime
    const after = await stat(target);
    expect(result.status).toBe('unchanged');
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('never writes bytes the validator rejects, and leaves no temp file', async () => {
    // given an existing file
    const target = join(folder, 'map.yaml');
    await writeFile(target, 'id: D\n');

    // when content that cannot be loaded back is saved
    const save = atomicSave(target, Buffer.from('id: [unclosed\n'), { validate: (bytes) => (Buffer.from(bytes).toString().includes('[unclosed') ? 'line 1: flow sequence not closed' : undefined) });

    // then the save fails with the validator's message and the file is untouched
    await expect(save).rejects.toThrow(InvalidContentError);
    await expect(save).rejects.toThrow('flow sequence not closed');
    expect(await readFile(target, 'utf8')).toBe('id: D\n');
    expect(await readdir(folder)).toEqual(['map.yaml']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    // given a file readable only by its owner and group
    const target = join(folder, 'private.yaml');
    await writeFile(target, 'id: D\n');
    await chmod(target, 0o640);

    // when it is saved
    await atomicSave(target, Buffer.from('id: E\n'));

    // then the mode is unchanged
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('writes through a symlink and keeps the link', async () => {
    // given a symlink in a work folder pointing at the real file elsewhere
    const realFolder = join(folder, 'repo');
    await mkdir(realFolder);
    const real = join(realFolder, 'D.yaml');
    await writeFile(real, 'id: D\n');
    const link = join(folder, 'D-link.yaml');
    await symlink(real, link);

    // when the map is saved through the link
    const result = await atomicSave(link, Buffer.from('id: D2\n'));

    // then the link is still a link to the same target, and the target has the new bytes
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('id: D2\n');
    expect(result.path).toBe(real);
  });

  it('returns a fingerprint of what it wrote', async () => {
    // given nothing on disk
    const target = join(folder, 'new.yaml');

    // when a new file is saved
    const result = await atomicSave(target, Buffer.from('id: D\n'));

    // then the fingerprint names its size and content hash
    expect(result.fingerprint).toMatch(/^v1:6:\d+(\.\d+)?:[0-9a-f]{64}$/);
  });
});
