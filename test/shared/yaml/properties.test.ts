import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ProcessMap } from '../../../shared/model/schema';
import { formatMapText } from '../../../shared/yaml/formatMapText';
import { parseMap } from '../../../shared/yaml/parseMap';
import { renderCanonical } from '../../../shared/yaml/renderYaml';
import { updateYamlText } from '../../../shared/yaml/updateMapText';
import { arbitraryMap } from '../../support/arbitraryMap';

const worked = readFileSync('test/fixtures/maps/worked-example.yaml', 'utf8');

describe('YAML round trip (property)', () => {
  it('a random valid map survives save → load unchanged', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        // given a canonical file of the map
        const text = renderCanonical(map, ProcessMap);
        // when it is loaded again
        const parsed = parseMap(text, 'r.yaml');
        // then it is the same map, and formatting it changes nothing
        expect(parsed.issues).toEqual([]);
        expect(parsed.value).toEqual(map);
        expect(formatMapText(text, 'r.yaml').text).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('saving map b over the file of map a gives a file that loads as b, minimally', () => {
    fc.assert(
      fc.property(arbitraryMap, arbitraryMap, (a, b) => {
        // given
        const textA = renderCanonical(a, ProcessMap);
        // when
        const result = updateYamlText(textA, b);
        // then
        expect(parseMap(result.text, 'r.yaml').value).toEqual(b);
        expect(result.isMinimal).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('formatting is idempotent and keeps the data', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const messy = JSON.stringify(map, null, 1); // JSON is YAML: a valid but non-canonical file
        const once = formatMapText(messy, 'r.yaml').text!;
        expect(formatMapText(once, 'r.yaml').text).toBe(once);
        expect(parseMap(once, 'r.yaml').value).toEqual(map);
      }),
      { numRuns: 100 },
    );
  });
});

describe('corrupted input (property)', () => {
  const corruption = fc.tuple(fc.nat({ max: worked.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }));

  it('a randomly corrupted file loads or gives issues with a location, never a crash or a hang', () => {
    fc.assert(
      fc.property(corruption, ([at, cut, insert]) => {
        // given a valid file with a span replaced by random text
        const text = worked.slice(0, at) + insert + worked.slice(at + cut);
        // when
        const started = performance.now();
        const parsed = parseMap(text, 'c.yaml');
        // then
        expect(performance.now() - started).toBeLessThan(1000);
        if (!parsed.value) {
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.issues) {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.column).toBeGreaterThanOrEqual(1);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
