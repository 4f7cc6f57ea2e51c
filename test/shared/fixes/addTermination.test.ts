import { describe, expect, it } from 'vitest';
import { FixError } from '../../../shared/fixes/quickFix';
import { mapFile } from '../rules/ruleTester';
import { applyOffer, offersOf } from './fixTester';

const deadEnd = mapFile(`activities:
  A: {name: Start}
  B: {name: Stuck}
terminations:
  B-end: {kind: end}
flows:
  A-B: {from: A, to: B}
`);

describe('add-termination fix', () => {
  it('ends a dead end at a new termination, in one undoable step', () => {
    // given B, whose output goes nowhere (and an id B-end already taken)
    const testCase = { map: deadEnd, rule: 'dead-end' };
    // when the first offer is taken
    const result = applyOffer(testCase, (offers) => offers[0]);
    // then a fresh termination and the line to it are added, and dead-end finds nothing
    expect(result.map.terminations?.['B-end-2']).toEqual({ kind: 'end' });
    expect(result.map.flows?.['B-B-end-2']).toEqual({ from: 'B', to: 'B-end-2' });
    expect(result.after).toEqual([]);
    expect(result.undoRestores).toBe(true);
  });

  it('ends it in the archive or at a label', () => {
    // given the dead end / when the archive offer and a label are taken
    const testCase = { map: deadEnd, rule: 'dead-end' };
    const archived = applyOffer(testCase, (offers) => offers.find((offer) => offer.title.includes('archive')));
    const labelled = applyOffer(testCase, (offers) => offers[0], { kind: 'label', text: 'To stakeholders' });
    // then each is the termination asked for
    expect(archived.map.terminations?.['B-end-2']).toEqual({ kind: 'icon', icon: 'archive' });
    expect(labelled.map.terminations?.['B-end-2']).toEqual({ kind: 'label', text: 'To stakeholders' });
    expect(labelled.after).toEqual([]);
  });

  it('refuses a label termination without its text', () => {
    // given the dead end / when a label without text is asked / then the fix says so
    expect(() => applyOffer({ map: deadEnd, rule: 'dead-end' }, (offers) => offers[0], { kind: 'label', text: ' ' })).toThrow(FixError);
    expect(offersOf({ map: deadEnd, rule: 'dead-end' }).offers.map((offer) => offer.fix)).toEqual(['add-termination', 'add-termination']);
  });
});
