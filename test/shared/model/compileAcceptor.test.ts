import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stringify } from 'yaml';
import { compileAcceptor, guideOf } from '../../../shared/model/compileAcceptor';
import { ActorCatalogue, ProcessMap } from '../../../shared/model/schema';
import { readYamlSubsetValue } from '../../../shared/yaml/fastYaml';
import { arbitraryMap } from '../../support/arbitraryMap';
import { arbitraryRichMap } from '../../support/arbitraryRichMap';

const acceptMap = compileAcceptor(ProcessMap)!;

/**
 * The guided read's contract: reading `text` with the schema's guide gives the same verdict as
 * the acceptor on the value read. Returns false when the fast reader declines the text.
 */
function expectGuidedReadAgrees(text: string, schema: z.ZodType = ProcessMap): boolean {
  const guided = readYamlSubsetValue(text, guideOf(schema));
  if (!guided) return false;
  expect(guided.accepted).toBe(compileAcceptor(schema)!(guided.value));
  return true;
}

/** The acceptor's contract: yes only when zod parses the value to an equal value. */
function expectAgreesWithZod(value: unknown, accept = acceptMap, schema: z.ZodType = ProcessMap): void {
  const result = schema.safeParse(value);
  if (accept(value)) {
    expect(result.success).toBe(true);
    expect(result.data).toEqual(value);
  } else {
    expect(result.success).toBe(false);
  }
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFilesUnder(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

/** A JSON-like value: what a corrupted YAML document may hold in place of the right one. */
const arbitraryJunk = fc.oneof(
  fc.constantFrom('', 'x', 'R1.2', 'two words', 'a'.repeat(501), null, true, 0, -1, 1.5, Number.NaN, Infinity, [], {}, ['x'], { name: 'x' }),
  fc.string(),
  fc.integer(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

/** Replaces, deletes or adds one value at a random place inside `value`, in place. */
function corrupt(value: unknown, choices: number[], junk: unknown): void {
  let node = value as Record<string, unknown>;
  for (let depth = 0; ; depth++) {
    const keys = Array.isArray(node) ? node.map((_, index) => String(index)) : Object.keys(node);
    const choice = choices[depth % choices.length]!;
    if (keys.length === 0) {
      if (!Array.isArray(node)) node['extra'] = junk;
      return;
    }
    const key = keys[choice % keys.length]!;
    const child = node[key];
    const stopHere = typeof child !== 'object' || child === null || choice % 5 === 0;
    if (stopHere) {
      if (choice % 7 === 0 && !Array.isArray(node)) delete node[key];
      else if (choice % 11 === 0 && !Array.isArray(node)) node[`${key}x`] = junk;
      else node[key] = junk;
      return;
    }
    node = child as Record<string, unknown>;
  }
}

describe('compileAcceptor', () => {
  it('accepts every map and catalogue of the library and the fixtures exactly when zod does', () => {
    // given every YAML file the project ships or tests with
    const files = [...yamlFilesUnder('model-library'), ...yamlFilesUnder('test/fixtures')];
    const acceptCatalogue = compileAcceptor(ActorCatalogue)!;
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
      const read = readYamlSubsetValue(text);
      if (!read) continue;
      const isCatalogue = file.endsWith('actors.yaml');
      expectGuidedReadAgrees(text, isCatalogue ? ActorCatalogue : ProcessMap);
      // when / then
      expectAgreesWithZod(read.value, isCatalogue ? acceptCatalogue : acceptMap, isCatalogue ? ActorCatalogue : ProcessMap);
      if ((isCatalogue ? acceptCatalogue : acceptMap)(read.value)) accepted++;
    }
    // and the library's valid maps take the fast path
    expect(accepted).toBeGreaterThanOrEqual(18);
  });

  it('accepts random valid maps, and zod returns them unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryMap, arbitraryRichMap), (map) => {
        // given a valid map (a JSON copy: what a YAML reader yields)
        const value: unknown = JSON.parse(JSON.stringify(map));
        // when / then
        expect(acceptMap(value)).toBe(true);
        expectAgreesWithZod(value);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with zod on maps with one value replaced, removed or added anywhere', () => {
    fc.assert(
      fc.property(arbitraryRichMap, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), arbitraryJunk, (map, choices, junk) => {
        // given a valid map with one corruption
        const value: unknown = JSON.parse(JSON.stringify(map));
        corrupt(value, choices, junk);
        // when / then: never a yes that zod would refuse, and no needless no
        expectAgreesWithZod(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same verdict when checked while reading as when checked after', () => {
    let read = 0;
    fc.assert(
      fc.property(arbitraryRichMap, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), arbitraryJunk, fc.boolean(), (map, choices, junk, corrupted) => {
        // given a valid map, or one with a corruption, written as YAML
        const value: unknown = JSON.parse(JSON.stringify(map));
        if (corrupted) corrupt(value, choices, junk);
        // when it is read with the schema's guide / then the verdict is the acceptor's
        if (expectGuidedReadAgrees(stringify(value))) read++;
      }),
      { numRuns: 600 },
    );
    // and the fast reader read most of them (the rest go to the `yaml` package, unguided)
    expect(read).toBeGreaterThan(400);
  });

  it('leaves a `__proto__` key to zod, which strips it from records', () => {
    // given a map whose activities hold an own `__proto__` key, as a YAML reader produces it
    const value = JSON.parse('{"format":"swimlane/1","id":"m","title":"T","kind":"reference","activities":{"__proto__":{"name":"x"},"A":{"name":"a"}}}');
    // when / then
    expect(acceptMap(value)).toBe(false);
  });

  it('refuses to compile schemas whose output may differ from their input', () => {
    // given schemas with a default, a transform and a loose object
    const schemas = [z.strictObject({ a: z.string().default('x') }), z.string().transform((s) => s.length), z.object({ a: z.string() })];
    // when / then
    for (const schema of schemas) expect(compileAcceptor(schema)).toBeUndefined();
  });

  it('checks string length, patterns, numbers and unknown keys as zod does', () => {
    // given a small schema with each check the map format uses
    const schema = z.strictObject({
      id: z.string().regex(/^[a-z]+$/).max(5),
      count: z.number().int().min(0).optional(),
      tags: z.array(z.string().min(1)).min(1).max(3),
      kinds: z.partialRecord(z.enum(['a', 'b']), z.literal(1)).optional(),
    });
    const accept = compileAcceptor(schema)!;
    const cases: unknown[] = [
      { id: 'abc', tags: ['t'] },
      { id: 'abcdef', tags: ['t'] },
      { id: 'ab1', tags: ['t'] },
      { id: 'abc', tags: [] },
      { id: 'abc', tags: [''] },
      { id: 'abc', tags: ['a', 'b', 'c', 'd'] },
      { id: 'abc', tags: ['t'], count: 1.5 },
      { id: 'abc', tags: ['t'], count: -1 },
      { id: 'abc', tags: ['t'], count: Infinity },
      { id: 'abc', tags: ['t'], count: 2 },
      { id: 'abc', tags: ['t'], kinds: { a: 1 } },
      { id: 'abc', tags: ['t'], kinds: { c: 1 } },
      { id: 'abc', tags: ['t'], other: 1 },
      { tags: ['t'] },
      ['abc'],
      null,
    ];
    // when / then
    for (const value of cases) expectAgreesWithZod(value, accept, schema);
    expect(cases.filter((value) => accept(value))).toHaveLength(3);
    // and reading each case as YAML with the guide gives the same verdicts
    for (const value of cases) expect(expectGuidedReadAgrees(stringify(value), schema)).toBe(true);
  });
});
