import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../../shared/model/schema';
import { addActivity } from '../../../../shared/edits/commands/addActivity';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('addActivity', () => {
  it('adds after an activity in its lane and phase, right after it, connected from it', () => {
    // given D1 in the help desk lane and the notice phase
    // when an activity is added after D1
    const { edit, id } = addActivity(map, { after: 'D1' });
    const next = applyEdit(map, edit);
    // then acme4 follows D1 in key order, shares its lane and phase, and D1 flows into it
    expect(id).toBe('acme4');
    expect(next.activities.acme4).toEqual({ name: 'New activity', lane: 'helpdesk-lane', phase: 'notice' });
    expect(Object.keys(next.activities)).toEqual(['D1', 'acme4', 'D1b', 'D2']);
    expect(next.flows?.['D1-acme4']).toEqual({ from: 'D1', to: 'acme4' });
    expect(edit).toMatchObject({ type: 'batch', label: 'Add activity acme4' });
  });

  it('adds into the given lane, unconnected, or into the first lane', () => {
    // given the example map
    // when one activity is added into the SIEM lane and one with no place given
    const inLane = applyEdit(map, addActivity(map, { lane: 'siem-lane' }).edit);
    const anywhere = applyEdit(map, addActivity(map).edit);
    // then each lands at the end of its lane with no new flow
    expect(inLane.activities.acme4).toEqual({ name: 'New activity', lane: 'siem-lane' });
    expect(anywhere.activities.acme4?.lane).toBe('helpdesk-lane');
    expect(Object.keys(inLane.flows ?? {})).toEqual(Object.keys(map.flows ?? {}));
  });

  it('adds into a lane under the pointer, connected from a node of another lane (a flow dropped on empty canvas)', () => {
    // given D1 in the help desk lane
    // when a flow dragged out of D1 is dropped on the SIEM lane
    const { edit, id } = addActivity(map, { from: 'D1', lane: 'siem-lane' });
    const next = applyEdit(map, edit);
    // then the new activity is in the SIEM lane, at the end, and D1 flows into it
    expect(next.activities[id]).toEqual({ name: 'New activity', lane: 'siem-lane' });
    expect(Object.keys(next.activities).at(-1)).toBe(id);
    expect(next.flows?.[`D1-${id}`]).toEqual({ from: 'D1', to: id });
  });

  it('ignores a `from` the map does not have', () => {
    // given no node named ghost
    // when an activity is added from it
    const next = applyEdit(map, addActivity(map, { from: 'ghost', lane: 'siem-lane' }).edit);
    // then no flow is made
    expect(Object.keys(next.flows ?? {})).toEqual(Object.keys(map.flows ?? {}));
  });

  it('undoes in one step', () => {
    // given an activity added after D2
    const { edit } = addActivity(map, { after: 'D2' });
    // when the edit's effect is compared with the map before / then only the new activity and flow differ
    const next = applyEdit(map, edit);
    expect(Object.keys(next.activities).length - Object.keys(map.activities).length).toBe(1);
    expect(Object.keys(next.flows ?? {}).length - Object.keys(map.flows ?? {}).length).toBe(1);
  });
});
