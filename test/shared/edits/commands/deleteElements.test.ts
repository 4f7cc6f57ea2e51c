import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../../shared/model/schema';
import { deleteElements } from '../../../../shared/edits/commands/deleteElements';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('deleteElements', () => {
  it('deletes an activity with its flows, and does not delete its flows a second time', () => {
    // given D1 and its flow D1-D2 both selected
    // when they are deleted
    const edit = deleteElements(map, [
      { kind: 'flow', id: 'D1-D2' },
      { kind: 'activity', id: 'D1' },
    ]);
    const next = applyEdit(map, edit!);
    // then one edit removes D1 and every flow touching it
    expect(edit).toEqual({ type: 'activity.delete', id: 'D1' });
    expect(next.activities.D1).toBeUndefined();
    expect(Object.keys(next.flows ?? {})).toEqual(['D1b-D2', 'D2-to-T1', 'D2-archive']);
  });

  it('deletes mixed elements in one step, flows and groups before nodes, lanes and actors last', () => {
    // given a flow, a group, a trigger-free line end, a lane and its actor selected
    // when deleted
    const edit = deleteElements(map, [
      { kind: 'actor', id: 'siem' },
      { kind: 'lane', id: 'siem-lane' },
      { kind: 'termination', id: 'archive' },
      { kind: 'group', id: 'reporting' },
      { kind: 'flow', id: 'D1b-D2' },
      { kind: 'map', id: map.id },
    ]);
    // then one batch lists them in cascade order, and applying it leaves a valid map
    expect(edit).toEqual({
      type: 'batch',
      label: 'Delete 5 elements',
      edits: [
        { type: 'flow.delete', id: 'D1b-D2' },
        { type: 'group.delete', id: 'reporting' },
        { type: 'termination.delete', id: 'archive' },
        { type: 'lane.delete', id: 'siem-lane' },
        { type: 'actor.delete', id: 'siem' },
      ],
    });
    expect(ProcessMap.safeParse(applyEdit(map, edit!)).success).toBe(true);
  });

  it('takes along a line start or end that only the deleted activity used, and keeps shared ones', () => {
    // given D1, the only user of the start "outside", and D2, which shares no end with another activity
    // when D1 is deleted, and separately D2
    const withoutD1 = applyEdit(map, deleteElements(map, [{ kind: 'activity', id: 'D1' }])!);
    const withoutD2 = applyEdit(map, deleteElements(map, [{ kind: 'activity', id: 'D2' }])!);
    // then "outside" went with D1, D2 took its ends "to-T1" and "archive", and every map stays valid
    expect(map.initiations?.outside).toBeDefined();
    expect(withoutD1.initiations?.outside).toBeUndefined();
    expect(withoutD1.terminations).toEqual(map.terminations);
    expect(withoutD2.initiations).toEqual(map.initiations);
    expect(withoutD2.terminations?.['to-T1']).toBeUndefined();
    expect(withoutD2.terminations?.archive).toBeUndefined();
    expect(ProcessMap.safeParse(withoutD1).success).toBe(true);
    expect(ProcessMap.safeParse(withoutD2).success).toBe(true);
  });

  it('keeps a line start that another activity still uses', () => {
    // given "outside" also starting D1b
    const shared = ProcessMap.parse({ ...map, flows: { ...map.flows, 'outside-D1b': { from: 'outside', to: 'D1b' } } });
    // when D1 is deleted
    const next = applyEdit(shared, deleteElements(shared, [{ kind: 'activity', id: 'D1' }])!);
    // then "outside" stays, with its flow to D1b
    expect(next.initiations?.outside).toBeDefined();
    expect(next.flows?.['outside-D1b']).toBeDefined();
  });

  it('deletes nothing when only the map is selected', () => {
    // given / when / then
    expect(deleteElements(map, [{ kind: 'map', id: map.id }])).toBeNull();
  });
});
