/**
 * Safe YAML loading for map and catalogue files: limits against hostile input first, then the
 * `yaml` parser (YAML 1.2 core schema, unique keys, no aliases), then a zod schema — every problem
 * reported as an Issue with its source position, never an exception.
 */
import { isAlias, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { acceptorOf, guideOf } from '../model/compileAcceptor';
import { OWN_ID_COLLECTIONS } from '../model/elementKinds';
import type { Issue } from '../model/issue';
import { findForeignTags, findKeyCollisions } from './documentChecks';
import { readYamlSubset, readYamlSubsetValue } from './fastYaml';
import { lineStartsOf } from './lineStarts';
import { nodeDeeperThan, positionOf, rangeOfOffsets, rangeOfPath, treeFromYamlDocument } from './sourceTree';
import type { SourceTree } from './sourceTree';
import { describeSchemaIssue } from '../model/describeSchemaIssue';
import { describeYamlErrors } from './describeYamlErrors';

/** Limits that keep a hostile or broken file from exhausting memory, stack or time. */
export const YAML_LIMITS = {
  /** Characters; a 10,000-activity map is about 3 MB. */
  maxTextLength: 32 * 1024 * 1024,
  /** Nesting of mappings and sequences; real maps nest less than 10 deep. */
  maxDepth: 64,
  /** Issues reported per file before the rest are summarised. */
  maxIssues: 1000,
} as const;

/** The options every map file is parsed with: YAML 1.2 core, so `yes`/`no` stay strings. */
export const YAML_PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
} as const;

export interface ParsedSource<T> {
  readonly file: string;
  readonly text: string;
  /** Nodes with their source ranges; undefined when the text could not be parsed at all. */
  readonly tree?: SourceTree;
  /** The validated value; undefined when any error-severity issue was found. */
  readonly value?: T;
  /** The plain data of the document even when the schema rejected it (for partial use). */
  readonly data?: unknown;
  readonly issues: readonly Issue[];
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/;

/**
 * False when `text` holds no conflict marker at a line start. Almost no file has one, and a plain
 * substring search says so in a fraction of the time a multiline regex takes over a large file.
 */
function mayHoldConflictMarker(text: string): boolean {
  for (const marker of ['<<<<<<<', '=======', '>>>>>>>']) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      if (at === 0 || text.charCodeAt(at - 1) === 10) return true;
    }
  }
  return false;
}

/** Positions of git merge-conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) at line starts. */
export function findConflictMarkers(text: string): number[] {
  if (!mayHoldConflictMarker(text)) return [];
  const lines: number[] = [];
  let lineNumber = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (CONFLICT_MARKER.test(line)) lines.push(lineNumber);
    if (end === -1) break;
    start = end + 1;
    lineNumber++;
  }
  return lines;
}

/** Deepest `[`/`{` nesting outside quotes: a cheap guard before the recursive composer runs. */
function flowNestingDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let maxOffset = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '#') {
      const next = text.indexOf('\n', i);
      i = next === -1 ? text.length : next;
    } else if (ch === '"' || ch === "'") {
      // A quote starts a quoted scalar only at a token start; inside plain words it is a literal.
      const prev = text[i - 1];
      if (prev === undefined || /[\s[{,:]/.test(prev)) quote = ch;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > max) {
        max = depth;
        maxOffset = i;
      }
    } else if (ch === ']' || ch === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return { depth: max, offset: maxOffset };
}

function issueAt(
  file: string,
  rule: string,
  message: string,
  range: { line: number; column: number; endLine: number; endColumn: number },
  path: Issue['path'] = [],
): Issue {
  return { rule, severity: 'error', message, path, file, ...range };
}

/** Parses YAML text and validates it with `schema`. Never throws for any input text. */
export function parseYamlSource<S extends z.ZodType>(text: string, file: string, schema: S): ParsedSource<z.infer<S>> {
  const fail = (issues: Issue[], tree?: SourceTree): ParsedSource<z.infer<S>> => ({ file, text, issues, ...(tree ? { tree } : {}) });
  const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };

  // 1. Size, before any work proportional to it.
  if (text.length > YAML_LIMITS.maxTextLength) {
    return fail([issueAt(file, 'limits', `file is ${text.length} characters; the limit is ${YAML_LIMITS.maxTextLength}`, start)]);
  }

  // 2. Merge-conflict markers give cryptic YAML errors: name them plainly instead.
  const markers = findConflictMarkers(text);
  if (markers.length > 0) {
    return fail(
      markers.map((line) =>
        issueAt(file, 'merge-conflict', 'git merge-conflict marker: resolve the conflict (or use `swimlane merge-driver`) before this map can be loaded', {
          line, column: 1, endLine: line, endColumn: 8,
        }),
      ),
    );
  }

  // 3. The fast reader for the subset maps are written in (value only: the node tree is built
  //    lazily, when an issue needs a position); the `yaml` package for everything else.
  //    CRLF becomes LF first: line and column numbers are the same either way.
  const lf = crlfToLf(text);
  let fast: ReturnType<typeof readYamlSubsetValue>;
  try {
    // The schema is checked while reading (see SchemaGuide): no second walk over the value.
    fast = readYamlSubsetValue(lf, guideOf(schema));
  } catch {
    fast = undefined;
  }
  let treeOf: () => SourceTree;
  let data: unknown;
  if (fast) {
    data = fast.value;
    let tree: SourceTree | undefined;
    treeOf = () => {
      if (!tree) {
        const full = readYamlSubset(lf)!;
        tree = { root: full.root, lineStarts: full.lineStarts };
      }
      return tree;
    };
  } else {
    const read = readWithYamlPackage(lf, file);
    if (Array.isArray(read)) return fail(read);
    data = read.data;
    treeOf = () => read.tree;
  }

  // 4. Schema: the compiled acceptor passes a valid document as it is (no copy); otherwise zod
  //    decides, and each zod issue is placed at the node its path names.
  const accepted = fast?.accepted ?? acceptorOf(schema)?.(data);
  if (accepted) return loaded(file, text, treeOf, data, data as z.infer<S>);
  // A document the schema accepts is no deeper than the schema; others are checked before zod.
  if (fast && isValueDeeperThan(data, YAML_LIMITS.maxDepth)) {
    const tooDeep = nodeDeeperThan(treeOf().root, YAML_LIMITS.maxDepth)!;
    return fail([issueAt(file, 'limits', `nesting deeper than ${YAML_LIMITS.maxDepth} levels`, rangeOfOffsets(treeOf().lineStarts, tooDeep.start, tooDeep.end))], treeOf());
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const tree = treeOf();
    const issues = result.error.issues.slice(0, YAML_LIMITS.maxIssues).map((zodIssue): Issue => {
      const path = zodIssue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
      const unknownKey = zodIssue.code === 'unrecognized_keys' ? zodIssue.keys[0] : undefined;
      const range = rangeOfPath(tree, path, unknownKey);
      return {
        rule: 'schema',
        severity: 'error',
        message: describeSchemaIssue(zodIssue, path, data, schema),
        path: unknownKey !== undefined ? [...path, unknownKey] : path,
        file,
        ...range,
        ...elementIdOf(path),
      };
    });
    return { file, text, tree, data, issues };
  }
  return loaded(file, text, treeOf, data, result.data as z.infer<S>);
}

/** A successfully loaded source; its node tree is built only when something asks for a position. */
function loaded<T>(file: string, text: string, treeOf: () => SourceTree, data: unknown, value: T): ParsedSource<T> {
  return {
    file,
    text,
    get tree() {
      return treeOf();
    },
    data,
    value,
    issues: [],
  };
}

/** True when objects and arrays nest deeper than `limit` (without building anything). */
function isValueDeeperThan(value: unknown, limit: number, depth = 1): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > limit) return true;
  if (Array.isArray(value)) return value.some((item) => isValueDeeperThan(item, limit, depth + 1));
  for (const key in value) if (isValueDeeperThan((value as Record<string, unknown>)[key], limit, depth + 1)) return true;
  return false;
}

/** The general path: syntax errors, duplicate keys and aliases reported at their place. */
function readWithYamlPackage(text: string, file: string): { tree: SourceTree; data: unknown } | Issue[] {
  const lineStarts = lineStartsOf(text);
  // Flow-collection nesting, which the `yaml` parser handles recursively (the fast reader does not nest deeply).
  const nesting = flowNestingDepth(text);
  if (nesting.depth > YAML_LIMITS.maxDepth) {
    const at = positionOf(lineStarts, nesting.offset);
    return [issueAt(file, 'limits', `nesting deeper than ${YAML_LIMITS.maxDepth} levels`, { line: at.line, column: at.column, endLine: at.line, endColumn: at.column })];
  }
  let document: Document.Parsed;
  try {
    document = parseDocument(text, YAML_PARSE_OPTIONS);
  } catch (error) {
    return [issueAt(file, 'limits', `the YAML parser gave up: ${(error as Error).message}`, { line: 1, column: 1, endLine: 1, endColumn: 1 })];
  }
  // Keys compared as the strings the map uses: `7` and "7" are one key once read.
  const collisions = findKeyCollisions(document, lineStarts).map((problem) => issueAt(file, 'duplicate-key', problem.message, rangeOfOffsets(lineStarts, problem.start, problem.end)));
  const otherErrors = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  if (otherErrors.length > 0 || collisions.length > 0) {
    const syntax = describeYamlErrors(otherErrors, text).map((error) => issueAt(file, 'yaml-syntax', error.message, rangeOfOffsets(lineStarts, error.start, error.end)));
    return [...collisions, ...syntax].sort((a, b) => a.line! - b.line! || a.column! - b.column!).slice(0, YAML_LIMITS.maxIssues);
  }
  // A warning (an unresolved tag such as `!!float 1`) means the text could be read two ways.
  if (document.warnings.length > 0) {
    return document.warnings.slice(0, YAML_LIMITS.maxIssues).map((warning) => issueAt(file, 'yaml-syntax', firstLine(warning.message), rangeOfOffsets(lineStarts, warning.pos[0], warning.pos[1])));
  }
  const tags = findForeignTags(document);
  if (tags.length > 0) return tags.slice(0, YAML_LIMITS.maxIssues).map((problem) => issueAt(file, 'yaml-syntax', problem.message, rangeOfOffsets(lineStarts, problem.start, problem.end)));
  // Maps need no aliases, and expanding them is the billion-laughs attack.
  const aliases: Issue[] = [];
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node)) aliases.push(issueAt(file, 'limits', 'YAML aliases (*name) are not allowed in map files', rangeOfOffsets(lineStarts, node.range?.[0] ?? 0, node.range?.[1] ?? 0)));
    },
  });
  if (aliases.length > 0) return aliases.slice(0, YAML_LIMITS.maxIssues);
  const tree = treeFromYamlDocument(document, text);
  const tooDeep = nodeDeeperThan(tree.root, YAML_LIMITS.maxDepth);
  if (tooDeep) return [issueAt(file, 'limits', `nesting deeper than ${YAML_LIMITS.maxDepth} levels`, rangeOfOffsets(lineStarts, tooDeep.start, tooDeep.end))];
  try {
    return { tree, data: document.toJS({ maxAliasCount: 0 }) };
  } catch (error) {
    return [issueAt(file, 'limits', `could not read the document: ${(error as Error).message}`, { line: 1, column: 1, endLine: 1, endColumn: 1 })];
  }
}

/**
 * The text with CRLF line breaks as LF, for readers that only know LF. A text with a lone CR is
 * left as it is: the `yaml` package reads `x\r\r\n` as `x\r`, which replacing would change.
 */
export function crlfToLf(text: string): string {
  if (!text.includes('\r')) return text;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) return text;
  return text.replace(/\r\n/g, '\n');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

const ELEMENT_COLLECTIONS = new Set<string>(OWN_ID_COLLECTIONS);

/** The element an issue path points into, e.g. `['flows', 'D2-T1', 'to']` → `D2-T1`. */
export function elementIdOf(path: Issue['path']): { elementId?: string } {
  const [collection, id] = path;
  return typeof collection === 'string' && ELEMENT_COLLECTIONS.has(collection) && id !== undefined ? { elementId: String(id) } : {};
}
