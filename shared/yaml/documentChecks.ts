/**
 * Checks on a document read by the `yaml` package that its own options do not make: keys that are
 * different YAML values but the same JS key (`7` and `"7"`, `true` and `"true"`, `0x10` and `16`),
 * which `toJS` would silently collapse into one, and tags outside the core schema (`!!binary`
 * gives a Uint8Array no map field can hold).
 */
import { isScalar, visit } from 'yaml';
import type { Document, Node } from 'yaml';

export interface DocumentProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** The string a key becomes in the JS object, as `toJS` makes it (null is ""). */
function keyString(key: unknown): string | undefined {
  // A collection key (`{a: 1}:`) becomes its YAML text.
  if (!isScalar(key)) return key === null || key === undefined ? '' : String(key);
  const value = key.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? undefined : String(value);
}

/** The line (1-based) that `offset` is on. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Every key that repeats, as the map reads it, with the line of its first occurrence. */
export function findKeyCollisions(document: Document.Parsed, lineStarts: readonly number[]): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  visit(document, {
    Map(_key, node) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = keyString(pair.key);
        const range = (pair.key as Node | null)?.range;
        if (key === undefined || !range) continue;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, range[0]);
        else {
          problems.push({
            message: `duplicate key ${JSON.stringify(key)}: each key may appear once in a mapping, quoted or not (first on line ${lineOf(lineStarts, first)})`,
            start: range[0],
            end: range[1],
          });
        }
      }
    },
  });
  return problems;
}

/** Tags a map file may carry: the YAML 1.2 core schema's own. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** Every node with a tag outside the core schema. */
export function findForeignTags(document: Document.Parsed): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const check = (node: Node): void => {
    if (node.tag === undefined || CORE_TAGS.has(node.tag)) return;
    const [start, end] = node.range ?? [0, 0];
    const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    problems.push({ message: `YAML tag ${shown} is not allowed in map files (only plain text, numbers, booleans, lists and mappings)`, start, end });
  };
  visit(document, {
    Scalar: (_key, node) => check(node),
    Map: (_key, node) => check(node),
    Seq: (_key, node) => check(node),
  });
  return problems;
}
