import { describe, expect, it } from 'vitest';
import { keepOurSide } from '../../../renderer/session/conflictText';

describe('keepOurSide', () => {
  it('keeps our side of each conflict and every line outside conflicts', () => {
    // given a text with two conflicts, one in diff3 style with a base part
    const text = [
      'id: D',
      '<<<<<<< HEAD',
      'title: Ours',
      '=======',
      'title: Theirs',
      '>>>>>>> feature',
      'kind: as-is',
      '<<<<<<< HEAD',
      'summary: mine',
      '||||||| base',
      'summary: old',
      '=======',
      'summary: yours',
      '>>>>>>> feature',
      '',
    ].join('\n');
    // when our side is kept
    const ours = keepOurSide(text);
    // then the markers, the base and their side are gone
    expect(ours).toBe('id: D\ntitle: Ours\nkind: as-is\nsummary: mine\n');
  });

  it('leaves a text without markers unchanged, and keeps a lone ======= line outside a conflict', () => {
    // given texts without a conflict
    const plain = 'a: 1\r\nb: 2\r\n';
    const rule = 'notes: |\n=======\n';
    // when our side is kept
    // then they are unchanged
    expect(keepOurSide(plain)).toBe(plain);
    expect(keepOurSide(rule)).toBe(rule);
  });
});
