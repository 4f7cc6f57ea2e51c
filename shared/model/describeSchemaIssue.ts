/**
 * Schema findings in words a map author can act on: what was expected and what was found at the
 * value, the allowed keys for an unknown one (with the nearest as "did you mean"), and no zod wording.
 */
import type { z } from 'zod';
import { editDistance } from '../text/editDistance';
import { declaredKeyOrder, schemaAtPath } from './keyOrder';

type Path = readonly (string | number)[];

/** The candidate nearest to `word` when it is a plausible typo (at most a third of its letters off). */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance > 0 && distance <= Math.max(1, Math.floor(word.length / 3)) && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value lines)', record: 'a mapping (key: value lines)' };

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) current = typeof current === 'object' && current !== null ? (current as Record<string | number, unknown>)[segment] : undefined;
  return current;
}

/** How a found value reads in a message: `text "Ticket"`, `the number 42`, `a list [a, b]`. */
export function describeFound(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) {
    const shown = value.map((item) => (typeof item === 'object' && item !== null ? '…' : String(item))).join(', ');
    return `a list [${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}]`;
  }
  return 'a mapping';
}

/** The message for one zod issue at `path` of `data`, validated against `root`. */
export function describeSchemaIssue(issue: z.core.$ZodIssue, path: Path, data: unknown, root: z.core.$ZodType): string {
  const where = path.length > 0 ? path.join('.') : 'document';
  const found = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = declaredKeyOrder(schemaAtPath(root, path), found) ?? [];
      const hints = issue.keys.map((key) => {
        const near = didYouMean(key, allowed);
        return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
      });
      return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${hints.join(', ')}${allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : ''}`;
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return found === undefined ? `${where}: required` : `${where}: expected ${expected}, found ${describeFound(found)}`;
    }
    case 'invalid_union': {
      // zod words a discriminated-union miss as "Invalid discriminator value. Expected 'a' | 'b'".
      const options = /Expected (.+)$/.exec(issue.message)?.[1]?.split(' | ').map((option) => option.replace(/^'|'$/g, ''));
      if (options) {
        const near = typeof found === 'string' ? didYouMean(found, options) : undefined;
        return `${where}: expected one of ${options.join(', ')}, found ${describeFound(found)}${near ? ` (did you mean "${near}"?)` : ''}`;
      }
      return `${where}: ${found === undefined ? 'required' : `not a valid value: found ${describeFound(found)}`}`;
    }
    case 'invalid_value': {
      const near = typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : undefined;
      return `${where}: expected one of ${issue.values.map(String).join(', ')}, found ${describeFound(found)}${near ? ` (did you mean "${near}"?)` : ''}`;
    }
    default:
      return `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}
