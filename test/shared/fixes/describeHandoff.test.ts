import { describe, expect, it } from 'vitest';
import { FixError } from '../../../shared/fixes/quickFix';
import { mechanismChoices } from '../../../shared/fixes/describeHandoff';
import { parseMap } from '../../../shared/yaml/parseMap';
import { mapFile } from '../rules/ruleTester';
import { applyOffer, offersOf } from './fixTester';

const lanes = `actors:
  desk: {name: Help desk, kind: team}
  siem: {name: SIEM, kind: technology}
  soc: {name: SOC analyst, kind: role}
lanes:
  help: {actor: desk}
  tool: {actor: siem}
  analysts: {actor: soc}
`;

const crossing = (extra = ''): string =>
  mapFile(
    `${lanes}activities:
  A: {name: Take call, lane: help}
  B: {name: Triage, lane: analysts}
  C: {name: Alert, lane: tool}
terminations:
  done: {kind: end}
flows:
  A-B: {from: A, to: B}
  B-done: {from: B, to: done}
  C-B: {from: C, to: B}
${extra}`,
    { kind: 'as-is' },
  );

describe('describe-handoff fix', () => {
  it('describes an undescribed crossing with the two lanes\' actors and the chosen mechanism', () => {
    // given a flow from the help desk's lane to the SOC's that no handoff describes
    const testCase = { map: crossing(), rule: 'handoff-without-description' };
    const { offers } = offersOf(testCase);
    // when the fix is taken with Email as the electronic mechanism
    const result = applyOffer(testCase, (all) => all[0], { ...offers[0]!.options as object, mechanism: 'Email' });
    // then the offer had the lanes' actors preset, the finding for A-B is gone and undo restores the map
    expect(offers[0]!.options).toMatchObject({ kind: 'person-to-person', sendingActors: ['desk'], receivingActors: ['soc'] });
    expect(offers[0]!.asks).toEqual(['mechanism']);
    expect(result.after.map((issue) => issue.path.join('.'))).toEqual(['flows.C-B']);
    expect(result.text).toContain('help-to-analysts:');
    expect(result.text).toMatch(/sendingActors: \[desk\]/);
    expect(result.undoRestores).toBe(true);
  });

  it('takes the kind from the actors and the mechanism from those the map already uses', () => {
    // given a handoff described by email elsewhere, and an alert from the SIEM lane
    const described = `handoffs:
  help-to-analysts:
    sending: [{activity: A}]
    receiving: [{activity: B}]
    flows: [A-B]
    kinds:
      person-to-person: {sendingActors: [desk], receivingActors: [soc], modes: {electronic: [Email]}}
`;
    const testCase = { map: crossing(described), rule: 'handoff-without-description' };
    // when the fix is offered for C-B
    const { offers } = offersOf(testCase);
    const result = applyOffer(testCase, (all) => all[0]);
    // then it is technology-to-person by Email, needs nothing more, and the map has no finding left
    expect(offers[0]!.options).toMatchObject({ kind: 'technology-to-person', mode: 'electronic', mechanism: 'Email' });
    expect(offers[0]!.asks).toBeUndefined();
    expect(result.after).toEqual([]);
    expect(mechanismChoices(parseMap(result.text, 'm.yaml').value!).modes.electronic).toEqual(['Email']);
  });

  it('completes a handoff that names no mechanism, keeping what it has', () => {
    // given a handoff for A-B with actors but no mechanism
    const incomplete = `handoffs:
  call:
    title: Phone call
    sending: [{activity: A}]
    receiving: [{activity: B}]
    flows: [A-B, C-B]
    kinds:
      person-to-person: {sendingActors: [desk], receivingActors: [soc]}
`;
    const testCase = { map: crossing(incomplete), rule: 'handoff-without-description' };
    // when the fix is taken with a verbal phone call
    const result = applyOffer(testCase, (all) => all[0], { kind: 'person-to-person', mode: 'verbal', mechanism: 'Phone', sendingActors: ['x'], receivingActors: ['y'] });
    // then the handoff's own actors stay, the mechanism is added, and both of its flows are described
    expect(result.label).toBe('Complete handoff call');
    expect(result.text).toContain('title: Phone call');
    expect(result.text).toMatch(/sendingActors: \[desk\]/);
    expect(result.text).toMatch(/verbal: \[Phone\]/);
    expect(result.after).toEqual([]);
  });

  it('refuses to describe a handoff without a mechanism', () => {
    // given the undescribed crossing / when the fix is taken with an empty mechanism / then it says what is missing
    const testCase = { map: crossing(), rule: 'handoff-without-description' };
    expect(() => applyOffer(testCase, (all) => all[0])).toThrow(FixError);
  });
});
