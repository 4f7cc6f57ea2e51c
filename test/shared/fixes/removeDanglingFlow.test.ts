import { describe, expect, it } from 'vitest';
import { mapFile } from '../rules/ruleTester';
import { applyOffer, offersOf } from './fixTester';

const dangling = mapFile(`activities:
  A: {name: Start}
terminations:
  done: {kind: end}
flows:
  A-done: {from: A, to: done}
  A-gone: {from: A, to: vanished}
handoffs:
  h:
    sending: [{activity: A}]
    receiving: [{text: Someone}]
    flows: [A-gone]
`);

describe('remove-dangling-flow fix', () => {
  it('removes a flow whose end names nothing, with its mention in a handoff', () => {
    // given flow A-gone, which ends at an id no element has
    const testCase = { map: dangling, rule: 'unresolved-reference' };
    // when its removal is taken
    const result = applyOffer(testCase, (offers) => offers.find((offer) => offer.fix === 'remove-dangling-flow'));
    // then the flow and the handoff's mention of it go, and nothing is unresolved any more
    expect(Object.keys(result.map.flows ?? {})).toEqual(['A-done']);
    expect(result.map.handoffs?.['h']?.flows).toBeUndefined();
    expect(result.after).toEqual([]);
    expect(result.undoRestores).toBe(true);
  });

  it('is offered only for flow ends, not for other unresolved ids', () => {
    // given an activity in an unknown lane
    const testCase = { map: mapFile('activities:\n  A: {name: A, lane: nowhere}\n'), rule: 'unresolved-reference' };
    // when fixes are offered / then none removes a flow
    expect(offersOf(testCase).offers.filter((offer) => offer.fix === 'remove-dangling-flow')).toEqual([]);
  });
});
