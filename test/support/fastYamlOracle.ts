/** Checks `readYamlSubset` against the `yaml` package on one text: value, node ranges, styles, line starts. */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Node } from 'yaml';
import { readYamlSubset } from '../../shared/yaml/fastYaml';
import type { FastDocument, FastNode } from '../../shared/yaml/fastYaml';

export interface OracleResult {
  /** The fast reader's result (undefined when it declined the text). */
  readonly fast: FastDocument | undefined;
  /** The first difference from `yaml`, or undefined when they agree (or the fast reader declined). */
  readonly mismatch: string | undefined;
}

const STYLE_OF: Record<string, string> = {
  [Scalar.PLAIN]: 'plain',
  [Scalar.QUOTE_SINGLE]: 'single',
  [Scalar.QUOTE_DOUBLE]: 'double',
  [Scalar.BLOCK_LITERAL]: 'literal',
  [Scalar.BLOCK_FOLDED]: 'folded',
};

/** Reads `text` both ways and reports the first difference. */
export function compareWithYaml(text: string): OracleResult {
  const fast = readYamlSubset(text);
  if (!fast) return { fast, mismatch: undefined };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, strict: true, lineCounter });
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    const messages = [...doc.errors, ...doc.warnings].map((problem) => problem.message).join('; ');
    return { fast, mismatch: `yaml reports problems the fast reader missed: ${messages}` };
  }
  if (!isDeepStrictEqual(fast.value, doc.toJS())) {
    return { fast, mismatch: `value differs: fast ${JSON.stringify(fast.value)} vs yaml ${JSON.stringify(doc.toJS())}` };
  }
  if (!isDeepStrictEqual(fast.lineStarts, lineCounter.lineStarts)) return { fast, mismatch: 'lineStarts differ' };
  const mismatch = compareNode(fast.root, doc.contents as Node | null, '$');
  return { fast, mismatch };
}

function compareNode(fast: FastNode | null, node: Node | null, path: string): string | undefined {
  if (fast === null || node === null) return fast === node ? undefined : `${path}: one side is null`;
  const range = node.range;
  if (!range) return `${path}: yaml node has no range`;
  if (fast.start !== range[0] || fast.end !== range[1]) {
    return `${path}: range fast [${fast.start}, ${fast.end}] vs yaml [${range[0]}, ${range[1]}]`;
  }
  if (fast.kind === 'scalar') {
    if (!isScalar(node)) return `${path}: fast scalar vs yaml ${node.constructor.name}`;
    if (!Object.is(fast.value, node.value)) return `${path}: scalar ${String(fast.value)} vs ${String(node.value)}`;
    if (fast.style !== STYLE_OF[node.type ?? '']) return `${path}: style ${fast.style} vs ${node.type}`;
    return undefined;
  }
  if (fast.kind === 'seq') {
    if (!isSeq(node)) return `${path}: fast seq vs yaml ${node.constructor.name}`;
    if (fast.flow !== Boolean(node.flow)) return `${path}: flow ${fast.flow} vs ${node.flow}`;
    if (fast.items.length !== node.items.length) return `${path}: ${fast.items.length} items vs ${node.items.length}`;
    for (let i = 0; i < fast.items.length; i++) {
      const problem = compareNode(fast.items[i]!, node.items[i] as Node, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isMap(node)) return `${path}: fast map vs yaml ${node.constructor.name}`;
  if (fast.flow !== Boolean(node.flow)) return `${path}: flow ${fast.flow} vs ${node.flow}`;
  if (fast.pairs.length !== node.items.length) return `${path}: ${fast.pairs.length} pairs vs ${node.items.length}`;
  for (let i = 0; i < fast.pairs.length; i++) {
    const pair = fast.pairs[i]!;
    const yamlPair = node.items[i]!;
    const key = yamlPair.key as Node;
    if (!isScalar(key) || !key.range) return `${path}: yaml key ${i} is not a scalar`;
    const jsKey = key.value === null ? '' : String(key.value);
    if (pair.key !== jsKey) return `${path}: key ${JSON.stringify(pair.key)} vs ${JSON.stringify(jsKey)}`;
    if (pair.keyStart !== key.range[0] || pair.keyEnd !== key.range[1]) {
      return `${path}.${pair.key}: key range fast [${pair.keyStart}, ${pair.keyEnd}] vs yaml [${key.range[0]}, ${key.range[1]}]`;
    }
    const problem = compareNode(pair.value, (yamlPair.value as Node | null) ?? null, `${path}.${pair.key}`);
    if (problem) return problem;
  }
  return undefined;
}
