import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupScheduler, BackupStore, backupIdForPath, newUntitledBackupId } from '../../../shared/node/backupStore';
import type { BackupTimers } from '../../../shared/node/backupStore';
import { isInsideFolder } from '../../../shared/node/pathCapability';

let root: string;
let documents: string;
let store: BackupStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'swimlane-backup-'));
  documents = join(root, 'repo');
  await mkdir(documents);
  store = new BackupStore(join(root, 'userData', 'backups'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Timers driven by the test: `advance(ms)` fires what is due. */
function manualTimers(): BackupTimers & { advance(ms: number): void } {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  return {
    setTimeout(callback, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(timer) {
      timers.delete(timer as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
  };
}

describe('BackupScheduler', () => {
  it('writes a backup one second after the last edit, not before', async () => {
    // given a scheduler with test-driven timers
    const timers = manualTimers();
    const scheduler = new BackupScheduler(store, 1000, timers);
    const id = backupIdForPath(join(documents, 'D.yaml'));

    // when edits arrive 600 ms apart
    scheduler.schedule(id, { documentPath: join(documents, 'D.yaml'), name: 'D.yaml', text: 'edit 1' });
    timers.advance(600);
    scheduler.schedule(id, { documentPath: join(documents, 'D.yaml'), name: 'D.yaml', text: 'edit 2' });
    timers.advance(600);
    const afterSecondEdit = await store.read(id);
    timers.advance(400);
    await scheduler.flush();

    // then nothing was written until a full quiet second passed, and then only the last edit
    expect(afterSecondEdit).toBeUndefined();
    expect((await store.read(id))?.text).toBe('edit 2');
  });

  it('flush writes pending backups at once (quitting waits for it)', async () => {
    // given a pending backup
    const scheduler = new BackupScheduler(store, 60_000);
    const id = newUntitledBackupId();
    scheduler.schedule(id, { documentPath: null, name: 'Untitled.yaml', text: 'unsaved' });
    expect(scheduler.hasPending).toBe(true);

    // when flushed
    await scheduler.flush();

    // then it is on disk and nothing is pending
    expect((await store.read(id))?.text).toBe('unsaved');
    expect(scheduler.hasPending).toBe(false);
  });

  it('discard drops a pending backup and the stored one (after Save or Don\'t Save)', async () => {
    // given a stored backup and a newer pending one
    const scheduler = new BackupScheduler(store, 60_000);
    const id = backupIdForPath(join(documents, 'D.yaml'));
    await store.write(id, { documentPath: join(documents, 'D.yaml'), name: 'D.yaml', text: 'old' });
    scheduler.schedule(id, { documentPath: join(documents, 'D.yaml'), name: 'D.yaml', text: 'new' });

    // when discarded and flushed
    await scheduler.discard(id);
    await scheduler.flush();

    // then there is no backup
    expect(await store.list()).toEqual([]);
  });

  it('keeps a pending backup of work typed while a save ran', async () => {
    // given a backup pending for newer text than the one just saved
    const scheduler = new BackupScheduler(store, 60_000);
    const id = backupIdForPath(join(documents, 'D.yaml'));
    scheduler.schedule(id, { documentPath: join(documents, 'D.yaml'), name: 'D.yaml', text: 'typed after save' });

    // when the save of the older text discards backups
    await scheduler.discard(id, 'saved text');
    await scheduler.flush();

    // then the newer work is still backed up
    expect((await store.read(id))?.text).toBe('typed after save');
  });
});

describe('BackupStore', () => {
  it('keeps backups outside the document folder', async () => {
    // given a document in a repository folder
    const documentPath = join(documents, 'D.yaml');

    // when its backup is written
    await store.write(backupIdForPath(documentPath), { documentPath, name: 'D.yaml', text: 'x' });

    // then the repository folder holds nothing new, and the backup lies in the store folder
    expect(await readdir(documents)).toEqual([]);
    expect(isInsideFolder(documents, store.pathOf(backupIdForPath(documentPath)))).toBe(false);
  });

  it('refuses to write backups next to the document', async () => {
    // given a store misconfigured to the repository folder itself
    const misplaced = new BackupStore(documents);

    // when a backup is written
    const writing = misplaced.write(backupIdForPath(join(documents, 'D.yaml')), { documentPath: join(documents, 'D.yaml'), name: 'D.yaml', text: 'x' });

    // then it is refused
    await expect(writing).rejects.toThrow('must not be stored in the document folder');
  });

  it('restores work after the process was killed (a real child killed with SIGKILL)', async () => {
    // given a child process that backs up unsaved work and is then killed
    const documentPath = join(documents, 'D.yaml');
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'fixtures/backupThenDie.ts'), store.folder, documentPath, 'id: D\ntitle: unsaved work\n'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((done) => child.stdout.on('data', (data: Buffer) => data.toString().includes('backed-up') && done()));
    const exited = new Promise((done) => child.on('exit', (_code, signal) => done(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // when the next run lists the backups
    const backups = await store.list();

    // then the unsaved work is there, naming its document
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ documentPath, name: 'D.yaml', text: 'id: D\ntitle: unsaved work\n' });
  });

  it('skips unreadable backup files instead of failing the listing', async () => {
    // given one good backup and one corrupt file
    await store.write(newUntitledBackupId(), { documentPath: null, name: 'a.yaml', text: 'a' });
    await writeFile(join(store.folder, `${newUntitledBackupId()}.json`), '{"format": "swim');

    // when listed
    const backups = await store.list();

    // then only the good one is returned
    expect(backups.map((backup) => backup.name)).toEqual(['a.yaml']);
  });
});
