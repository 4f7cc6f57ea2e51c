/** Scalars written in place of others, keeping the quoting style the file used. */
import { parseDocument } from 'yaml';
import { YAML_PARSE_OPTIONS } from './parseYamlSource';
import type { SourceNode } from './sourceTree';

type ScalarNode = Extract<SourceNode, { kind: 'scalar' }>;

/**
 * Text for a scalar replacing `node` in place, keeping its quoting style when the value allows;
 * undefined when the value needs more than one line (the caller rewrites the whole entry).
 */
export function renderScalarLike(node: ScalarNode, value: unknown): string | undefined {
  // A block scalar's text runs to the end of its last line: another value needs the entry rewritten.
  if (node.style === 'literal' || node.style === 'folded') return undefined;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  if (value.includes('\n')) return undefined;
  switch (node.style) {
    case 'double':
      return JSON.stringify(value);
    case 'single':
      return `'${value.replace(/'/g, "''")}'`;
    case 'plain':
      return readsAsPlainString(value) ? value : JSON.stringify(value);
    default:
      return undefined;
  }
}

/** True when `value` written plain in block context reads back as the same string. */
export function readsAsPlainString(value: string): boolean {
  if (value.length === 0 || value !== value.trim()) return false;
  // Indicators that start something else, and sequences that end a plain scalar early.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s]/.test(value)) return false;
  if (/: |:$| #|\t/.test(value)) return false;
  const doc = parseDocument(`k: ${value}\n`, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0) return false;
  const read = (doc.toJS() as Record<string, unknown> | null)?.['k'];
  return read === value;
}
