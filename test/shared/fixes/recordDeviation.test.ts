import { describe, expect, it } from 'vitest';
import { FixError } from '../../../shared/fixes/quickFix';
import { mapFile } from '../rules/ruleTester';
import { applyOffer, offersOf } from './fixTester';

const reference = mapFile(
  `activities:
  D1: {name: Notice Events}
  D2: {name: Receive Information}
flows:
  D1-D2: {from: D1, to: D2}
`,
  { id: 'D' },
);

const tailored = mapFile(
  `derivedFrom: {map: D, path: ../cert/D.yaml}
activities:
  notice: {name: Notice Events, ref: D1}
  calls: {name: Take calls, ref: D2}
`,
  { id: 'acme-D', kind: 'as-is' },
);

const testCase = { map: tailored, rule: 'unrecorded-deviation', file: 'acme/D.yaml', others: { 'cert/D.yaml': reference } };

describe('record-deviation fix', () => {
  it('records the reason under the reference id, for a removal and for a rename', () => {
    // given a tailored map that drops flow D1-D2 and renames D2 (as "calls")
    const { issues, offers } = offersOf(testCase);
    // when the reason is given for the first finding
    const result = applyOffer(testCase, (all) => all[0], { reason: 'The help desk calls the SOC directly.' });
    // then it asks for the reason, writes deviations, and that finding goes
    expect(offers[0]!.asks).toEqual(['reason']);
    expect(issues).toHaveLength(2);
    expect(result.text).toMatch(/deviations:\n {2}(D1-D2|D2): The help desk calls the SOC directly\.\n/);
    expect(result.after).toHaveLength(1);
    expect(result.undoRestores).toBe(true);
  });

  it('records a renamed activity under the id it traces to', () => {
    // given the rename finding (path activities.calls.name)
    const renameCase = { ...testCase, map: tailored.replace('calls: {name: Take calls, ref: D2}', 'calls: {name: Take calls, ref: D2}\nflows:\n  f: {from: notice, to: calls, ref: D1-D2}') };
    // when it is fixed
    const result = applyOffer(renameCase, (all) => all[0], { reason: 'Named as the help desk says it.' });
    // then the deviation is keyed D2, not calls, and the rule is quiet
    expect(result.text).toContain('deviations:\n  D2: Named as the help desk says it.');
    expect(result.after).toEqual([]);
  });

  it('refuses an empty reason', () => {
    // given the finding / when no reason is given / then the fix refuses
    expect(() => applyOffer(testCase, (all) => all[0], { reason: '  ' })).toThrow(FixError);
  });
});
