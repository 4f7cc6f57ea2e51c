import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../renderer/session/selectionActions';
import { sessionWithExample } from './memoryHost';

describe('selection actions', () => {
  it('finds the kind of an id, a lane before the actor of the same id', async () => {
    // given the example map with an added lane "new-lane" whose actor is also "new-lane"
    const { session } = await sessionWithExample();
    session.select([]);
    session.addLane();
    const map = session.store.getState().doc!.history.present;
    // when ids are looked up / then each names its kind
    expect(kindOf(map, 'new-lane')).toBe('lane');
    expect(kindOf(map, 'helpdesk')).toBe('actor');
    expect(kindOf(map, 'D1-D2')).toBe('flow');
    expect(kindOf(map, '1')).toBe('trigger');
    expect(kindOf(map, 'nothing')).toBeNull();
  });

  it('reveals an element: selects it and asks the canvas to bring it into view', async () => {
    // given the example map
    const { session } = await sessionWithExample();
    // when D2 is revealed twice
    session.revealElement('D2');
    const first = session.store.getState().reveal;
    session.revealElement('D2');
    // then D2 is selected and each reveal is a new request
    expect(session.store.getState().selection).toEqual([{ kind: 'activity', id: 'D2' }]);
    expect(session.store.getState().reveal?.seq).toBe((first?.seq ?? 0) + 1);
  });

  it('drops a selected element that undo removed', async () => {
    // given an added activity, selected
    const { session } = await sessionWithExample();
    const id = session.addActivity();
    // when the addition is undone
    session.undo();
    // then the selection no longer holds it
    expect(id).not.toBeNull();
    expect(session.store.getState().selection).toEqual([]);
  });
});
