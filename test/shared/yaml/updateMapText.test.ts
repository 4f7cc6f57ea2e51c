import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { updateYamlText } from '../../../shared/yaml/updateMapText';
import { readsAsPlainString } from '../../../shared/yaml/scalarRendering';

const example = readFileSync('test/fixtures/maps/worked-example.yaml', 'utf8');

function edit(text: string, change: (map: ProcessMap) => void): { text: string; isMinimal: boolean } {
  const map = structuredClone(parseMap(text, 'm.yaml').value!);
  change(map);
  return updateYamlText(text, map);
}

/** Lines removed and added, as a line diff would show them (both lists in order). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe('updateMapText', () => {
  it('rewrites a block scalar that becomes another kind of value, keeping the next line apart', () => {
    // given a list whose first item is a literal block scalar
    const text = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\nactivities:\n  A:\n    name: A\n    requirements:\n      - |-\n        two\n        lines\n      - "after"\n';
    // when that item becomes a single word, and then null
    for (const value of ['one', null]) {
      const next = structuredClone(parseMap(text, 'm.yaml').data) as { activities: { A: { requirements: unknown[] } } };
      next.activities.A.requirements[0] = value;
      const saved = updateYamlText(text, next).text;
      // then the file reads back as the edit: the next item is still its own line
      expect((parseMap(saved, 'm.yaml').data as typeof next).activities.A.requirements).toEqual([value, 'after']);
    }
  });

  it('writes nothing different when nothing changed', () => {
    expect(edit(example, () => {}).text).toBe(example);
  });

  it('turns a one-field edit into a one-line diff, keeping comments and quoting', () => {
    // when
    const result = edit(example, (map) => {
      map.activities['D2']!.name = 'Receive Reports';
    });
    // then
    expect(result.isMinimal).toBe(true);
    expect(lineDiff(example, result.text)).toEqual({ removed: ['    name: Receive Information'], added: ['    name: Receive Reports'] });
    expect(result.text).toContain('# A small map that uses every construct');
    expect(result.text).toContain('title: "D: Detect Events (example)"');
  });

  it('keeps the quoting style of the edited scalar and quotes values that would read back as something else', () => {
    // given
    const text = "format: swimlane/1\nid: m\ntitle: 'single'\nkind: reference\nversion: \"1.0\"\nactivities:\n  A:\n    name: plain\n";
    // when
    const cases: Array<[string, string]> = [['true', '"true"'], ['123', '"123"'], ['null', '"null"'], ['~', '"~"'], ['a: b', '"a: b"'], ['- x', '"- x"'], ['#x', '"#x"'], [' x', '" x"'], ['yes', 'yes']];
    // then
    for (const [value, written] of cases) {
      const result = edit(text, (map) => {
        map.activities['A']!.name = value;
      });
      expect(result.text).toContain(`    name: ${written}\n`);
      expect(parseMap(result.text, 'm.yaml').value!.activities['A']!.name).toBe(value);
    }
    expect(edit(text, (map) => { map.title = "it's"; }).text).toContain("title: 'it''s'\n");
    expect(edit(text, (map) => { map.version = '2.0'; }).text).toContain('version: "2.0"\n');
  });

  it('keeps CRLF line endings and the byte-order mark', () => {
    // given
    const text = `\uFEFF${example.replace(/\n/g, '\r\n')}`;
    // when
    const result = edit(text, (map) => {
      map.activities['D3'] = { name: 'Added' };
    });
    // then
    expect(result.text.startsWith('\uFEFF')).toBe(true);
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.text).toContain('  D3:\r\n    name: Added\r\n');
  });

  it('adds and removes elements as whole lines at the right place', () => {
    // when
    const result = edit(example, (map) => {
      delete map.flows!['D1-D2'];
      map.flows!['D2-D3'] = { from: 'D2', to: 'D3', outputs: ['Notes'] };
      map.activities['D3'] = { name: 'Third', keyPeople: ['CSIRT staff'] };
    });
    // then
    const diff = lineDiff(example, result.text);
    expect(result.isMinimal).toBe(true);
    expect(result.text).toContain('  D2:\n    name: Receive Information\n    keyPeople: [CSIRT triage staff]\n    source: Table 12\n  D3:\n    name: Third\n    keyPeople: [CSIRT staff]\ngroups:');
    expect(result.text).toContain('  D2-D3:\n    from: D2\n    to: D3\n    outputs: [Notes]\ntriggers:');
    expect(result.text).not.toContain('D1-D2:');
    expect(diff.removed.length).toBeGreaterThan(0);
  });

  it('inserts a new field in canonical key order', () => {
    // when
    const result = edit(example, (map) => {
      map.activities['D2']!.lane = 'soc';
    });
    // then
    expect(result.text).toContain('  D2:\n    name: Receive Information\n    lane: soc\n    keyPeople:');
  });

  it('moves whole entries when lanes are reordered, comments travelling with them', () => {
    // given
    const text = 'format: swimlane/1\nid: m\ntitle: t\nkind: as-is\nlanes:\n  # the front line\n  desk:\n    actor: desk\n  soc:\n    actor: soc # analysts\nactivities:\n  A: {name: A, lane: desk}\n';
    // when
    const result = edit(text, (map) => {
      map.lanes = { soc: map.lanes!['soc']!, desk: map.lanes!['desk']! };
    });
    // then
    expect(result.text).toBe('format: swimlane/1\nid: m\ntitle: t\nkind: as-is\nlanes:\n  # the front line\n  soc:\n    actor: soc # analysts\n  desk:\n    actor: desk\nactivities:\n  A: {name: A, lane: desk}\n');
  });

  it('changes only the affected items of a block list', () => {
    // when
    const result = edit(example, (map) => {
      map.description!.mission = ['First goal.', ...map.description!.mission!];
    });
    // then
    expect(lineDiff(example, result.text)).toEqual({ removed: [], added: ['    - First goal.'] });
  });

  it('rewrites multi-line text as a literal block', () => {
    // when
    const result = edit(example, (map) => {
      map.summary = 'Line one.\nLine two.';
    });
    // then
    expect(result.text).toContain('summary: |-\n  Line one.\n  Line two.\nnotes:');
    expect(parseMap(result.text, 'm.yaml').value!.summary).toBe('Line one.\nLine two.');
  });
});

describe('readsAsPlainString', () => {
  it.each([
    ['Receive Information', true],
    ['D2', true],
    ['true', false],
    ['1.0', false],
    ['', false],
    ['key: value', false],
    ['[x]', false],
    ['a #b', false],
    ['-x', true],
  ])('%j → %s', (value, expected) => {
    expect(readsAsPlainString(value)).toBe(expected);
  });
});
