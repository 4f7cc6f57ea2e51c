import { describe, expect, it } from 'vitest';
import { FixError } from '../../../shared/fixes/quickFix';
import { mapFile } from '../rules/ruleTester';
import { applyOffer } from './fixTester';

const unreachable = mapFile(`activities:
  A: {name: Orphan}
terminations:
  done: {kind: end}
flows:
  A-done: {from: A, to: done}
`);

const withTriggers = mapFile(`activities:
  A: {name: Orphan}
  B: {name: Started}
triggers:
  '4': {text: Monthly review, starts: [B]}
terminations:
  done: {kind: end}
flows:
  A-done: {from: A, to: done}
  B-done: {from: B, to: done}
`);

describe('add-start fix', () => {
  it('starts an unreachable activity with a line from outside the process', () => {
    // given A, which nothing starts
    const testCase = { map: unreachable, rule: 'unreachable-activity' };
    // when the first offer is taken
    const result = applyOffer(testCase, (offers) => offers[0]);
    // then an initiation and its line lead to A, and the rule finds nothing
    expect(result.map.initiations).toEqual({ 'A-start': { kind: 'outside' } });
    expect(result.map.flows?.['A-start-A']).toEqual({ from: 'A-start', to: 'A' });
    expect(result.after).toEqual([]);
    expect(result.undoRestores).toBe(true);
  });

  it('starts it with the next numbered trigger, whose text the user gives', () => {
    // given a map whose highest trigger is 4
    const testCase = { map: withTriggers, rule: 'unreachable-activity' };
    // when the trigger offer is taken with a text
    const result = applyOffer(testCase, (offers) => offers.find((offer) => offer.options && (offer.options as { kind: string }).kind === 'trigger'), { kind: 'trigger', text: 'Customer calls' });
    // then trigger 5 starts A
    expect(result.map.triggers?.['5']).toEqual({ text: 'Customer calls', starts: ['A'] });
    expect(result.after).toEqual([]);
    // and without a text the fix refuses
    expect(() => applyOffer(testCase, (offers) => offers[1], { kind: 'trigger', text: '' })).toThrow(FixError);
  });
});
