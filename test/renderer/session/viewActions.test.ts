import { describe, expect, it } from 'vitest';
import { sessionWithExample } from './memoryHost';

describe('view actions', () => {
  it('opens and closes a comparison, keeping the chosen mode for the next map', async () => {
    // given the example open and the compare panel shown
    const { session } = await sessionWithExample();
    const map = session.store.getState().doc!.history.present;
    session.toggleAnalysisPanel('compare');
    // when compared in overlay mode, then with another map
    session.compareWith({ label: 'itself', map });
    session.setCompareMode('overlay');
    session.compareWith({ label: 'again', map });
    // then the comparison keeps overlay, and hiding the panel ends it with its marks
    expect(session.store.getState().compare).toMatchObject({ label: 'again', mode: 'overlay' });
    session.setCompareMarks(new Map([['activities:D1', 'changed']]));
    session.toggleAnalysisPanel('compare');
    expect(session.store.getState()).toMatchObject({ analysisPanel: null, compare: null });
    expect(session.store.getState().compareMarks.size).toBe(0);
  });

  it('points at compared elements and selects the first one the open map has', async () => {
    // given a comparison open
    const { session } = await sessionWithExample();
    session.compareWith({ label: 'itself', map: session.store.getState().doc!.history.present });
    // when a change of an element only the other map has, and D2, are pointed at
    session.focusCompared(['activities:Z9', 'activities:D2']);
    // then both are outlined and D2 is selected
    expect(session.store.getState().compare?.focus?.keys).toEqual(['activities:Z9', 'activities:D2']);
    expect(session.store.getState().selection).toEqual([{ kind: 'activity', id: 'D2' }]);
  });

  it('shows the export choice only with a document open', async () => {
    // given the example open / when the export choice is opened and closed / then it toggles
    const { session } = await sessionWithExample();
    session.openExportChoice();
    expect(session.store.getState().isExportChoiceOpen).toBe(true);
    session.closeExportChoice();
    expect(session.store.getState().isExportChoiceOpen).toBe(false);
  });
});
