/** Hostile-input findings of issue 16 on the YAML reader: key collisions (2), crashes (7), lone CRs (8). */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatMapText } from '../../../shared/yaml/formatMapText';
import { parseMap } from '../../../shared/yaml/parseMap';
import { parseYamlSource, YAML_PARSE_OPTIONS } from '../../../shared/yaml/parseYamlSource';

const MAP = readFileSync('test/fixtures/maps/worked-example.yaml', 'utf8');
const ACTIVITY = (id: string, name: string) => `  ${id}:\n    name: ${name}\n    lane: analyst\n`;

describe('keys compared as the strings the map uses (finding 2)', () => {
  it.each([
    ['7', '"7"'],
    ['true', '"true"'],
    ['0x10', '"16"'],
    ['1.5', '"1.5"'],
    ['null', '""'],
  ])('refuses activities %s and %s as a duplicate key, naming it and its first line', (plain, quoted) => {
    // given a map whose activities hold a plain key and the same key quoted
    const text = MAP.replace('activities:\n', `activities:\n${ACTIVITY(plain, 'Open')}${ACTIVITY(quoted, 'Close')}`);
    const firstLine = text.split('\n').findIndex((line) => line === `  ${plain}:`) + 1;

    // when loaded
    const parsed = parseMap(text, 'm.yaml');

    // then it is a located duplicate-key error, and no value is given
    expect(parsed.value).toBeUndefined();
    const issue = parsed.issues.find((candidate) => candidate.rule === 'duplicate-key');
    expect(issue?.line).toBe(firstLine + 3);
    expect(issue?.message).toMatch(new RegExp(`^duplicate key ".*".*first on line ${firstLine}\\)$`));
  });

  it('gives the same error on the fast path and the fallback', () => {
    // given the same collision in text the fast reader reads and in text only `yaml` reads (a tab)
    const fast = 'a: 1\n7: x\n"7": y\n';
    const fallback = 'a:\t1\n7: x\n"7": y\n';

    // when loaded
    const issues = [fast, fallback].map((text) => parseYamlSource(text, 'm.yaml', z.unknown()).issues.map((issue) => [issue.rule, issue.line, issue.message]));

    // then both report the collision at line 3
    expect(issues[0]).toEqual([['duplicate-key', 3, 'duplicate key "7": each key may appear once in a mapping, quoted or not (first on line 2)']]);
    expect(issues[1]).toEqual(issues[0]);
  });

  it('lets fmt refuse the collision instead of duplicating an entry', () => {
    // given a map with colliding keys
    const text = MAP.replace('activities:\n', `activities:\n${ACTIVITY('7', 'Open')}${ACTIVITY('"7"', 'Close')}`);
    // when formatted
    const result = formatMapText(text, 'm.yaml');
    // then nothing is written and the issue is named
    expect(result.text).toBeUndefined();
    expect(result.issues[0]?.rule).toBe('duplicate-key');
  });
});

describe('inputs that crashed fmt are located errors (finding 7)', () => {
  it('refuses a !!binary tag at its place', () => {
    // given a map with a binary scalar
    const text = `${MAP}extra: !!binary aGVsbG8=\n`;
    const line = text.split('\n').length - 1;

    // when formatted and loaded
    const formatted = formatMapText(text, 'm.yaml');
    const parsed = parseMap(text, 'm.yaml');

    // then both name the tag and its line
    expect(formatted.issues).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line, message: expect.stringContaining('!!binary') })]);
    expect(parsed.issues[0]).toMatchObject({ line, message: expect.stringContaining('!!binary') });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('formats a map with an unknown key %s holding a mapping', (key) => {
    // given an unknown key named like an Object.prototype member, with a mapping value
    const text = `${MAP}${key}:\n  x: 1\n`;

    // when formatted
    const result = formatMapText(text, 'm.yaml');

    // then it is formatted (the schema check names the unknown key later), not a stack trace
    expect(result.text).toContain(`${key}:\n  x: 1\n`);
    expect(parseMap(text, 'm.yaml').issues[0]?.message).toContain(`unknown key "${key}"`);
  });
});

describe('lone CRs read as the `yaml` package reads them (finding 8)', () => {
  it.each(['a: x\r\r\n', '\r\r\n:', 'a: x\rb: y\r\n', 'a: "x\r\r\n  y"\r\n'])('%j', (text) => {
    // given a text with a lone CR before a line break
    const reference = parseDocument(text, YAML_PARSE_OPTIONS);
    // when loaded
    const parsed = parseYamlSource(text, 'm.yaml', z.unknown());
    // then it is refused exactly when `yaml` refuses it, and otherwise has `yaml`'s value
    expect(parsed.issues.length > 0).toBe(reference.errors.length > 0);
    if (reference.errors.length === 0) expect(parsed.data).toEqual(reference.toJS());
  });

  it('still reads CRLF text with the positions of LF text', () => {
    // given a CRLF map with an error on line 3
    const parsed = parseMap('format: swimlane/1\r\nid: a\r\nid: b\r\n', 'm.yaml');
    // then the error is on line 3
    expect(parsed.issues[0]?.line).toBe(3);
  });
});
