import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { EditError } from '../../../shared/edits/records';
import { ProcessMap } from '../../../shared/model/schema';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('edit handlers', () => {
  it('lane.move reorders the lane and its activities stay in it', () => {
    // given lanes helpdesk, soc, siem
    // when the SIEM lane moves to the top
    const next = applyEdit(map, { type: 'lane.move', id: 'siem-lane', index: 0 });
    // then it is first and D1b still belongs to it
    expect(Object.keys(next.lanes ?? {})).toEqual(['siem-lane', 'helpdesk-lane', 'soc-lane']);
    expect(next.activities.D1b?.lane).toBe('siem-lane');
  });

  it('activity.move changes the lane and keeps the key order of the activity', () => {
    // given D2 in the SOC lane
    // when it moves to the help desk lane
    const next = applyEdit(map, { type: 'activity.move', id: 'D2', lane: 'helpdesk-lane' });
    // then its lane changes in place
    expect(next.activities.D2?.lane).toBe('helpdesk-lane');
    expect(Object.keys(next.activities.D2 ?? {})).toEqual(['name', 'lane', 'phase', 'ref']);
  });

  it('activity.move refuses an unknown lane', () => {
    // given / when / then
    expect(() => applyEdit(map, { type: 'activity.move', id: 'D2', lane: 'nowhere' })).toThrow(EditError);
  });

  it('activity.update puts a new field at its schema position and null removes one', () => {
    // given D1 with name, lane, phase, ref, keyPeople
    // when a summary is added and keyPeople removed
    const next = applyEdit(map, { type: 'activity.update', id: 'D1', changes: { summary: 'Watch.', keyPeople: null } });
    // then summary sits after ref (schema order) and keyPeople is gone
    expect(Object.keys(next.activities.D1 ?? {})).toEqual(['name', 'lane', 'phase', 'ref', 'summary']);
  });

  it('activity.delete removes its flows, memberships, handoff mentions and pin', () => {
    // given D1 with flows, a group, a handoff and a pin
    // when it is deleted
    const next = applyEdit(map, { type: 'activity.delete', id: 'D1' });
    // then everything that named it is gone or trimmed
    expect(next.activities.D1).toBeUndefined();
    expect(Object.keys(next.flows ?? {})).toEqual(['D1b-D2', 'D2-to-T1', 'D2-archive']);
    expect(next.groups?.reporting?.members).toEqual(['D2']);
    expect(next.handoffs?.['helpdesk-to-soc']).toBeUndefined();
    expect(next.layout).toBeUndefined();
  });

  it('activity.delete takes the activity out of handoff parties, and a handoff without a sender goes', () => {
    // given a handoff from D1 and D1b to D2, besides the help desk handoff from D1 alone
    const withJoint = { ...map, handoffs: { ...map.handoffs, joint: { sending: [{ activity: 'D1' }, { activity: 'D1b' }], receiving: [{ activity: 'D2' }] } } };
    // when D1 is deleted
    const next = applyEdit(withJoint, { type: 'activity.delete', id: 'D1' });
    // then the joint handoff keeps D1b as its sender, and the handoff D1 alone sent is gone
    expect(next.handoffs?.joint?.sending).toEqual([{ activity: 'D1b' }]);
    expect(Object.keys(next.handoffs ?? {})).toEqual(['joint']);
    // and undoing the delete would need nothing that was lost: the previous map is untouched
    expect(withJoint.handoffs.joint.sending).toHaveLength(2);
  });

  it('lane.delete moves its activities to the chosen lane', () => {
    // given the SIEM lane with D1b
    // when it is deleted, moving its activities to the SOC lane
    const next = applyEdit(map, { type: 'lane.delete', id: 'siem-lane', moveActivitiesTo: 'soc-lane' });
    // then D1b is in the SOC lane
    expect(next.lanes?.['siem-lane']).toBeUndefined();
    expect(next.activities.D1b?.lane).toBe('soc-lane');
  });

  it('a new section goes to its schema position among the top-level keys', () => {
    // given the worked example without lanes
    const example = ProcessMap.parse(parse(readFileSync(new URL('../../fixtures/maps/worked-example.yaml', import.meta.url), 'utf8')));
    // when a lane is added
    const next = applyEdit(example, { type: 'lane.add', id: 'l1', lane: { actor: 'a' } });
    // then `lanes` comes right before `activities`
    const keys = Object.keys(next);
    expect(keys.indexOf('lanes')).toBe(keys.indexOf('activities') - 1);
  });

  it('flow.connect refuses a flow that ends at an initiation', () => {
    // given / when / then
    expect(() => applyEdit(map, { type: 'flow.connect', id: 'x', flow: { from: 'D1', to: 'outside' } })).toThrow(EditError);
  });

  it('layout.pin rounds positions and null unpins', () => {
    // given D1 pinned
    // when D2 is pinned and D1 unpinned
    const pinned = applyEdit(map, { type: 'layout.pin', id: 'D2', position: { x: 10.4, y: 20.6 } });
    const unpinned = applyEdit(pinned, { type: 'layout.pin', id: 'D1', position: null });
    // then only D2 remains, rounded
    expect(unpinned.layout).toEqual({ pinned: { D2: { x: 10, y: 21 } } });
  });
});
