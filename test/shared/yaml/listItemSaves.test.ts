import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { updateYamlText } from '../../../shared/yaml/updateMapText';

/** A list whose item mappings start on the line after their dash, with a comment in each item. */
const dashThenMapping = 'items:\n  -\n    text: one # first\n  -\n    # about two\n    text: two\n  -\n    text: three # last\n';

type Lists = Record<string, Array<Record<string, unknown>>>;

function save(text: string, change: (data: Lists) => void): { text: string; isMinimal: boolean } {
  const data = parse(text) as Lists;
  change(data);
  const result = updateYamlText(text, data);
  // every save reads back as the data it was given
  expect(parse(result.text)).toEqual(data);
  return result;
}

describe('minimal save of list items whose mapping starts after the dash', () => {
  it('removes such an item with its dash line, keeping the others and their comments', () => {
    // when the middle item is removed
    const result = save(dashThenMapping, (data) => void data['items']!.splice(1, 1));
    // then the splice held: the other items are untouched bytes
    expect(result.isMinimal).toBe(true);
    expect(result.text).toBe('items:\n  -\n    text: one # first\n  -\n    text: three # last\n');
  });

  it('replaces such an item whole, dash included', () => {
    // when the middle item becomes a scalar
    const result = save(dashThenMapping, (data) => void data['items']!.splice(1, 1, 'plain' as unknown as Record<string, unknown>));
    // then
    expect(result.isMinimal).toBe(true);
    expect(result.text).toContain('text: one # first\n  - plain\n  -\n    text: three # last\n');
  });

  it('inserts an item before the first such item above its dash', () => {
    // when an item is put first
    const result = save(dashThenMapping, (data) => void data['items']!.unshift({ text: 'zero' }));
    // then the new item precedes the old first dash, and every comment is kept
    expect(result.isMinimal).toBe(true);
    expect(result.text.startsWith('items:\n  - text: zero\n  -\n    text: one # first\n')).toBe(true);
    for (const comment of ['# first', '# about two', '# last']) expect(result.text).toContain(comment);
  });
});

describe('minimal save of a run with inserts and edits', () => {
  const steps = 'steps:\n  - id: a\n    text: alpha # keep me\n    note: n\n  - id: b\n    text: beta\n';

  it('pairs the edited item by its id, not by position, so its unchanged field keeps its comment', () => {
    // when an item is inserted before `a` and `a` is edited in the same save
    const result = save(steps, (data) => {
      data['steps']![0]!['note'] = 'changed';
      data['steps']!.unshift({ id: 'new', text: 'inserted' });
    });
    // then the new item is added as lines, `a` changes one line, its comment stays
    expect(result.isMinimal).toBe(true);
    expect(result.text).toBe('steps:\n  - id: new\n    text: inserted\n  - id: a\n    text: alpha # keep me\n    note: changed\n  - id: b\n    text: beta\n');
  });

  it('pairs by name where items have no id', () => {
    // given
    const named = 'people:\n  - name: Ann # lead\n    role: x\n  - name: Bo\n    role: y\n';
    // when an item is put before Ann, and Ann's role changes
    const result = save(named, (data) => {
      data['people']![0]!['role'] = 'z';
      data['people']!.unshift({ name: 'Cy', role: 'w' });
    });
    // then
    expect(result.isMinimal).toBe(true);
    expect(result.text).toContain('  - name: Ann # lead\n    role: z\n');
  });
});
