import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ProcessMap } from '../../../shared/model/schema';
import { explainYamlSubsetBailout, readYamlSubset, readYamlSubsetValue, resolvePlainScalar } from '../../../shared/yaml/fastYaml';
import { renderCanonical } from '../../../shared/yaml/renderYaml';
import { arbitraryMap } from '../../support/arbitraryMap';
import { arbitraryRichMap } from '../../support/arbitraryRichMap';
import { compareWithYaml } from '../../support/fastYamlOracle';
import { mutateYamlText, randomYamlText } from '../../support/randomYamlText';
import { syntheticMap } from '../../support/syntheticMap';

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(folder, name))
    .sort();
}

/** Reads `text` with the fast reader, failing the test when it declines or differs from `yaml`. */
function expectSameAsYaml(text: string): void {
  const result = compareWithYaml(text);
  expect(result.fast, `fast reader declined: ${explainYamlSubsetBailout(text)}`).toBeDefined();
  expect(result.mismatch).toBeUndefined();
}

/** Whenever the fast reader reads `text`, it must agree with `yaml`. */
function expectAgreementOrBailout(text: string): boolean {
  const result = compareWithYaml(text);
  expect(result.mismatch, JSON.stringify(text)).toBeUndefined();
  return result.fast !== undefined;
}

describe('readYamlSubset on real maps', () => {
  const files = [...yamlFiles('model-library'), ...yamlFiles('test/fixtures/maps')];

  it('finds the library and fixture maps', () => {
    // given the folders of maps
    // when they are listed
    // then there are many of them
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files)('%s reads via the fast path with the value and ranges of yaml', (file) => {
    // given a map file
    const text = readFileSync(file, 'utf8');
    // when it is read by both readers
    // then the fast reader takes it and agrees with yaml on every node
    expectSameAsYaml(text);
  });

  it('reads synthetic maps of 1,000 activities and agrees with yaml', () => {
    // given a large generated map in canonical form
    const text = renderCanonical(syntheticMap({ activities: 1000, handoffs: true, details: true }), ProcessMap);
    // when / then
    expectSameAsYaml(text);
  });
});

describe('readYamlSubset agrees with yaml (properties)', () => {
  it('reads every random valid map in canonical form, as yaml does', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryMap, arbitraryRichMap), (map) => {
        // given the canonical text of a random map
        const text = renderCanonical(map, ProcessMap);
        // when / then the fast path takes it and agrees
        expectSameAsYaml(text);
      }),
      { numRuns: 300 },
    );
  });

  const jsonLike = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.string(), fc.constantFrom('a', 'b c', 'true', 'null', '1', '-0', '0x10', '1e3', '.nan', 'a: b', '- x', '#', "it's", 'x\ny', 'x\n', ' x ')),
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('1', 'true', 'null', 'x y', '__proto__')), tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  it('agrees with yaml on random JSON-like values rendered canonically or as JSON', () => {
    let read = 0;
    fc.assert(
      fc.property(jsonLike, (value) => {
        // given a value written as canonical YAML and as (multi-line) JSON
        for (const text of [renderCanonical(value, undefined), JSON.stringify(value, null, 2) ?? 'null']) {
          // when both readers read it
          // then the fast reader either declines or gives exactly yaml's value and ranges
          if (expectAgreementOrBailout(text)) read++;
        }
      }),
      { numRuns: 400 },
    );
    // and the fast path is not merely declining everything
    expect(read).toBeGreaterThan(200);
  });

  it('agrees with yaml on random subset-like texts and on near-miss mutations of them', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        // given a random text with odd indentation, comments, block scalars and flow collections
        const text = randomYamlText(seed);
        // when it (and a few-character mutation of it) is read by both readers
        // then the fast reader declines or agrees exactly
        if (expectAgreementOrBailout(text)) read++;
        if (expectAgreementOrBailout(mutateYamlText(text, seed ^ 0x5bd1e995))) read++;
      }),
      { numRuns: 1500 },
    );
    expect(read).toBeGreaterThan(300);
  });

  it('reads the same values without nodes as with them, and declines the same texts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        // given a random text
        const text = randomYamlText(seed);
        // when it is read with and without the node tree
        const full = readYamlSubset(text);
        const valueOnly = readYamlSubsetValue(text);
        // then both decline it, or both read the same value
        expect(valueOnly === undefined).toBe(full === undefined);
        if (full && valueOnly) expect(valueOnly.value).toStrictEqual(full.value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readYamlSubset declines what lies outside the subset', () => {
  const cases: [string, string, string][] = [
    ['a tab used for indentation', 'a:\n\tb: 1\n', 'tab'],
    ['a tab inside a value', 'a: b\tc\n', 'tab'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n', 'CR'],
    ['an anchor', 'a: &x 1\nb: 2\n', 'indicator'],
    ['an alias', 'a: 1\nb: *x\n', 'indicator'],
    ['a tag', 'a: !!str 1\n', 'indicator'],
    ['a directive', '%YAML 1.2\n---\na: 1\n', 'directive'],
    ['a document start marker', '---\na: 1\n', 'document marker'],
    ['a document end marker', 'a: 1\n...\n', 'document marker'],
    ['a complex key', '? a\n: 1\n', 'complex key'],
    ['a complex key in a mapping', 'a: 1\n? b\n: 2\n', 'complex key'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', 'duplicate key'],
    ['keys that collide once stringified', '1: a\n"1": b\n', 'duplicate key'],
    ['a duplicate key in a flow mapping', 'a: {x: 1, x: 2}\n', 'duplicate key'],
    ['a plain scalar continued on the next line', 'a: first\n  second\nb: 2\n', 'more-indented'],
    ['a multi-line double-quoted scalar', 'a: "first\n  second"\n', 'quoted scalar that does not close'],
    ['a multi-line single-quoted scalar', "a: 'first\n  second'\n", 'quoted scalar that does not close'],
    ['a multi-line flow sequence', 'a: [1,\n  2]\n', 'flow collection that does not close'],
    ['multi-line JSON', '{\n  "a": 1\n}\n', 'flow collection that does not close'],
    ['an explicit indentation indicator', 'a: |2\n   x\n', 'indentation indicator'],
    ['a compact nested mapping', 'a: b: c\n', 'mapping inside a plain value'],
    ['a block sequence on the key line', 'a: - x\n', 'indicator (- ? :)'],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2\n', 'more-indented'],
    ['an unknown escape', 'a: "\\q"\n', 'unknown escape'],
    ['a comment without a space before it', 'a: "x"# c\n', 'comment not preceded by a space'],
    ['a trailing comma', 'a: [1, 2,]\n', 'trailing comma'],
    ['a mapping inside a flow sequence', 'a: [x: 1]\n', 'mapping entry inside a flow sequence'],
    ['an empty document', '# only a comment\n', 'empty document'],
    ['a second root node', '- a\nb: 1\n', 'content after the root node'],
    ['a nested compact sequence', '- - a\n', 'compact nested sequence'],
    ['a block scalar with leading blank lines', 'a: |\n\n  x\n', 'blank line'],
    ['a key over 1000 characters', `${'k'.repeat(1100)}: 1\n`, 'over 1000'],
    ['a sequence right after a BOM', '\ufeff- a\n', 'BOM'],
    ['a line separator character', 'a: x\u2028y\n', 'control character'],
  ];

  it.each(cases)('declines %s', (_name, text, reason) => {
    // given a text with one construct outside the subset
    // when the fast reader reads it
    const result = readYamlSubset(text);
    // then it declines, for that reason
    expect(result).toBeUndefined();
    expect(explainYamlSubsetBailout(text)).toContain(reason);
  });
});

describe('readYamlSubset on block scalars, chomping and comments', () => {
  const cases: [string, string, unknown][] = [
    ['literal, clip', 'a: |\n  x\n   y\n\n  z\n\n\nb: 1\n', { a: 'x\n y\n\nz\n', b: 1 }],
    ['literal, strip', 'a: |-\n  x\n\n  y\n\n', { a: 'x\n\ny' }],
    ['literal, keep', 'a: |+\n  x\n\n\n# c\nb: 2\n', { a: 'x\n\n\n', b: 2 }],
    ['literal, keep at the end of the text', 'a: |+\n  x\n\n', { a: 'x\n\n' }],
    ['folded, clip', 'a: >\n  one\n  two\n\n  three\n', { a: 'one two\nthree\n' }],
    ['folded, strip', 'a: >-\n  one\n  two\n', { a: 'one two' }],
    ['folded, keep', 'a: >+\n  one\n  two\n\n', { a: 'one two\n\n' }],
    ['folded with more-indented lines', 'a: >\n  one\n    code\n    more\n  two\n\n  three\n', { a: 'one\n  code\n  more\ntwo\nthree\n' }],
    ['folded with blank lines around more-indented lines', 'a: >\n  one\n\n    code\n\n  two\n', { a: 'one\n\n  code\n\ntwo\n' }],
    ['folded with several blank lines', 'a: >\n  one\n\n\n  two\n', { a: 'one\n\ntwo\n' }],
    ['a header comment', 'a: |- # note\n  x\n', { a: 'x' }],
    ['hash lines inside a block scalar', 'a: |\n  # not a comment\n  x\n', { a: '# not a comment\nx\n' }],
    ['a block scalar in a sequence', '- |\n  x\n- >-\n  y\n  z\n', ['x\n', 'y z']],
    ['a block scalar in a compact mapping', '- a: |\n    x\n  b: 1\n', [{ a: 'x\n', b: 1 }]],
    ['comments between items', 'a:\n  # before\n  - x # after x\n  # between\n  - y\n\n  # trailing\nb: 1\n', { a: ['x', 'y'], b: 1 }],
    ['deeper comments after a value', 'a:\n  b: 1\n      # deep\n  c: 2\n    # deep at the end\n# root\n', { a: { b: 1, c: 2 } }],
    ['comments kept by a nested collection', 'a:\n  b:\n    - x\n    # kept by the sequence\n  c: 1\n', { a: { b: ['x'], c: 1 } }],
    ['an empty value followed by comments', 'a:\n  b: # c\n  # d\nc:\n  -\n  # e\n', { a: { b: null }, c: [null] }],
    ['sequences at the column of their key', 'a:\n- x\n- y: 1\n  z: 2\nb:\n- - 1\n', undefined],
    ['a flow collection on the next line', 'a:\n  {}\nb:\n  - \n    [1, 2]\n', { a: {}, b: [[1, 2]] }],
    ['no line break at the end', 'a: 1\nb: [x]', { a: 1, b: ['x'] }],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    // given a text in (or, for `undefined`, just outside) the subset
    // when both readers read it
    const result = compareWithYaml(text);
    // then the fast reader reads it like yaml does, with the expected value
    if (expected === undefined) {
      expect(result.fast).toBeUndefined();
      return;
    }
    expect(result.fast, explainYamlSubsetBailout(text)).toBeDefined();
    expect(result.mismatch).toBeUndefined();
    expect(result.fast!.value).toEqual(expected);
  });

  it('gives the ranges of yaml for keys, values and collections', () => {
    // given a small map
    const text = 'a: 1 # c\nb:\n  - x\n  - y: [1, {q: "r"}]\n';
    // when it is read
    const fast = readYamlSubset(text)!;
    // then the offsets are those of yaml
    const root = fast.root!;
    expect(root).toMatchObject({ kind: 'map', start: 0, end: text.length });
    if (root.kind !== 'map') throw new Error('expected a map');
    expect(root.pairs.map((pair) => [pair.key, pair.keyStart, pair.keyEnd])).toEqual([
      ['a', 0, 1],
      ['b', 9, 10],
    ]);
    expect(root.pairs[0]!.value).toEqual({ kind: 'scalar', start: 3, end: 4, style: 'plain', value: 1 });
    expect(text.slice(root.pairs[1]!.value!.start, root.pairs[1]!.value!.end)).toBe('- x\n  - y: [1, {q: "r"}]\n');
    expect(fast.lineStarts).toEqual([0, 9, 12, 18, 39]);
    expect(parseDocument(text).toJS()).toEqual(fast.value);
  });

  it('reads a BOM, numeric and special keys and the __proto__ key as yaml does', () => {
    // given keys that JS objects treat specially
    const text = '\ufeff1: one\n0x10: hex\nnull: empty\n__proto__: own\ntrue: yes\n';
    // when / then
    expectSameAsYaml(text);
    const value = readYamlSubset(text)!.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['1', '16', '', '__proto__', 'true']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('resolvePlainScalar', () => {
  it.each([
    ['~', null],
    ['Null', null],
    ['TRUE', true],
    ['False', false],
    ['yes', 'yes'],
    ['0o17', 15],
    ['0x1F', 31],
    ['-12', -12],
    ['+3', 3],
    ['1.5', 1.5],
    ['1.', 1],
    ['-.5', -0.5],
    ['1e3', 1000],
    ['-.Inf', Number.NEGATIVE_INFINITY],
    ['.NaN', NaN],
    ['0b1', '0b1'],
    ['1_000', '1_000'],
  ])('resolves %s by the YAML 1.2 core schema', (source, expected) => {
    // given a plain scalar
    // when it is resolved
    const value = resolvePlainScalar(source);
    // then it matches yaml's core schema
    expect(value).toEqual(expected);
    expect(value).toEqual(parseDocument(`${source}\n`, { version: '1.2', schema: 'core' }).toJS());
  });
});
