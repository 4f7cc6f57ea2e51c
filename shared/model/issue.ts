/**
 * A validation finding: plain data, so the CLI, the editor and SARIF output can all use it.
 * `path` has the shape of a zod issue path, so one function maps schema and rule findings to a
 * YAML source position.
 */
export type Severity = 'error' | 'warning' | 'info';

export type IssuePath = readonly (string | number)[];

export interface Issue {
  /** Rule id (`dead-end`), or `yaml-syntax`, `schema`, `limits`, `rule-error` for the loader's own findings. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Path of the offending value in the map, e.g. `['flows', 'D2-T1', 'to']`. */
  readonly path: IssuePath;
  /** Id of the element concerned, for the editor to select and reveal. */
  readonly elementId?: string;
  /** File the issue is in, as given to the loader. */
  readonly file?: string;
  /** 1-based source position, when known. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** Orders issues by file, then position, then rule, so that every output is deterministic. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}
