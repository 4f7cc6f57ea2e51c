/**
 * What a file looked like on disk when the app last read or wrote it (size, mtime, sha256), and the
 * comparison that tells whether someone else changed it since: the guard that keeps a save from
 * overwriting a `git checkout`, a merge or a colleague's edit.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { MAX_MAP_FILE_BYTES, TextFileError, tooBigMessage } from './readTextFile';

export interface DiskState {
  readonly size: number;
  readonly mtimeMs: number;
  /** Lower-case hex sha256 of the bytes. */
  readonly sha256: string;
}

export interface FileSnapshot {
  readonly bytes: Buffer;
  readonly state: DiskState;
  readonly fingerprint: string;
}

export type DiskChange =
  | { readonly status: 'unchanged'; readonly snapshot: FileSnapshot }
  | { readonly status: 'changed'; readonly snapshot: FileSnapshot; readonly reason: string }
  | { readonly status: 'missing' };

const FINGERPRINT = /^v1:(\d+):(\d+(?:\.\d+)?):([0-9a-f]{64})$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The opaque fingerprint string handed to the renderer: `v1:<size>:<mtimeMs>:<sha256>`. */
export function formatFingerprint(state: DiskState): string {
  return `v1:${state.size}:${state.mtimeMs}:${state.sha256}`;
}

export function parseFingerprint(fingerprint: string): DiskState | undefined {
  const match = FINGERPRINT.exec(fingerprint);
  if (!match) return undefined;
  return { size: Number(match[1]), mtimeMs: Number(match[2]), sha256: match[3] as string };
}

/**
 * Reads a file and its state from one open descriptor; retries when the file changed while being
 * read (size or mtime moved), so the bytes and the state always belong together. A file over
 * `maxBytes` (the map limit) is refused from its fstat, before any byte is read.
 */
export async function readSnapshot(path: string, maxBytes = MAX_MAP_FILE_BYTES): Promise<FileSnapshot> {
  for (let attempt = 0; ; attempt++) {
    const handle = await open(path, 'r');
    try {
      const before = await handle.stat();
      if (before.size > maxBytes) throw new TextFileError(tooBigMessage(path, before.size, maxBytes), 'too-big');
      const bytes = await handle.readFile();
      if (bytes.length > maxBytes) throw new TextFileError(tooBigMessage(path, bytes.length, maxBytes), 'too-big');
      const after = await handle.stat();
      if ((before.size === after.size && before.mtimeMs === after.mtimeMs && bytes.length === after.size) || attempt >= 4) {
        const state = { size: bytes.length, mtimeMs: after.mtimeMs, sha256: sha256Hex(bytes) };
        return { bytes, state, fingerprint: formatFingerprint(state) };
      }
    } finally {
      await handle.close();
    }
  }
}

/** Like `readSnapshot`, but `undefined` when the file does not exist. */
export async function readSnapshotIfExists(path: string, maxBytes = MAX_MAP_FILE_BYTES): Promise<FileSnapshot | undefined> {
  try {
    return await readSnapshot(path, maxBytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Compares the file on disk with the state the app expects. The content hash decides: a `touch` or
 * a checkout that restores identical bytes is no change; different bytes always are, even when size
 * and mtime happen to match.
 */
export async function checkDiskChange(path: string, expected: DiskState): Promise<DiskChange> {
  const snapshot = await readSnapshotIfExists(path);
  if (!snapshot) return { status: 'missing' };
  if (snapshot.state.sha256 === expected.sha256) return { status: 'unchanged', snapshot };
  const reason =
    snapshot.state.size !== expected.size
      ? `its size changed from ${expected.size} to ${snapshot.state.size} bytes`
      : snapshot.state.mtimeMs !== expected.mtimeMs
        ? 'it was modified'
        : 'its content changed (same size and time)';
  return { status: 'changed', snapshot, reason };
}
