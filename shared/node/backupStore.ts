/**
 * Backups of unsaved work, kept outside the document's folder (under the app's data folder) so they
 * never show up in the team's git repository. Written one quiet second after the last edit, flushed
 * at once on quit or when a window's renderer dies; listed at start-up to restore work after a
 * crash or kill.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { atomicSave } from './atomicSave';

const BackupFile = z.strictObject({
  format: z.literal('swimlane-backup/1'),
  id: z.string(),
  /** Real path of the document, or null for a document never saved. */
  documentPath: z.string().nullable(),
  name: z.string(),
  savedAt: z.string(),
  text: z.string(),
});

export type Backup = z.infer<typeof BackupFile>;

export interface BackupRequest {
  readonly documentPath: string | null;
  readonly name: string;
  readonly text: string;
}

/** The backup id of a saved document: stable across runs, so a new backup replaces the old one. */
export function backupIdForPath(realPath: string): string {
  return `doc-${createHash('sha256').update(realPath).digest('hex').slice(0, 32)}`;
}

/** A fresh backup id for a document that has no file yet. */
export function newUntitledBackupId(): string {
  return `untitled-${randomBytes(12).toString('hex')}`;
}

const ID = /^(doc|untitled)-[0-9a-f]{24,32}$/;

export class BackupStore {
  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Writes (replaces) the backup `id`. Refuses to write next to the document (a backup file there
   * would show up in the team's repository). A data folder below the document's folder, such as
   * `~/.config/…` for a map kept in `~`, is fine.
   */
  async write(id: string, request: BackupRequest): Promise<Backup> {
    if (!ID.test(id)) throw new Error(`not a backup id: ${id}`);
    if (request.documentPath !== null && resolve(dirname(request.documentPath)) === resolve(this.folder)) {
      throw new Error('backups must not be stored in the document folder');
    }
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const backup: Backup = { format: 'swimlane-backup/1', id, ...request, savedAt: this.now().toISOString() };
    await atomicSave(this.pathOf(id), Buffer.from(JSON.stringify(backup), 'utf8'), { newFileMode: 0o600 });
    return backup;
  }

  /** Every readable backup, newest first; unreadable files are skipped, never thrown. */
  async list(): Promise<Backup[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const backups: Backup[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || !ID.test(name.slice(0, -5))) continue;
      const backup = await this.read(name.slice(0, -5));
      if (backup) backups.push(backup);
    }
    return backups.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async read(id: string): Promise<Backup | undefined> {
    if (!ID.test(id)) return undefined;
    try {
      const parsed = BackupFile.safeParse(JSON.parse(await readFile(this.pathOf(id), 'utf8')));
      return parsed.success && parsed.data.id === id ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async remove(id: string): Promise<void> {
    if (!ID.test(id)) return;
    await unlink(this.pathOf(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  pathOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }
}

export interface BackupTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const realTimers: BackupTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/**
 * Debounces backups: each `schedule` restarts that document's one-second timer; `flush` writes
 * everything pending now and resolves when all writes (also those already running) are done.
 */
export class BackupScheduler {
  readonly #pending = new Map<string, { request: BackupRequest; timer: unknown }>();
  readonly #running = new Set<Promise<void>>();

  constructor(
    private readonly store: BackupStore,
    readonly delayMs = 1000,
    private readonly timers: BackupTimers = realTimers,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  get hasPending(): boolean {
    return this.#pending.size > 0 || this.#running.size > 0;
  }

  schedule(id: string, request: BackupRequest): void {
    const previous = this.#pending.get(id);
    if (previous) this.timers.clearTimeout(previous.timer);
    const timer = this.timers.setTimeout(() => void this.#writeNow(id), this.delayMs);
    this.#pending.set(id, { request, timer });
  }

  /**
   * Drops a pending backup and deletes the stored one (the work was saved or discarded). With
   * `savedText`, a pending backup of newer work (typed while the save ran) is kept.
   */
  async discard(id: string, savedText?: string): Promise<void> {
    const pending = this.#pending.get(id);
    if (pending && savedText !== undefined && pending.request.text !== savedText) return;
    if (pending) this.timers.clearTimeout(pending.timer);
    this.#pending.delete(id);
    await Promise.all(this.#running);
    await this.store.remove(id);
  }

  async flush(): Promise<void> {
    for (const [id, pending] of [...this.#pending]) {
      this.timers.clearTimeout(pending.timer);
      void this.#writeNow(id);
    }
    while (this.#running.size > 0) await Promise.all(this.#running);
  }

  #writeNow(id: string): Promise<void> {
    const pending = this.#pending.get(id);
    if (!pending) return Promise.resolve();
    this.#pending.delete(id);
    const write = this.store
      .write(id, pending.request)
      .then(() => undefined, this.onError)
      .finally(() => this.#running.delete(write));
    this.#running.add(write);
    return write;
  }
}
