import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const actors = 'actors:\n  soc: {name: SOC analyst, kind: role}\n  lead: {name: SOC lead, kind: role}\nlanes:\n  a: {actor: soc}\n  b: {actor: lead}\n';

describe('actor-accountable-for-everything', () => {
  it('notes an actor that does and signs off every activity, at its lane', () => {
    // given: a map where the SOC analyst does and signs off both activities
    const invalid = mapFile(`${actors}activities:\n  A: {name: Triage, lane: a, accountable: [soc]}\n  B: {name: Close, lane: a, accountable: [soc, lead]}\n`);
    // and maps where someone else signs off, or does, one of them; and a single activity
    const signedByLead = mapFile(`${actors}activities:\n  A: {name: Triage, lane: a, accountable: [soc]}\n  B: {name: Close, lane: a, accountable: [lead]}\n`);
    const doneByLead = mapFile(`${actors}activities:\n  A: {name: Triage, lane: a, accountable: [soc]}\n  B: {name: Close, lane: b, accountable: [soc]}\n`);
    const single = mapFile(`${actors}activities:\n  A: {name: Triage, lane: a, accountable: [soc]}\n`);
    // when / then
    expectRule('actor-accountable-for-everything', {
      valid: [{ map: signedByLead }, { map: doneByLead }, { map: single }, { map: mapFile(`${actors}activities:\n  A: {name: Triage, lane: a}\n  B: {name: Close, lane: a}\n`) }],
      invalid: [{ map: invalid, messages: ['actor "soc" (SOC analyst) is both responsible and accountable for all 2 activities'], lines: [9] }],
    });
  });
});
