import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../shared/model/describeSchemaIssue';
import { editDistance } from '../../../shared/text/editDistance';
import { parseMap } from '../../../shared/yaml/parseMap';

const header = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\n';

function messages(body: string): string[] {
  return parseMap(`${header}${body}`, 'm.yaml').issues.map((issue) => issue.message);
}

describe('schema messages a person can act on', () => {
  it('say what was expected and what was found, at the value', () => {
    // when values of the wrong type are read
    const found = messages('activities:\n  A:\n    name: 42\n    lane: [a, b]\n    outputs: Ticket\n    notes: "x"\n');
    // then each names both, and none says "required"
    expect(found).toEqual([
      'activities.A.name: expected text, found the number 42',
      'activities.A.lane: expected text, found a list [a, b]',
      'activities.A.outputs: expected a list, found text "Ticket"',
      'activities.A.notes: expected a list, found text "x"',
    ]);
  });

  it('list the allowed keys for an unknown one, with the nearest as "did you mean"', () => {
    // when
    const message = messages('activities:\n  A:\n    nmae: Detect\n').find((text) => text.includes('unknown key'));
    // then
    expect(message).toMatch(/^activities\.A: unknown key "nmae" \(did you mean "name"\?\); allowed: name, lane, phase, /);
  });

  it('word a wrong discriminator without zod wording', () => {
    // when
    const found = messages('activities:\n  A:\n    name: A\ninitiations:\n  I:\n    kind: outsde\n    to: A\n');
    // then
    expect(found).toEqual(['initiations.I.kind: expected one of outside, any, activity, found text "outsde" (did you mean "outside"?)']);
    expect(found.join('\n')).not.toMatch(/Invalid discriminator/);
  });

  it('suggest only near candidates', () => {
    expect(editDistance('it-opps', 'it-ops')).toBe(1);
    expect(didYouMean('it-opps', ['soc', 'it-ops', 'csirt'])).toBe('it-ops');
    expect(didYouMean('legal', ['soc', 'it-ops'])).toBeUndefined();
  });
});
