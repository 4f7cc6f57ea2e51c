/**
 * Crash-safe file writes: the new bytes go to a temporary file in the same folder, are flushed to
 * disk, checked, and only then renamed over the target, and the folder entry is flushed too. A kill
 * or power cut at any moment leaves either the old file or the new one, never a torn or empty one.
 *
 * Invariants:
 * - the bytes are written exactly as given (line endings, BOM and final newline are the caller's);
 * - nothing is written when the bytes equal what is on disk;
 * - nothing is written when `validate` rejects the bytes (never a file the app cannot load back);
 * - a symlink stays a symlink (its target is replaced), and the file keeps its permission bits.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir, readFile, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatFingerprint, sha256Hex } from './fileFingerprint';

export interface AtomicSaveOptions {
  /** Checks the bytes before they replace the file; returns a message when they must not be written. */
  readonly validate?: (bytes: Uint8Array) => string | undefined;
  /** Permission bits for a new file (default 0o666, reduced by the umask). */
  readonly newFileMode?: number;
}

export type AtomicSaveResult =
  | { readonly status: 'written'; readonly path: string; readonly fingerprint: string }
  | { readonly status: 'unchanged'; readonly path: string; readonly fingerprint: string };

/** Thrown when `validate` refuses the bytes; the file on disk is untouched. */
export class InvalidContentError extends Error {
  override readonly name = 'InvalidContentError';
}

const CHUNK_SIZE = 1024 * 1024;
const TEMP_SUFFIX = '.swimlane-tmp';

/** The temporary file name for `target`: hidden, in the same folder, naming the writing process. */
export function tempNameFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** Writes `bytes` to `path` atomically; see the module comment for the guarantees. */
export async function atomicSave(path: string, bytes: Uint8Array, options: AtomicSaveOptions = {}): Promise<AtomicSaveResult> {
  // 1. Write through a symlink to its target, so the link itself survives.
  const target = await resolveWriteTarget(resolve(path));
  const folder = dirname(target);

  // 2. Refuse content the app could not load back, before touching the disk.
  const problem = options.validate?.(bytes);
  if (problem !== undefined) throw new InvalidContentError(problem);

  // 3. Skip the write when the file already holds these bytes.
  const existing = await statIfExists(target);
  if (existing) {
    const current = await readIfExists(target);
    if (current && Buffer.compare(current, bytes) === 0) {
      return { status: 'unchanged', path: target, fingerprint: formatFingerprint({ size: current.length, mtimeMs: existing.mtimeMs, sha256: sha256Hex(current) }) };
    }
  }
  await removeStaleTemps(folder, basename(target));

  // 4. Temp file in the same folder (rename is atomic only within one file system), same mode and owner.
  const temp = tempNameFor(target);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, options.newFileMode ?? 0o666);
    if (existing) {
      await handle.chmod(existing.mode & 0o7777);
      if (process.platform !== 'win32' && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) {
        await handle.chown(existing.uid, existing.gid).catch(() => undefined);
      }
    }
    for (let offset = 0; offset < bytes.length; ) {
      const { bytesWritten } = await handle.write(bytes, offset, Math.min(CHUNK_SIZE, bytes.length - offset));
      offset += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;

    // 5. Read the temp file back: what will replace the target must be exactly the checked bytes.
    const written = await readIfExists(temp);
    if (!written || Buffer.compare(written, bytes) !== 0) throw new Error(`the temporary file for ${target} does not hold the bytes written`);

    // 6. Replace, then make the new directory entry durable.
    await renameOver(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
  const after = await stat(target);
  return { status: 'written', path: target, fingerprint: formatFingerprint({ size: bytes.length, mtimeMs: after.mtimeMs, sha256: sha256Hex(bytes) }) };
}

/** The real file a write to `path` must replace: symlinks (also dangling ones) followed. */
async function resolveWriteTarget(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!info) return join(await realpath(dirname(current)), basename(current));
    if (!info.isSymbolicLink()) {
      if (!info.isFile()) throw new Error(`${current} is not a regular file`);
      return join(await realpath(dirname(current)), basename(current));
    }
    current = resolve(dirname(current), await readlink(current));
  }
  throw new Error(`too many symbolic links at ${path}`);
}

/** `rename`, retried briefly on Windows, where a virus scanner or indexer may hold the target open. */
async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || attempt >= 9 || !['EPERM', 'EACCES', 'EBUSY'].includes(code)) throw error;
      await new Promise((done) => setTimeout(done, 20 * (attempt + 1)));
    }
  }
}

/** Removes temp files of `name` left by writers that were killed (their process is gone). */
export async function removeStaleTemps(folder: string, name: string): Promise<string[]> {
  const prefix = `.${name}.`;
  const removed: string[] = [];
  for (const entry of await readdir(folder).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix) || !entry.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(entry.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || isProcessAlive(pid)) continue;
    await unlink(join(folder, entry)).then(() => removed.push(entry), () => undefined);
  }
  return removed;
}

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flushes the folder entry after a rename (POSIX); Windows cannot open folders and needs none. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (e.g. certain network mounts) refuse fsync on a folder; the rename stands.
    if (!['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

async function statIfExists(path: string) {
  return stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}
