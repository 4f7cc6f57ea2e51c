import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { equalMaps } from '../../../shared/diff/applyDiff';
import { mergeMaps } from '../../../shared/merge/mergeMaps';
import { mergeMapTexts } from '../../../shared/merge/mergeMapTexts';
import { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { editedMap } from '../diff/mapArbitraries';
import type { Mutable } from '../diff/mapArbitraries';

const EXAMPLE_TEXT = readFileSync(new URL('../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8');
const BASE = ProcessMap.parse(parse(EXAMPLE_TEXT));

function edit(map: ProcessMap, mutate: (m: Mutable) => void): ProcessMap {
  const copy = JSON.parse(JSON.stringify(map)) as Mutable;
  mutate(copy);
  return copy as ProcessMap;
}

describe('mergeMaps', () => {
  it('combines independent changes, also to different fields of one element', () => {
    // given ours renames D2 and adds a lane; theirs moves D2 and edits a flow condition
    const ours = edit(BASE, (m) => {
      m.activities.D2.name = 'Receive Reports';
      m.lanes['legal-lane'] = { actor: 'soc' };
    });
    const theirs = edit(BASE, (m) => {
      m.activities.D2.lane = 'helpdesk-lane';
      m.flows['D2-archive'].condition = 'If the event is closed';
    });
    // when merged
    const { merged, conflicts } = mergeMaps(BASE, ours, theirs);
    // then every change is in, without conflict
    expect(conflicts).toEqual([]);
    expect(merged.activities.D2).toMatchObject({ name: 'Receive Reports', lane: 'helpdesk-lane' });
    expect(merged.flows?.['D2-archive']?.condition).toBe('If the event is closed');
    expect(Object.keys(merged.lanes ?? {})).toEqual(['helpdesk-lane', 'soc-lane', 'siem-lane', 'legal-lane']);
  });

  it('reports a conflict only for the element changed differently on both sides', () => {
    // given both sides rename D1 differently, and theirs also renames D2
    const ours = edit(BASE, (m) => (m.activities.D1.name = 'Notice (ours)'));
    const theirs = edit(BASE, (m) => {
      m.activities.D1.name = 'Notice (theirs)';
      m.activities.D2.name = 'Receive (theirs)';
    });
    // when merged
    const { merged, conflicts } = mergeMaps(BASE, ours, theirs);
    // then D1 conflicts on its name, D2 merges, and the merged value keeps ours for D1
    expect(conflicts.map((conflict) => [conflict.path, conflict.fields])).toEqual([[['activities', 'D1'], ['name']]]);
    expect(merged.activities.D1?.name).toBe('Notice (ours)');
    expect(merged.activities.D2?.name).toBe('Receive (theirs)');
  });

  it('treats delete against change as a conflict, and delete against nothing as a delete', () => {
    // given ours deletes D1b and D1; theirs renames D1
    const ours = edit(BASE, (m) => {
      delete m.activities.D1b;
      delete m.activities.D1;
    });
    const theirs = edit(BASE, (m) => (m.activities.D1.name = 'Spot Events'));
    // when merged
    const { merged, conflicts } = mergeMaps(BASE, ours, theirs);
    // then D1b is gone and D1 conflicts (kept as theirs until resolved)
    expect(merged.activities.D1b).toBeUndefined();
    expect(conflicts.map((conflict) => conflict.path)).toEqual([['activities', 'D1']]);
    expect(merged.activities.D1?.name).toBe('Spot Events');
  });

  it('takes the lane order from the side that reordered', () => {
    // given theirs moves the SIEM lane to the top, ours adds an activity
    const ours = edit(BASE, (m) => (m.activities.N1 = { name: 'New', lane: 'soc-lane' }));
    const theirs = edit(BASE, (m) => (m.lanes = { 'siem-lane': m.lanes['siem-lane'], 'helpdesk-lane': m.lanes['helpdesk-lane'], 'soc-lane': m.lanes['soc-lane'] }));
    // when merged / then both changes are in
    const { merged, conflicts } = mergeMaps(BASE, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(Object.keys(merged.lanes ?? {})).toEqual(['siem-lane', 'helpdesk-lane', 'soc-lane']);
    expect(merged.activities.N1?.name).toBe('New');
  });
});

describe('mergeMaps properties', () => {
  it('with no concurrent change, the merge is the changed side', () => {
    fc.assert(
      fc.property(editedMap(BASE), (changed) => {
        // given one side edited and the other untouched
        // when merged either way round
        const theirsChanged = mergeMaps(BASE, BASE, changed);
        const oursChanged = mergeMaps(BASE, changed, BASE);
        // then the result is the edited map, without conflicts
        expect(theirsChanged.conflicts).toEqual([]);
        expect(oursChanged.conflicts).toEqual([]);
        expect(equalMaps(theirsChanged.merged, changed)).toBe(true);
        expect(equalMaps(oursChanged.merged, changed)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('merging a map with itself changes nothing', () => {
    fc.assert(
      fc.property(editedMap(BASE), editedMap(BASE), (ours, theirs) => {
        // given any two descendants / when each is merged with itself over the other as base
        // then it comes back unchanged
        expect(equalMaps(mergeMaps(theirs, ours, ours).merged, ours)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('mergeMapTexts', () => {
  it('keeps our text and merges their change into it line by line', () => {
    // given our file with a comment, their file renaming D2
    const ours = EXAMPLE_TEXT.replace('  D1b:\n    name: Correlate Alerts', '  D1b:\n    # added by ops\n    name: Correlate SIEM Alerts');
    const theirs = EXAMPLE_TEXT.replace('name: Receive Information', 'name: Receive Reports');
    // when merged
    const result = mergeMapTexts(EXAMPLE_TEXT, ours, theirs);
    // then the merge is clean, our comment survives, and only their line changes
    expect(result.status).toBe('merged');
    if (result.status !== 'merged') return;
    expect(result.text).toBe(ours.replace('name: Receive Information', 'name: Receive Reports'));
  });

  it('puts conflict markers around the conflicting element only', () => {
    // given both sides rename D1; theirs also renames D2
    const ours = EXAMPLE_TEXT.replace('name: Notice Events (Reactive)', 'name: Notice Events Early');
    const theirs = EXAMPLE_TEXT.replace('name: Notice Events (Reactive)', 'name: Notice Events Late').replace('name: Receive Information', 'name: Receive Reports');
    // when merged
    const result = mergeMapTexts(EXAMPLE_TEXT, ours, theirs, { labels: { ours: 'ours', base: 'base', theirs: 'theirs' } });
    // then one block wraps D1 with the three versions; D2 is merged outside it
    expect(result.status).toBe('conflicts');
    if (result.status !== 'conflicts') return;
    const d1 = (name: string): string => `  D1:\n    name: ${name}\n    lane: helpdesk-lane\n    phase: notice\n    ref: D1\n    keyPeople: [help desk staff]\n`;
    expect(result.text).toContain(`<<<<<<< ours\n${d1('Notice Events Early')}||||||| base\n${d1('Notice Events (Reactive)')}=======\n${d1('Notice Events Late')}>>>>>>> theirs\n  D1b:\n`);
    expect(result.text).toContain('name: Receive Reports');
    expect(result.text.match(/^<<<<<<< /gm)).toHaveLength(1);
    // and resolving the block by taking one side gives a valid map
    const resolved = result.text.replace(/<<<<<<< ours\n[\s\S]*?=======\n([\s\S]*?)>>>>>>> theirs\n/, '$1');
    expect(parseMap(resolved, 'resolved.yaml').value?.activities.D1?.name).toBe('Notice Events Late');
  });

  it('declines files that are not maps, for the caller to merge line by line', () => {
    // given / when / then
    expect(mergeMapTexts(EXAMPLE_TEXT, 'not: [a map', EXAMPLE_TEXT).status).toBe('unmergeable');
  });
});
