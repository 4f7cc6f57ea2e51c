import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const map = (receiver: string): string =>
  mapFile(
    `actors:
  desk: {name: Help desk, kind: team, aliases: [service desk]}
  soc: {name: SOC analyst, kind: role}
lanes:
  desk: {actor: desk}
  soc: {actor: soc}
activities:
  A: {name: Receive, lane: desk}
  B: {name: Analyse, lane: soc}
handoffs:
  h:
    sending: [{activity: A}]
    receiving: [{activity: B}]
    kinds:
      person-to-person:
        sendingActors: [Service Desk]
        receivingActors: [${receiver}]
`,
    { kind: 'as-is' },
  );

describe('handoff-actor-not-in-lane', () => {
  it('matches handoff actors against lane ids, actor ids, names and aliases, case-insensitively', () => {
    // given / when / then
    expectRule('handoff-actor-not-in-lane', {
      valid: [{ map: map('soc') }, { map: map('sOc AnAlYsT') }, { map: mapFile('activities:\n  A: {name: A}\nhandoffs:\n  h:\n    sending: [{activity: A}]\n    receiving: [{text: x}]\n    kinds:\n      person-to-person: {sendingActors: [anyone]}\n') }],
      invalid: [{ map: map('Legal counsel'), messages: ['names receiving actor "Legal counsel", which matches no lane of map "m"'], lines: [21] }],
    });
  });

  it('checks each side against the lanes of that side\'s activities, not any lane of the map', () => {
    // given a handoff whose receiving actor is the SENDER's lane (desk), and one naming both right
    expectRule('handoff-actor-not-in-lane', {
      valid: [{ map: map('SOC analyst') }],
      invalid: [{ map: map('Help desk'), messages: ['names receiving actor "Help desk", which matches no lane of map "m" that performs its receiving activities (lane soc)'], lines: [21] }],
    });
  });
});
