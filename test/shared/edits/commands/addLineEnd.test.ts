import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../../shared/model/schema';
import { addLineEnd } from '../../../../shared/edits/commands/addLineEnd';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('addLineEnd', () => {
  it('adds a line start from outside flowing into an activity', () => {
    // given D2 with no line start of its own
    // when a start is added to D2
    const { edit, id } = addLineEnd(map, 'D2', 'start');
    const next = applyEdit(map, edit);
    // then an outside initiation flows into D2
    expect(id).toBe('from-outside-D2');
    expect(next.initiations?.[id]).toEqual({ kind: 'outside' });
    expect(next.flows?.['from-outside-D2-D2']).toEqual({ from: id, to: 'D2' });
    expect(edit).toMatchObject({ type: 'batch', label: 'Add start from-outside-D2' });
  });

  it('adds a plain line end that an activity flows into, numbered in the node-id space', () => {
    // given an activity already called end-D1 (the node-id space is shared)
    const taken = applyEdit(map, { type: 'activity.add', id: 'end-D1', activity: { name: 'Taken', lane: 'soc-lane' } });
    // when an end is added from D1
    const { edit, id } = addLineEnd(taken, 'D1', 'end');
    const next = applyEdit(taken, edit);
    // then it is end-D1-2, a plain end that D1 flows into
    expect(id).toBe('end-D1-2');
    expect(next.terminations?.[id]).toEqual({ kind: 'end' });
    expect(next.flows?.['D1-end-D1-2']).toEqual({ from: 'D1', to: id });
  });
});
