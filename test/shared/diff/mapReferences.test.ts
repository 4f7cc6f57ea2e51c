import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyDiff, equalMaps } from '../../../shared/diff/applyDiff';
import { diffMaps } from '../../../shared/diff/diffMaps';
import { mapReferencesOf, renamedMapReferences } from '../../../shared/diff/mapReferences';
import { ProcessMap } from '../../../shared/model/schema';

/** A T map whose lines come from D and go to R, in maps of the given kind ("as-is" or "to-be"). */
function triageMap(kind: string, names: { d: string; r: string; rHandoff?: string }): ProcessMap {
  return ProcessMap.parse(
    parse(`
format: swimlane/1
id: T-${kind}
title: Triage (${kind})
kind: ${kind}
activities:
  T1: {name: Categorize}
  T2: {name: Assign, expands: T2-detail}
initiations:
  from-D2: {kind: activity, map: ${names.d}, activity: D2}
terminations:
  to-R1: {kind: activity, map: ${names.r}, activity: R1}
flows:
  in: {from: from-D2, to: T1, outputs: [Events]}
  T1-T2: {from: T1, to: T2, outputs: [Categorized events]}
  out: {from: T2, to: to-R1, outputs: [Assigned events]}
handoffs:
  T-to-R:
    sending: [{activity: T2}]
    receiving: [{map: ${names.rHandoff ?? names.r}, activity: R1}]
    flows: [out]
`),
  );
}

describe('renamed map references', () => {
  const asIs = triageMap('as-is', { d: 'D-as-is', r: 'R-as-is' });

  it('lists every place where a map names another map', () => {
    // given the as-is map / when its references are listed / then each place is there once
    expect(mapReferencesOf(asIs)).toEqual([
      { path: ['activities', 'T2', 'expands'], mapId: 'T2-detail' },
      { path: ['initiations', 'from-D2', 'map'], mapId: 'D-as-is' },
      { path: ['terminations', 'to-R1', 'map'], mapId: 'R-as-is' },
      { path: ['handoffs', 'T-to-R', 'receiving', 0, 'map'], mapId: 'R-as-is' },
    ]);
  });

  it('says once that the as-is siblings became the to-be ones, and applying the diff still gives the to-be map', () => {
    // given the to-be map, which names the to-be siblings everywhere
    const toBe = triageMap('to-be', { d: 'D-to-be', r: 'R-to-be' });
    // when the two are compared
    const diff = diffMaps(asIs, toBe, { renamedMapReferences: true });
    // then each sibling is one change, and no line or handoff is listed for it
    const renames = diff.changes.filter((change) => change.kind === 'map.references-renamed');
    expect(renames.map((change) => change.message)).toEqual([
      'references to map "D-as-is" now name map "D-to-be" (1 place)',
      'references to map "R-as-is" now name map "R-to-be" (2 places)',
    ]);
    expect(diff.changes.filter((change) => change.kind !== 'map.references-renamed').map((change) => change.kind)).toEqual(['map.changed', 'map.changed', 'map.changed']);
    expect(equalMaps(applyDiff(asIs, diff), toBe)).toBe(true);
  });

  it('is no rename when two places name different maps instead', () => {
    // given a to-be map whose termination names R-to-be but whose handoff names R-new
    const toBe = triageMap('to-be', { d: 'D-as-is', r: 'R-to-be', rHandoff: 'R-new' });
    // when compared / then nothing is summed up, and both places are listed
    expect(renamedMapReferences(asIs, toBe).size).toBe(0);
    const kinds = diffMaps(asIs, toBe, { renamedMapReferences: true }).changes.map((change) => change.kind);
    expect(kinds).toContain('termination.changed');
    expect(kinds).toContain('handoff.parties-changed');
  });

  it('is no rename when the new map still names the old id somewhere', () => {
    // given a to-be map that names R-as-is in its handoff but R-to-be at its line end
    const toBe = triageMap('to-be', { d: 'D-as-is', r: 'R-to-be', rHandoff: 'R-as-is' });
    // when compared / then R-as-is is not renamed
    expect(renamedMapReferences(asIs, toBe).has('R-as-is')).toBe(false);
  });

  it('lists each place as before when the option is off', () => {
    // given the to-be map / when compared without the option / then each place is its own change
    const toBe = triageMap('to-be', { d: 'D-to-be', r: 'R-to-be' });
    const kinds = diffMaps(asIs, toBe).changes.map((change) => change.kind);
    expect(kinds).not.toContain('map.references-renamed');
    expect(kinds).toEqual(expect.arrayContaining(['initiation.changed', 'termination.changed', 'handoff.parties-changed']));
  });
});
