import { mkdtemp, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDiskChange, parseFingerprint, readSnapshot } from '../../../shared/node/fileFingerprint';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'swimlane-fingerprint-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('checkDiskChange', () => {
  it('reports a change made by someone else after the file was read', async () => {
    // given a map read by the app
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\ntitle: Detect\n');
    const { state } = await readSnapshot(path);

    // when another program (a git checkout) rewrites it
    await writeFile(path, 'id: D\ntitle: Detect Events\n');

    // then the change is reported with the new content
    const change = await checkDiskChange(path, state);
    expect(change.status).toBe('changed');
    if (change.status === 'changed') {
      expect(change.snapshot.bytes.toString()).toBe('id: D\ntitle: Detect Events\n');
      expect(change.reason).toContain('size');
    }
  });

  it('catches a change with the same size and the same mtime by the content hash', async () => {
    // given a read file
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\n');
    const { state } = await readSnapshot(path);
    const { atime, mtime } = await stat(path);

    // when the content changes but size and mtime are made identical
    await writeFile(path, 'id: E\n');
    await utimes(path, atime, mtime);

    // then the content hash still tells
    expect((await checkDiskChange(path, state)).status).toBe('changed');
  });

  it('does not report a touch that leaves the bytes as they were', async () => {
    // given a read file
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\n');
    const { state } = await readSnapshot(path);

    // when only its time changes
    await utimes(path, new Date(), new Date(Date.now() + 5000));

    // then it is unchanged
    expect((await checkDiskChange(path, state)).status).toBe('unchanged');
  });

  it('reports a deleted file as missing', async () => {
    // given a read file that is then deleted
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\n');
    const { state } = await readSnapshot(path);
    await unlink(path);

    // when checked
    const change = await checkDiskChange(path, state);

    // then it is missing
    expect(change.status).toBe('missing');
  });
});

describe('fingerprints', () => {
  it('round-trip through their string form', async () => {
    // given a snapshot
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\n');
    const snapshot = await readSnapshot(path);

    // when its fingerprint string is parsed
    const parsed = parseFingerprint(snapshot.fingerprint);

    // then it gives back the state, and garbage gives nothing
    expect(parsed).toEqual(snapshot.state);
    expect(parseFingerprint('v1:1:2:nothex')).toBeUndefined();
  });
});
