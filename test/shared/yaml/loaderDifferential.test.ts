/**
 * Differential fuzz of the whole loader (fast reader, fallback, CR handling, key and tag checks)
 * against the `yaml` package, on random and hostile texts (issue 16, finding 8 / deliver 5).
 * Bounded and seeded: a failure prints the seed and the text.
 */
import { isDeepStrictEqual } from 'node:util';
import { isAlias, isScalar, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlSource, YAML_PARSE_OPTIONS } from '../../../shared/yaml/parseYamlSource';
import { hostileYamlText } from '../../support/hostileYamlText';
import { mutateYamlText, randomYamlText } from '../../support/randomYamlText';

/** Why a map loader must refuse what `yaml` read, judged from `yaml`'s own result, or undefined. */
function refusalReason(document: Document.Parsed): string | undefined {
  if (document.errors.length > 0) return 'yaml error';
  if (document.warnings.length > 0) return 'yaml warning (e.g. an unresolved tag)';
  let reason: string | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node)) reason = 'an alias';
    },
    Map(_key, node) {
      // Fewer JS keys than pairs: two keys became one string.
      const keys = new Set(node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value ?? '') : String(pair.key))));
      if (keys.size < node.items.length) reason = 'keys that collide as strings';
    },
  });
  if (reason) return reason;
  const value = document.toJS();
  const isPlain = (item: unknown): boolean =>
    item === null || ['string', 'number', 'boolean'].includes(typeof item) || (Array.isArray(item) ? item.every(isPlain) : Object.getPrototypeOf(item) === Object.prototype && Object.values(item as object).every(isPlain));
  if (!isPlain(value)) return 'a value that is not plain data (e.g. !!binary)';
  return undefined;
}

describe('the loader reads every text as the `yaml` package does, or refuses it with a reason', () => {
  it('agrees on random, mutated and hostile texts', () => {
    let compared = 0;
    let refused = 0;
    for (let seed = 1; seed <= 1200; seed++) {
      // given a random text, a near-miss of it, and a hostile edit of it
      const base = randomYamlText(seed);
      for (const text of [base, mutateYamlText(base, seed ^ 0x5bd1e995), hostileYamlText(base, seed * 7919)]) {
        // when loaded by both
        const reference = parseDocument(text, YAML_PARSE_OPTIONS);
        const reason = refusalReason(reference);
        const parsed = parseYamlSource(text, 'fuzz.yaml', z.unknown());
        // then the loader refuses exactly when it must, and otherwise has `yaml`'s value
        const context = `seed ${seed}: ${JSON.stringify(text)}`;
        if (reason) {
          expect(parsed.issues.length, `${context} should be refused (${reason})`).toBeGreaterThan(0);
          expect(parsed.issues[0]?.line, context).toBeGreaterThan(0);
          refused++;
        } else {
          expect(parsed.issues, context).toEqual([]);
          expect(isDeepStrictEqual(parsed.data, reference.toJS()), `${context}: ${JSON.stringify(parsed.data)} vs ${JSON.stringify(reference.toJS())}`).toBe(true);
          compared++;
        }
      }
    }
    // Both outcomes are exercised often.
    expect(compared).toBeGreaterThan(400);
    expect(refused).toBeGreaterThan(400);
  });
});
