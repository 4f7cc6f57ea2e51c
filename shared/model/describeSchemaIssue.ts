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

/** Patterns of the format in words; a schema's own message (given with the regex) wins. */
const PATTERN_WORDS: Record<string, string> = {
  '^[0-9]+$': 'a whole number (1, 2, 3, …)',
  '^[a-z0-9-]+$': 'lower-case letters, digits and "-"',
  '^[A-Za-z0-9][A-Za-z0-9_.:-]*$': 'letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
  '^sha256:[0-9a-f]{64}$': '"sha256:" and 64 hexadecimal digits',
};

function formatRule(issue: z.core.$ZodIssue): string {
  // zod's own wording starts "Invalid …"; anything else is the schema's message.
  if (!/^Invalid\b/.test(issue.message)) return issue.message;
  const pattern = issue.code === 'invalid_format' ? issue.pattern?.replace(/^\/|\/[a-z]*$/g, '') : undefined;
  return `expected ${(pattern && PATTERN_WORDS[pattern]) ?? 'another form'}`;
}

function sizeRule(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const unit = issue.origin === 'string' ? 'character' : issue.origin === 'array' ? 'item' : undefined;
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.code === 'too_small' && limit === 1 && unit) return unit === 'character' ? 'must not be empty' : 'needs at least one item';
  const bound = issue.code === 'too_small' ? 'at least' : 'at most';
  return unit ? `${bound} ${limit} ${unit}${limit === 1 ? '' : 's'}` : `${bound} ${limit}`;
}

function describeSize(value: unknown): string {
  if (typeof value === 'string') return `${value.length} characters`;
  if (Array.isArray(value)) return `${value.length} items`;
  return describeFound(value);
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
    case 'invalid_key': {
      const key = path.at(-1);
      const parent = path.length > 1 ? path.slice(0, -1).join('.') : 'document';
      const inner = issue.issues[0];
      return `${parent}: key "${String(key)}" is not allowed here${inner ? `: ${formatRule(inner)}` : ''}`;
    }
    case 'invalid_format':
      return `${where}: ${formatRule(issue)}, found ${describeFound(found)}`;
    case 'too_small':
    case 'too_big':
      // An empty value needs no "found": the rule already says it.
      return (typeof found === 'string' || Array.isArray(found)) && found.length === 0 ? `${where}: ${sizeRule(issue)}` : `${where}: ${sizeRule(issue)}, found ${describeSize(found)}`;
    default:
      return `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}
