import { describe, expect, it } from 'vitest';
import { alignKeyOrder } from '../../../shared/tailor/alignKeyOrder';
import { updateYamlText } from '../../../shared/yaml/updateMapText';
import { parseMap } from '../../../shared/yaml/parseMap';
import type { Mutable } from '../diff/mapArbitraries';

const TEXT = `format: swimlane/1
id: m
title: M
kind: as-is
activities:
  A1:
    name: One
    tags: [x]
    ref: A1
flows:
  f:
    from: A1
    to: A1
    ref: f
`;

describe('alignKeyOrder', () => {
  it('keeps the file order of existing keys and puts new keys where the minimal writer inserts them', () => {
    // given a file whose activity has `ref` last (not canonical), and data adding a summary and a condition at the end
    const previous = parseMap(TEXT, 'm.yaml').data as Mutable;
    const next = structuredClone(previous);
    next.activities.A1 = { ...next.activities.A1, summary: 'Does one thing.' };
    next.flows.f = { ...next.flows.f, condition: 'If needed' };
    next.activities.A2 = { ref: 'A2', name: 'Two' };
    // when aligned and written
    const aligned = alignKeyOrder(next, previous);
    const written = updateYamlText(TEXT, aligned);
    // then the file keeps its order, new keys follow their canonical predecessor (summary after ref), and the writer needed no fallback
    expect(Object.keys(aligned.activities.A1)).toEqual(['name', 'tags', 'ref', 'summary']);
    expect(Object.keys(aligned.flows.f)).toEqual(['from', 'to', 'condition', 'ref']);
    expect(Object.keys(aligned.activities.A2)).toEqual(['name', 'ref']);
    expect(written.isMinimal).toBe(true);
    expect(written.text).toContain('    name: One\n    tags: [x]\n    ref: A1\n    summary: Does one thing.\n');
  });
});
