import { describe, expect, it } from 'vitest';
import { editDistance, nearestIds } from '../../../shared/text/editDistance';
import type { ProcessMap } from '../../../shared/model/schema';
import { FixError } from '../../../shared/fixes/quickFix';
import { mapFile } from '../rules/ruleTester';
import { applyOffer, offersOf } from './fixTester';

const typos = mapFile(`actors:
  legal-team: {name: Legal, kind: team}
  it-ops: {name: IT operations, kind: unit}
lanes:
  legal: {actor: legal-tem}
phases:
  intake: {name: Intake}
activities:
  Review: {name: Review, lane: legl, phase: intake}
  Sign: {name: Sign, lane: legal}
groups:
  g: {members: [Reveiw]}
triggers:
  '1': {text: Contract arrives, starts: [review]}
terminations:
  done: {kind: end}
flows:
  Review-Sign: {from: Reveiw, to: Sign}
  Sign-done: {from: Sign, to: done}
`, { kind: 'as-is' });

describe('editDistance and nearestIds', () => {
  it('ranks close ids first and ignores far ones', () => {
    // given ids near and far from "legl" / when ranked / then the near ones come in order
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('Review', 'review')).toBe(0);
    expect(nearestIds('legl', ['intake', 'legal', 'leg', 'legal-team'])).toEqual(['legal', 'leg']);
    expect(nearestIds('zzz', ['legal'])).toEqual([]);
  });

  it('counts a swap of neighbours as one edit, for ids and schema keys alike', () => {
    // given a transposed id / when measured / then it is one edit away, so it ranks before a two-edit id
    expect(editDistance('Reveiw', 'Review')).toBe(1);
    expect(nearestIds('Reveiw', ['Reviews', 'Review'])).toEqual(['Review', 'Reviews']);
  });
});

describe('did-you-mean fix', () => {
  it.each([
    ['unknown-actor', 'legal-team', (map: ProcessMap) => map.lanes?.['legal']?.actor],
    ['group-member-unknown', 'Review', (map: ProcessMap) => map.groups?.['g']?.members[0]],
    ['trigger-unknown-activity', 'Review', (map: ProcessMap) => map.triggers?.['1']?.starts[0]],
  ])('replaces the mistyped id of a %s finding by the nearest known id', (rule, expected, read) => {
    // given a map with a typo the rule finds
    const testCase = { map: typos, rule };
    // when the first suggestion is taken
    const result = applyOffer(testCase, (offers) => offers[0]);
    // then the id is the intended one and the finding is gone
    expect(read(result.map)).toBe(expected);
    expect(result.after).toEqual([]);
    expect(result.undoRestores).toBe(true);
  });

  it('fixes unresolved lane and flow-end ids one finding at a time', () => {
    // given the unresolved references of the map (a flow end, a lane)
    const testCase = { map: typos, rule: 'unresolved-reference' };
    const { issues, offers } = offersOf(testCase);
    // when the first suggestion for the first finding is taken
    const result = applyOffer(testCase, (all) => all.find((offer) => offer.fix === 'did-you-mean'));
    // then it was the flow end, offered as "Review", and one finding is left
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['activities.Review.lane', 'flows.Review-Sign.from']);
    expect(offers.map((offer) => offer.title)).toEqual(['Did you mean "legal"?']);
    expect(result.map.activities['Review']?.lane).toBe('legal');
    expect(result.after.map((issue) => issue.path.join('.'))).toEqual(['flows.Review-Sign.from']);
  });

  it('refuses a replacement that names nothing', () => {
    // given the lane typo / when a replacement outside the map is asked / then the fix refuses
    expect(() => applyOffer({ map: typos, rule: 'unknown-actor' }, (offers) => offers[0], { replacement: 'nobody' })).toThrow(FixError);
  });
});
