import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

const map = (inputName: string, outputLabel: string): string =>
  mapFile(`activities:
  A: {name: A}
initiations:
  in: {kind: outside}
terminations:
  out: {kind: end}
flows:
  in-A: {from: in, to: A, outputs: [General indicators]}
  A-out: {from: A, to: out, outputs: [${outputLabel}]}
description:
  inputs:
    - name: ${inputName}
  outputs:
    - name: Event information
`);

describe('description-flow-mismatch', () => {
  it('compares the described inputs and outputs with the lines entering and leaving the process', () => {
    // given / when / then
    expectRule('description-flow-mismatch', {
      valid: [{ map: map('general  Indicators', 'Event information') }],
      invalid: [
        {
          map: map('Event reports', 'Closed events'),
          messages: ['described input "Event reports" is carried by no flow', 'described output "Event information" is carried by no flow', 'brings "General indicators" into the process', 'sends "Closed events" out of the process'],
        },
      ],
    });
  });
});
