import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const map = (handoffs: string): string =>
  mapFile(
    `actors:
  desk: {name: Help desk, kind: team}
  soc: {name: SOC analyst, kind: role}
lanes:
  desk: {actor: desk}
  soc: {actor: soc}
activities:
  A: {name: Receive, lane: desk}
  B: {name: Analyse, lane: soc}
  C: {name: Close, lane: soc}
flows:
  A-B: {from: A, to: B, outputs: [Event reports]}
  B-C: {from: B, to: C, outputs: [Analysis]}
${handoffs}`,
    { kind: 'as-is' },
  );

const complete = `handoffs:
  desk-to-soc:
    sending: [{activity: A}]
    receiving: [{activity: B}]
    flows: [A-B]
    kinds:
      person-to-person:
        sendingActors: [Help desk]
        receivingActors: [SOC analyst]
        modes:
          electronic: [Ticketing system]
`;

describe('handoff-without-description', () => {
  it('requires a described handoff with actors and a mechanism on each cross-lane flow only', () => {
    // given / when / then
    expectRule('handoff-without-description', {
      valid: [{ map: map(complete) }],
      invalid: [
        { map: map(''), messages: ['flow "A-B" hands work from lane "desk" to lane "soc" but no handoff describes it'], lines: [16] },
        { map: map(complete.replace('          electronic: [Ticketing system]\n', '          electronic: []\n')), messages: ['must name sending actors, receiving actors and at least one mechanism'] },
      ],
    });
  });
});
