import { mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicSave } from '../../../shared/node/atomicSave';
import { readSnapshot } from '../../../shared/node/fileFingerprint';
import type { FileSnapshot } from '../../../shared/node/fileFingerprint';
import { watchFileInFolder } from '../../../shared/node/folderWatcher';
import type { FileWatch } from '../../../shared/node/folderWatcher';

let folder: string;
let watch: FileWatch | undefined;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'swimlane-watch-'));
});
afterEach(async () => {
  watch?.close();
  await rm(folder, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await sleep(10);
}

/** Replaces a file the way git checkout does: write a new file, rename it over the old one. */
async function checkoutWrite(path: string, text: string): Promise<void> {
  const temp = `${path}.lock`;
  await writeFile(temp, text);
  await rename(temp, path);
}

describe('watchFileInFolder', () => {
  it('keeps reporting after repeated rename-over replacements (a file watcher would go silent)', async () => {
    // given a watched map
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\n');
    const seen: string[] = [];
    watch = watchFileInFolder(path, { knownFingerprint: (await readSnapshot(path)).fingerprint, debounceMs: 30, onChange: (s: FileSnapshot) => seen.push(s.bytes.toString()) });

    // when two checkouts replace it in turn
    await checkoutWrite(path, 'id: D\ntitle: one\n');
    await until(() => seen.length === 1);
    await checkoutWrite(path, 'id: D\ntitle: two\n');
    await until(() => seen.length === 2);

    // then both changes were reported, in order
    expect(seen).toEqual(['id: D\ntitle: one\n', 'id: D\ntitle: two\n']);
  });

  it('does not report the app\'s own save, nor a rewrite with identical bytes', async () => {
    // given a watched map
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\n');
    const seen: string[] = [];
    watch = watchFileInFolder(path, { knownFingerprint: (await readSnapshot(path)).fingerprint, debounceMs: 30, onChange: (s) => seen.push(s.bytes.toString()) });

    // when the app saves (and records its fingerprint) and someone rewrites the same bytes
    const saved = await atomicSave(path, Buffer.from('id: D\ntitle: mine\n'));
    watch.setKnownFingerprint(saved.fingerprint);
    await checkoutWrite(path, 'id: D\ntitle: mine\n');
    await sleep(300);

    // then nothing was reported
    expect(seen).toEqual([]);
  });

  it('tells when the file disappears and reports it again when it comes back', async () => {
    // given a watched map
    const path = join(folder, 'D.yaml');
    await writeFile(path, 'id: D\n');
    const events: string[] = [];
    watch = watchFileInFolder(path, {
      knownFingerprint: (await readSnapshot(path)).fingerprint,
      debounceMs: 30,
      onChange: (s) => events.push(`change:${s.bytes.toString().trim()}`),
      onMissing: () => events.push('missing'),
    });

    // when a checkout removes it and a later one brings other content back
    await unlink(path);
    await until(() => events.length === 1);
    await checkoutWrite(path, 'id: D2\n');
    await until(() => events.length === 2);

    // then both are reported
    expect(events).toEqual(['missing', 'change:id: D2']);
  });
});
