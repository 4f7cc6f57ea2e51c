/**
 * Path arithmetic on forward-slash paths, pure so the core can resolve `derivedFrom.path` and
 * catalogue folders without `node:path`. Callers pass paths as the host gave them; backslashes
 * are read as separators.
 */

/** Forward slashes, no `.` segments, `..` folded where possible, no trailing slash. */
export function normalizePath(path: string): string {
  const isAbsolute = path.startsWith('/') || path.startsWith('\\');
  const drive = /^[A-Za-z]:[\\/]/.test(path) ? path.slice(0, 2) : '';
  const body = drive ? path.slice(2) : path;
  const out: string[] = [];
  for (const segment of body.split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment === '..' && (isAbsolute || drive)) continue;
    else out.push(segment);
  }
  const joined = out.join('/');
  if (drive) return `${drive}/${joined}`;
  return isAbsolute ? `/${joined}` : joined || '.';
}

/** The folder of a file path (`a/b/c.yaml` → `a/b`). */
export function folderOf(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  if (slash === -1) return '.';
  if (slash === 0) return '/';
  return normalized.slice(0, slash);
}

/** `relative` resolved against `folder`; an absolute `relative` stands alone. */
export function joinPath(folder: string, relative: string): string {
  if (relative.startsWith('/') || /^[A-Za-z]:[\\/]/.test(relative)) return normalizePath(relative);
  return normalizePath(`${folder}/${relative}`);
}

/** `path` relative to `folder`, for messages and for writing `derivedFrom.path`. */
export function relativePath(folder: string, path: string): string {
  const from = normalizePath(folder).split('/').filter((s) => s && s !== '.');
  const to = normalizePath(path).split('/').filter((s) => s && s !== '.');
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/') || '.';
}
