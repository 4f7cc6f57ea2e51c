import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const reference = mapFile(
  `activities:
  D1: {name: Notice Events}
  D2: {name: Receive Information}
flows:
  D1-D2: {from: D1, to: D2}
`,
  { id: 'D' },
);

const tailored = (extra: string): string =>
  mapFile(
    `derivedFrom: {map: D, path: ../cert/D.yaml}
activities:
  notice: {name: Notice Events, ref: D1}
  D2: {name: Take calls}
${extra}`,
    { id: 'acme-D', kind: 'as-is' },
  );

describe('unrecorded-deviation', () => {
  it('asks a tailored map to record why it drops or renames reference elements', () => {
    // given
    const others = { 'cert/D.yaml': reference };
    const explained = 'deviations:\n  D1-D2: The help desk reports by phone, no separate step.\n  D2: Named as the help desk calls it.\n';
    // when / then
    expectRule('unrecorded-deviation', {
      valid: [{ map: tailored(explained), file: 'acme/D.yaml', others }],
      invalid: [
        {
          map: tailored(''),
          file: 'acme/D.yaml',
          others,
          messages: ['renames reference activity "D2" ("Receive Information" → "Take calls")', 'reference flow "D1-D2" of map "D" is missing'],
          lines: [8, 5],
        },
      ],
    });
  });
});
