import { describe, expect, it } from 'vitest';
import { sessionWithExample } from './memoryHost';

describe('editing actions', () => {
  it('adds an activity after the selected one, selects it and focuses its name with the placeholder selected', async () => {
    // given D1 selected
    const { session } = await sessionWithExample();
    session.select([{ kind: 'activity', id: 'D1' }]);
    // when an activity is added
    const id = session.addActivity();
    // then it follows D1, is selected and its inspector field is asked for
    const state = session.store.getState();
    expect(state.doc!.history.present.flows?.[`D1-${id}`]).toEqual({ from: 'D1', to: id });
    expect(state.selection).toEqual([{ kind: 'activity', id }]);
    expect(state.focusField).toMatchObject({ id, selectText: true });
  });

  it('deletes the selection in one undo step', async () => {
    // given D1 and the group reporting selected
    const { session } = await sessionWithExample();
    session.select([
      { kind: 'activity', id: 'D1' },
      { kind: 'group', id: 'reporting' },
    ]);
    // when deleted, then undone
    session.deleteSelection();
    const deleted = session.store.getState().doc!.history.present;
    session.undo();
    // then both went in one step that undo brings back
    expect(deleted.activities.D1).toBeUndefined();
    expect(deleted.groups?.reporting).toBeUndefined();
    expect(session.store.getState().doc!.history.present.activities.D1).toBeDefined();
    expect(session.store.getState().doc!.history.past).toHaveLength(0);
  });

  it('deleting an activity takes the line start only it used, and undo brings both back', async () => {
    // given D1, the only activity the start "outside" leads to, selected
    const { session } = await sessionWithExample();
    session.select([{ kind: 'activity', id: 'D1' }]);
    // when deleted, then undone
    session.deleteSelection();
    const deleted = session.store.getState().doc!.history.present;
    session.undo();
    // then the start went with it in one step, and came back with it
    expect(deleted.initiations?.outside).toBeUndefined();
    const restored = session.store.getState().doc!.history.present;
    expect(restored.initiations?.outside).toBeDefined();
    expect(restored.flows?.['outside-D1']).toEqual({ from: 'outside', to: 'D1', outputs: ['General indicators'] });
  });

  it('copies and pastes activities as copies, selected', async () => {
    // given D1 and D2 selected and copied
    const { session } = await sessionWithExample();
    session.select([
      { kind: 'activity', id: 'D1' },
      { kind: 'activity', id: 'D2' },
    ]);
    session.copySelection();
    // when pasted
    session.paste();
    // then the copies and their inner flow exist and are the selection
    const map = session.store.getState().doc!.history.present;
    expect(map.flows?.['D1-D2-copy']).toMatchObject({ from: 'D1-copy', to: 'D2-copy' });
    expect(session.store.getState().selection.map((ref) => ref.id)).toEqual(['D1-copy', 'D2-copy']);
  });

  it('connects two nodes, adds a handoff for the flow, and a line start and end', async () => {
    // given the example map
    const { session } = await sessionWithExample();
    // when D1b is connected to the archive end, a handoff added for it, and a start and an end added to D1b
    const flow = session.connect('D1b', 'archive')!;
    const handoff = session.addHandoffForFlow(flow);
    const start = session.addInitiationTo('D1b');
    const end = session.addTerminationFrom('D1b');
    // then each exists and the last one made is selected
    const map = session.store.getState().doc!.history.present;
    expect(map.handoffs?.[handoff!]?.flows).toEqual([flow]);
    expect(map.initiations?.[start!]).toEqual({ kind: 'outside' });
    expect(map.terminations?.[end!]).toEqual({ kind: 'end' });
    expect(session.store.getState().selection).toEqual([{ kind: 'termination', id: end }]);
  });

  it('moves an activity to the lane below, unpinned, and says when auto-layout has nothing to do', async () => {
    // given D1 (pinned) in the first lane
    const { session } = await sessionWithExample();
    // when it moves a lane down, and auto-layout runs twice
    session.shiftActivityLane('D1', 1);
    const moved = session.store.getState().doc!.history.present;
    session.autoLayout();
    // then it is in the SOC lane and no longer pinned, and auto-layout says nothing is pinned
    expect(moved.activities.D1?.lane).toBe('soc-lane');
    expect(moved.layout?.pinned?.D1).toBeUndefined();
    expect(session.store.getState().status).toBe('Nothing pinned: the layout is already automatic');
  });
});
