import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { fieldEdit } from '../../../shared/edits/fieldEdit';
import { ELEMENT_SCHEMAS, elementOf } from '../../../shared/model/elementSchemas';
import { ELEMENT_KINDS } from '../../../shared/model/elementKinds';
import type { ProcessMap } from '../../../shared/model/schema';

const map: ProcessMap = {
  format: 'swimlane/1',
  id: 'm',
  title: 'M',
  kind: 'as-is',
  actors: { desk: { name: 'Help desk', kind: 'team' }, soc: { name: 'SOC', kind: 'team' } },
  lanes: { desk: { actor: 'desk' }, soc: { actor: 'soc' } },
  activities: { A: { name: 'Receive', lane: 'desk' }, B: { name: 'Triage', lane: 'soc' } },
  terminations: { done: { kind: 'end' } },
  flows: { 'A-B': { from: 'A', to: 'B' }, 'B-done': { from: 'B', to: 'done' } },
  triggers: { '1': { text: 'A report arrives.', starts: ['A'] } },
};

describe('fieldEdit', () => {
  it('renames an activity with its own edit, so references and history wording follow', () => {
    // given / when the name field of A is set
    const edit = fieldEdit('activity', 'A', 'name', 'Receive report');
    // then it is a rename, and applying it renames A
    expect(edit).toEqual({ type: 'activity.rename', id: 'A', name: 'Receive report' });
    expect(applyEdit(map, edit).activities.A?.name).toBe('Receive report');
  });

  it('moves an activity to another lane when its lane field changes', () => {
    // given / when
    const next = applyEdit(map, fieldEdit('activity', 'A', 'lane', 'soc'));
    // then
    expect(next.activities.A?.lane).toBe('soc');
  });

  it('removes a field set to undefined, and patches a trigger by its key', () => {
    // given a flow with outputs
    const withOutputs = applyEdit(map, fieldEdit('flow', 'A-B', 'outputs', ['Ticket']));
    expect(withOutputs.flows?.['A-B']?.outputs).toEqual(['Ticket']);
    // when the field is cleared, and a trigger's text is changed
    const cleared = applyEdit(withOutputs, fieldEdit('flow', 'A-B', 'outputs', undefined));
    const retold = applyEdit(map, fieldEdit('trigger', '1', 'text', 'A call comes in.'));
    // then
    expect(cleared.flows?.['A-B']).not.toHaveProperty('outputs');
    expect(retold.triggers?.['1']?.text).toBe('A call comes in.');
  });

  it("replaces a line end whole and patches the map's own fields", () => {
    // given / when
    const relabelled = applyEdit(map, fieldEdit('termination', 'done', '', { kind: 'label', text: 'To T' }));
    const retitled = applyEdit(map, fieldEdit('map', 'm', 'title', 'Triage'));
    // then
    expect(relabelled.terminations?.done).toEqual({ kind: 'label', text: 'To T' });
    expect(retitled.title).toBe('Triage');
  });
});

describe('elementOf and ELEMENT_SCHEMAS', () => {
  it('finds an element by kind and id, and never a prototype member', () => {
    // given / when / then
    expect(elementOf(map, 'lane', 'soc')).toEqual({ actor: 'soc' });
    expect(elementOf(map, 'activity', 'missing')).toBeUndefined();
    expect(elementOf(map, 'activity', 'constructor')).toBeUndefined();
  });

  it('has a schema for every editable kind of the element-kind catalogue', () => {
    // given the catalogue's nouns (deviations are edited as a map field)
    const nouns = ELEMENT_KINDS.map((kind) => kind.noun).filter((noun) => noun !== 'deviation');
    // when / then
    expect(Object.keys(ELEMENT_SCHEMAS).sort()).toEqual([...nouns].sort());
  });
});
