import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('unresolved-reference', () => {
  it('reports flow ends, lanes, phases, handoff flows and pinned ids that name nothing', () => {
    // given a map whose references resolve, and one whose references do not
    const valid = mapFile(`
lanes:
  l1: {actor: a}
phases:
  p1: {name: Phase}
activities:
  A: {name: A, lane: l1, phase: p1}
terminations:
  end: {kind: end}
flows:
  A-end: {from: A, to: end}
handoffs:
  h: {sending: [{activity: A}], receiving: [{text: someone}], flows: [A-end]}
layout:
  pinned:
    A: {x: 1, y: 2}
`);
    const invalid = mapFile(`
activities:
  A: {name: A, lane: nowhere, phase: never}
terminations:
  end: {kind: end}
flows:
  f1: {from: X, to: end}
  f2: {from: end, to: A}
handoffs:
  h: {sending: [{activity: A}], receiving: [{text: someone}], flows: [ghost]}
layout:
  pinned:
    Q: {x: 1, y: 2}
`);
    // when / then
    expectRule('unresolved-reference', {
      valid: [{ map: valid }],
      invalid: [
        {
          map: invalid,
          messages: ['in lane "nowhere"', 'in phase "never"', 'starts at "X"', 'starts at termination "end"', 'describes flow "ghost"', 'pinned entry "Q"'],
          lines: [6, 6, 10, 11, 13, 16],
        },
      ],
    });
  });
});
