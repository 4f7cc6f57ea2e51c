import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMap } from '../../../shared/yaml/parseMap';
import { YAML_LIMITS } from '../../../shared/yaml/parseYamlSource';

const where = (text: string): Array<[string, number | undefined, number | undefined, string]> =>
  parseMap(text, 'm.yaml').issues.map((issue) => [issue.rule, issue.line, issue.column, issue.message]);

describe('parseMap', () => {
  it('loads the worked example with no issues', () => {
    // given
    const text = readFileSync('test/fixtures/maps/worked-example.yaml', 'utf8');
    // when
    const parsed = parseMap(text, 'worked-example.yaml');
    // then
    expect(parsed.issues).toEqual([]);
    expect(Object.keys(parsed.value!.activities)).toEqual(['D1', 'D2']);
    expect(parsed.value!.triggers!['1']!.starts).toEqual(['D1']);
  });

  it('places schema errors at the offending node, unknown keys at the key', () => {
    // given
    const text = 'format: swimlane/1\nid: m\ntitle: t\nkind: as-was\nactivities:\n  A:\n    name: A\n    colour: red\n  B: {}\n';
    // when / then
    expect(where(text)).toEqual([
      ['schema', 4, 7, expect.stringContaining('kind: ')],
      ['schema', 8, 5, expect.stringMatching(/^activities\.A: unknown key "colour"; allowed: name, lane, /)],
      ['schema', 9, 6, 'activities.B.name: required'],
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    expect(where('format: swimlane/1\nid: [unclosed\n')[0]!.slice(0, 2)).toEqual(['yaml-syntax', 3]);
    expect(where('format: swimlane/1\nid: a\nid: b\n')).toEqual([['duplicate-key', 3, 1, 'duplicate key "id": each key may appear once in a mapping, quoted or not (first on line 2)']]);
  });

  it('names git merge-conflict markers plainly instead of a cryptic YAML error', () => {
    // given
    const text = 'format: swimlane/1\n<<<<<<< HEAD\nid: a\n=======\nid: b\n>>>>>>> feature\n';
    // when / then
    expect(where(text).map(([rule, line]) => [rule, line])).toEqual([['merge-conflict', 2], ['merge-conflict', 4], ['merge-conflict', 6]]);
  });

  it('finds a marker on the first line, and takes a run of "=" inside a value for text', () => {
    // given a conflict that starts the file, and a map whose title holds "======="
    const conflicted = '<<<<<<< HEAD\nformat: swimlane/1\n=======\nformat: swimlane/2\n>>>>>>> other\n';
    const underlined = 'format: swimlane/1\nid: a\ntitle: Heading ======= underlined\nkind: reference\nactivities: {}\n';
    // when / then
    expect(where(conflicted).map(([rule, line]) => [rule, line])).toEqual([['merge-conflict', 1], ['merge-conflict', 3], ['merge-conflict', 5]]);
    expect(where(underlined).filter(([rule]) => rule === 'merge-conflict')).toEqual([]);
  });

  it('refuses aliases (billion laughs) before expanding anything', () => {
    // given
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
    // when
    const started = performance.now();
    const issues = where(lines.join('\n'));
    // then
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues[0]).toEqual(['limits', 2, 8, 'YAML aliases (*name) are not allowed in map files']);
  });

  it('refuses deep nesting and oversized files with a clear limit error', () => {
    expect(where(`a: ${'['.repeat(500)}${']'.repeat(500)}`)[0]!.slice(0, 2)).toEqual(['limits', 1]);
    let deep = 'a:\n';
    for (let depth = 1; depth < 80; depth++) deep += `${'  '.repeat(depth)}k:\n`;
    expect(where(deep)[0]![3]).toBe(`nesting deeper than ${YAML_LIMITS.maxDepth} levels`);
    expect(where('x'.repeat(YAML_LIMITS.maxTextLength + 1))[0]![0]).toBe('limits');
  });

  it('keeps YAML 1.2 core semantics: yes/no/on/off stay strings', () => {
    // given
    const text = 'format: swimlane/1\nid: m\ntitle: yes\nkind: reference\nactivities:\n  A:\n    name: off\n';
    // when
    const parsed = parseMap(text, 'm.yaml');
    // then
    expect(parsed.value?.title).toBe('yes');
    expect(parsed.value?.activities['A']?.name).toBe('off');
  });

  it('says which format it reads when a file names another', () => {
    expect(where('format: swimlane/9\nid: m\n')[0]).toEqual(['schema', 1, 9, 'format "swimlane/9" is not one this version reads (it reads swimlane/1)']);
    expect(where('just: data\n')[0]![3]).toContain('not a Swimlane Studio map');
  });

  it('never throws on any text', () => {
    for (const text of ['', '---\n---\n', '\u0000', ':', '- - -', '{', 'format: swimlane/1\nactivities: 3', '%YAML 1.1\n---\na: 1', '? [a]\n: b']) {
      expect(() => parseMap(text, 'm.yaml')).not.toThrow();
      expect(parseMap(text, 'm.yaml').issues.length).toBeGreaterThan(0);
    }
  });
});
