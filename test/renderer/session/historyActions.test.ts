import { describe, expect, it } from 'vitest';
import { sessionWithExample } from './memoryHost';

describe('history actions', () => {
  it('applies an edit as one undo step, and undo and redo restore either side', async () => {
    // given the example map open
    const { session } = await sessionWithExample();
    // when D1 is renamed, then undone, then redone
    session.edit({ type: 'activity.rename', id: 'D1', name: 'Watch' });
    const renamed = session.store.getState().doc!.history.present;
    session.undo();
    const undone = session.store.getState();
    session.redo();
    // then undo showed the old name with its label, and redo the new one again
    expect(renamed.activities.D1?.name).toBe('Watch');
    expect(undone.doc!.history.present.activities.D1?.name).toBe('Notice Events (Reactive)');
    expect(undone.status).toBe('Undid Rename activity D1');
    expect(session.store.getState().doc!.history.present.activities.D1?.name).toBe('Watch');
  });

  it('folds keystrokes typed in one field into one step until typing ends', async () => {
    // given the example map open
    const { session } = await sessionWithExample();
    // when two keystrokes are typed in D1's name, typing ends, and one more is typed
    session.edit({ type: 'activity.rename', id: 'D1', name: 'W' }, { typing: 'D1.name' });
    session.edit({ type: 'activity.rename', id: 'D1', name: 'Wa' }, { typing: 'D1.name' });
    session.endTyping();
    session.edit({ type: 'activity.rename', id: 'D1', name: 'Wat' }, { typing: 'D1.name' });
    // then there are two steps
    expect(session.store.getState().doc!.history.past).toHaveLength(2);
  });

  it('refuses an edit that does not apply, saying why, and keeps the map', async () => {
    // given the example map open
    const { session } = await sessionWithExample();
    const before = session.store.getState().doc!.history.present;
    // when an activity is moved to a lane that does not exist
    const ok = session.edit({ type: 'activity.move', id: 'D1', lane: 'nowhere' });
    // then nothing changed and the status says it was not done
    expect(ok).toBe(false);
    expect(session.store.getState().doc!.history.present).toBe(before);
    expect(session.store.getState().status).toMatch(/^Not done: /);
  });
});
