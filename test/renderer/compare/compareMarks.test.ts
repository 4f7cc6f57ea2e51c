import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../shared/diff/diffMaps';
import type { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { compareMarks, elementMarks } from '../../../renderer/compare/compareMarks';

const load = (path: string): ProcessMap => parseMap(readFileSync(new URL(`../../../model-library/${path}`, import.meta.url), 'utf8'), path).value!;
const asIs = load('examples/acme/D-as-is.yaml');

describe('compareMarks', () => {
  it('marks no activity when only handoffs and map fields differ', () => {
    // given Acme's as-is and to-be Detect maps, whose activities are the same
    // when they are compared
    const toBe = load('examples/acme/D-to-be.yaml');
    const marks = compareMarks(diffMaps(asIs, toBe, { renamedMapReferences: true }), asIs, toBe);
    // then no activity is marked, only the flow whose handoff changed
    expect([...marks.keys()].filter((key) => key.startsWith('activities:'))).toEqual([]);
    expect([...marks.keys()].every((key) => key.startsWith('flows:'))).toBe(true);
  });

  it('marks activities another actor performs as moved, over their other changes', () => {
    // given the reference, where no lane holds the activities and their descriptions differ
    // when the as-is map is compared with it
    const reference = load('cert/D.yaml');
    const marks = compareMarks(diffMaps(asIs, reference), asIs, reference);
    // then each activity is moved
    expect(Object.fromEntries([...marks].filter(([key]) => key.startsWith('activities:')))).toEqual({
      'activities:D1': 'moved',
      'activities:D2': 'moved',
      'activities:D3': 'moved',
      'activities:D4': 'moved',
    });
  });

  it('marks an activity the other map lacks as removed, one only it has as added, and a renamed one as changed', () => {
    // given a copy of the map without D4, with D2 renamed and a new D5
    const { D4: _d4, ...kept } = asIs.activities;
    const other: ProcessMap = { ...asIs, activities: { ...kept, D2: { ...kept.D2!, name: 'Take in reports' }, D5: { name: 'Extra', lane: 'soc' } } };
    // when compared
    const marks = compareMarks(diffMaps(asIs, other), asIs, other);
    // then
    expect(marks.get('activities:D4')).toBe('removed');
    expect(marks.get('activities:D5')).toBe('added');
    expect(marks.get('activities:D2')).toBe('changed');
    expect(marks.has('activities:D1')).toBe(false);
  });

  it('marks the line ends and flows the canvas draws, not lanes or actors', () => {
    // given Acme's as-is and to-be Triage maps
    const before = load('examples/acme/T-as-is.yaml');
    const after = load('examples/acme/T-to-be.yaml');
    // when compared for the canvas, as the editor compares (renamed map references said once)
    const marks = compareMarks(diffMaps(before, after, { renamedMapReferences: true }), before, after);
    // then the dropped line end and its flow are removed, and the ticketed handoff's flow changed
    expect(Object.fromEntries(marks)).toEqual({
      'terminations:to-other-organizational-processes': 'removed',
      'flows:T1-to-other-organizational-processes': 'removed',
      'flows:T2-T3': 'changed',
    });
  });
});

describe('elementMarks', () => {
  it('marks the removed line end and flow of the Acme triage to-be map, and the flow whose handoff changed', () => {
    // given Acme's as-is and to-be Triage maps
    const before = load('examples/acme/T-as-is.yaml');
    const after = load('examples/acme/T-to-be.yaml');
    // when their drawn differences are marked
    const marks = elementMarks(diffMaps(before, after), before, after);
    // then the dropped reassignment is removed, and the ticketed T2-T3 handoff marks its flow changed
    expect(marks.get('terminations:to-other-organizational-processes')?.mark).toBe('removed');
    expect(marks.get('flows:T1-to-other-organizational-processes')?.mark).toBe('removed');
    expect(marks.get('flows:T2-T3')).toMatchObject({ mark: 'changed' });
    expect(marks.get('flows:T2-T3')?.reasons.some((reason) => reason.includes('Ticketing system, Pager'))).toBe(true);
    // and the activities, which did not change, are not marked
    expect([...marks.keys()].filter((key) => key.startsWith('activities:'))).toEqual([]);
  });

  it('keeps the strongest mark of an element and every reason', () => {
    // given D2 renamed and moved to another lane
    const after: ProcessMap = { ...asIs, activities: { ...asIs.activities, D2: { ...asIs.activities.D2!, name: 'Take calls', lane: 'soc' } } };
    // when marked
    const marks = elementMarks(diffMaps(asIs, after), asIs, after);
    // then D2 is moved, with both changes as reasons
    expect(marks.get('activities:D2')?.mark).toBe('moved');
    expect(marks.get('activities:D2')?.reasons).toHaveLength(2);
  });
});
