/**
 * Which files the app may touch on behalf of an untrusted caller (the renderer): only files the
 * user picked in a dialog or opened, and files inside a folder that was opened (e.g. the model
 * library). Every check works on real paths, so `../` segments and symlinks cannot lead outside.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Thrown when a path lies outside everything granted; the message names the refused path. */
export class PathDeniedError extends Error {
  override readonly name = 'PathDeniedError';
}

/** True when `candidate` is `folder` itself or lies below it (both absolute, normalised). */
export function isInsideFolder(folder: string, candidate: string): boolean {
  const rel = relative(folder, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** The real path of `path`; for a file that does not exist yet, the real folder plus its name. */
export async function realPathOrPlanned(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return join(await realpath(dirname(absolute)), basename(absolute));
  }
}

export class PathCapabilities {
  readonly #files = new Set<string>();
  readonly #folders = new Set<string>();

  /** Grants one file (picked in a dialog or opened); returns its real path. */
  async grantFile(path: string): Promise<string> {
    const real = await realPathOrPlanned(path);
    this.#files.add(real);
    return real;
  }

  /** Grants a folder and everything really inside it; returns its real path. */
  async grantFolder(path: string): Promise<string> {
    const real = await realpath(resolve(path));
    this.#folders.add(real);
    return real;
  }

  /** True when the real path `real` was granted as a file or lies in a granted folder. */
  isGranted(real: string): boolean {
    if (this.#files.has(real)) return true;
    for (const folder of this.#folders) if (isInsideFolder(folder, real)) return true;
    return false;
  }

  /** Resolves `path` to its real path and checks it was granted; throws `PathDeniedError` otherwise. */
  async resolveGranted(path: string): Promise<string> {
    const real = await realPathOrPlanned(path).catch(() => {
      throw new PathDeniedError(`not an accessible file: ${path}`);
    });
    if (!this.isGranted(real)) throw new PathDeniedError(`access denied: ${path} is not a file you opened or picked`);
    return real;
  }

  /**
   * Resolves a relative path that an untrusted caller names inside `folder` (which must be granted).
   * Refuses absolute paths, `..` segments, NUL bytes and anything whose real path (symlinks
   * followed) leaves the folder.
   */
  async resolveInFolder(folder: string, relativePath: string): Promise<string> {
    if (relativePath.includes('\0') || relativePath.length === 0) throw new PathDeniedError('access denied: empty or NUL in path');
    if (isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath) || relativePath.startsWith('\\')) {
      throw new PathDeniedError(`access denied: ${relativePath} is not a relative path`);
    }
    if (relativePath.split(/[\\/]/).includes('..')) throw new PathDeniedError(`access denied: ${relativePath} leaves its folder`);
    const realFolder = await realpath(resolve(folder));
    if (!this.isGranted(realFolder)) throw new PathDeniedError(`access denied: folder ${folder} was not opened`);
    const real = await realpath(join(realFolder, relativePath)).catch(() => {
      throw new PathDeniedError(`not an accessible file: ${relativePath}`);
    });
    if (!isInsideFolder(realFolder, real)) throw new PathDeniedError(`access denied: ${relativePath} leads outside its folder`);
    return real;
  }
}
