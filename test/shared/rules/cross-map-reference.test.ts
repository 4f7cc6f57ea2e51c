import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const other = mapFile('activities:\n  T1: {name: Categorize}\n', { id: 'T' });

describe('cross-map-reference', () => {
  it('resolves initiations, terminations, expansions, handoff parties and derivation across the workspace', () => {
    // given
    const body = (target: string, expands: string): string =>
      mapFile(`activities:
  A: {name: A, expands: ${expands}}
initiations:
  from-T1: {kind: activity, map: T, activity: T1}
terminations:
  to-target: {kind: activity, map: T, activity: ${target}}
handoffs:
  h: {sending: [{activity: A}], receiving: [{map: T, activity: ${target}}]}
`);
    // when / then
    expectRule('cross-map-reference', {
      valid: [{ map: body('T1', 'T'), others: { 'maps/T.yaml': other } }],
      invalid: [
        {
          map: body('T9', 'Nope'),
          others: { 'maps/T.yaml': other },
          messages: ['activity "A" expands into map "Nope"', 'termination "to-target" refers to activity "T9", which map "T" does not define', 'handoff "h" refers to activity "T9"'],
          lines: [6, 10, 12],
        },
        {
          map: mapFile('derivedFrom: {map: D, path: ../cert/D.yaml}\nactivities:\n  A: {name: A}\n', { kind: 'as-is' }),
          messages: ['derivedFrom names reference "../cert/D.yaml"'],
        },
      ],
    });
  });
});
