import { describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { salvageMap } from '../../../shared/model/salvageMap';
import { parseMap } from '../../../shared/yaml/parseMap';

const broken = `format: swimlane/1
id: legal-review
title: Legal review
kind: as-is
actors:
  lawyer: {name: Lawyer, kind: role}
lanes:
  legal: {label: Legal}
  desk: {actor: lawyer, colour: red}
activities:
  A: {name: Read, lane: desk, tags: [bad tag]}
  B: {lane: desk}
  C: {name: Sign, lane: legal}
flows:
  A-C: {from: A, to: C}
  bad: {from: A}
wrong: 1
`;

describe('salvageMap', () => {
  it('keeps every element that validates, and valid fields of those that do not', () => {
    // given a map the schema rejects: a lane without actor, an unknown key, a bad tag, a nameless activity
    const parsed = parseMap(broken, 'legal.yaml');
    expect(parsed.value).toBeUndefined();
    // when it is salvaged
    const salvaged = salvageMap(parsed.data)!;
    // then what validates is kept, and every part left out is named
    expect(Object.keys(salvaged.map.lanes!)).toEqual(['desk']);
    expect(salvaged.map.lanes!['desk']).toEqual({ actor: 'lawyer' });
    expect(salvaged.map.activities).toEqual({ A: { name: 'Read', lane: 'desk' }, C: { name: 'Sign', lane: 'legal' } });
    expect(Object.keys(salvaged.map.flows!)).toEqual(['A-C']);
    expect(salvaged.dropped.map((path) => path.join('.')).sort()).toEqual(['activities.A.tags', 'activities.B', 'flows.bad', 'lanes.desk.colour', 'lanes.legal', 'wrong'].sort());
  });

  it('gives a drawable map even without a header, and nothing for a document that is no mapping', () => {
    // given a document with activities only, and a list
    const headless = salvageMap({ activities: { A: { name: 'A' } }, id: 'bad id' }, 'from-file')!;
    // when / then the map gets a fallback id and title, and it lays out
    expect(headless.map).toMatchObject({ id: 'from-file', title: 'from-file', kind: 'reference' });
    expect(headless.dropped).toContainEqual(['id']);
    expect(() => layoutMapSync(headless.map)).not.toThrow();
    expect(salvageMap(['a list'])).toBeUndefined();
  });

  it('draws a salvaged map whose activities name a lane it dropped', () => {
    // given the broken map's salvage (C is in the dropped lane "legal")
    const salvaged = salvageMap(parseMap(broken, 'legal.yaml').data)!;
    // when it is laid out / then C is drawn too
    const layout = layoutMapSync(salvaged.map);
    expect(JSON.stringify(layout)).toContain('"C"');
  });
});
