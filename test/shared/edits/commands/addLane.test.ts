import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../../shared/model/schema';
import { addLane } from '../../../../shared/edits/commands/addLane';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('addLane', () => {
  it('adds a lane with an actor of its own below the given lane', () => {
    // given lanes helpdesk, soc, siem
    // when a lane is added below the help desk lane
    const { edit, id } = addLane(map, { below: 'helpdesk-lane' });
    const next = applyEdit(map, edit);
    // then new-lane sits second and names a new role actor
    expect(id).toBe('new-lane');
    expect(Object.keys(next.lanes ?? {})).toEqual(['helpdesk-lane', 'new-lane', 'soc-lane', 'siem-lane']);
    expect(next.lanes?.['new-lane']).toEqual({ actor: 'new-lane' });
    expect(next.actors?.['new-lane']).toEqual({ name: 'New actor', kind: 'role' });
  });

  it('adds at the bottom, numbered past ids the lanes and actors already use', () => {
    // given a map whose actors already hold "new-lane"
    const taken = { ...map, actors: { ...map.actors, 'new-lane': { name: 'Taken', kind: 'role' as const } } };
    // when a lane is added with none given
    const { edit, id } = addLane(taken);
    const next = applyEdit(taken, edit);
    // then it is new-lane-2, last
    expect(id).toBe('new-lane-2');
    expect(Object.keys(next.lanes ?? {}).at(-1)).toBe('new-lane-2');
  });
});
