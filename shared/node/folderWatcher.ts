/**
 * Notices when a file is changed by someone else (an editor, `git checkout`, `git pull`) by
 * watching its folder: a watcher on the file itself follows the old inode and goes silent after the
 * first rename-over, which is how git and atomic writers replace files.
 */
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseFingerprint, readSnapshotIfExists } from './fileFingerprint';
import type { FileSnapshot } from './fileFingerprint';

export interface FolderWatchOptions {
  /** Called with the new content whenever the bytes differ from the last known ones. */
  readonly onChange: (snapshot: FileSnapshot) => void;
  /** Called when the file disappeared (deleted, or a checkout of a branch without it). */
  readonly onMissing?: () => void;
  /** Fingerprint of the content the app last read or wrote. */
  readonly knownFingerprint?: string;
  /** Quiet time before reading, so a burst of events (git writes many files) reads once. */
  readonly debounceMs?: number;
}

export interface FileWatch {
  /** Records the content the app itself just wrote or read, so it is not reported as external. */
  setKnownFingerprint(fingerprint: string): void;
  close(): void;
}

/** Watches `path` through its folder; see the module comment. */
export function watchFileInFolder(path: string, options: FolderWatchOptions): FileWatch {
  const folder = dirname(path);
  const name = basename(path);
  const debounceMs = options.debounceMs ?? 150;
  let knownSha = options.knownFingerprint ? parseFingerprint(options.knownFingerprint)?.sha256 : undefined;
  let isMissing = false;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let isClosed = false;
  let checking = Promise.resolve();

  const check = async (): Promise<void> => {
    const snapshot = await readSnapshotIfExists(path).catch(() => undefined);
    if (isClosed) return;
    if (!snapshot) {
      if (!isMissing) options.onMissing?.();
      isMissing = true;
      return;
    }
    isMissing = false;
    if (snapshot.state.sha256 === knownSha) return;
    knownSha = snapshot.state.sha256;
    options.onChange(snapshot);
  };

  const schedule = (): void => {
    if (isClosed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      checking = checking.then(check);
    }, debounceMs);
  };

  const start = (): void => {
    try {
      watcher = watch(folder, { persistent: false }, (_event, changed) => {
        // Some platforms omit the name; then any event in the folder is a reason to look.
        if (changed === null || changed === undefined || changed.toString() === name) schedule();
      });
      watcher.on('error', () => {
        // The folder itself was replaced or removed: watch again once it is back.
        watcher?.close();
        if (!isClosed) setTimeout(start, 500).unref();
      });
    } catch {
      if (!isClosed) setTimeout(start, 500).unref();
    }
  };
  start();

  return {
    setKnownFingerprint(fingerprint) {
      knownSha = parseFingerprint(fingerprint)?.sha256 ?? knownSha;
      isMissing = false;
    },
    close() {
      isClosed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
