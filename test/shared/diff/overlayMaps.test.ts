import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { ProcessMap } from '../../../shared/model/schema';
import { overlayMaps } from '../../../shared/diff/overlayMaps';
import { parseMap } from '../../../shared/yaml/parseMap';

const base: ProcessMap = {
  format: 'swimlane/1',
  id: 'm',
  title: 'M',
  kind: 'as-is',
  lanes: { desk: { actor: 'desk' }, soc: { actor: 'soc' } },
  activities: { A1: { name: 'Receive', lane: 'desk' }, A2: { name: 'Check', lane: 'desk' }, A3: { name: 'Close', lane: 'soc' } },
  flows: { 'A1-A2': { from: 'A1', to: 'A2' }, 'A2-A3': { from: 'A2', to: 'A3' } },
};

describe('overlayMaps', () => {
  it('holds the elements of both maps, with the ones only one side has listed by side', () => {
    // given an after map that drops A2 (and its flows), adds A4 and a lane, and moves A3
    const after: ProcessMap = {
      ...base,
      lanes: { desk: { actor: 'desk' }, soc: { actor: 'soc' }, siem: { actor: 'siem' } },
      activities: { A1: { name: 'Receive', lane: 'desk' }, A3: { name: 'Close', lane: 'desk' }, A4: { name: 'Alert', lane: 'siem' } },
      flows: { 'A1-A3': { from: 'A1', to: 'A3' }, 'A4-A3': { from: 'A4', to: 'A3' } },
    };
    // when overlaid
    const overlay = overlayMaps(base, after);
    // then A2 sits where it was (after A1), common elements take the after version, and the sides are named
    expect(Object.keys(overlay.map.activities)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(overlay.map.activities.A3?.lane).toBe('desk');
    expect(Object.keys(overlay.map.flows ?? {})).toEqual(['A1-A2', 'A2-A3', 'A1-A3', 'A4-A3']);
    expect([...overlay.onlyBefore].sort()).toEqual(['activities:A2', 'flows:A1-A2', 'flows:A2-A3']);
    expect([...overlay.onlyAfter].sort()).toEqual(['activities:A4', 'flows:A1-A3', 'flows:A4-A3', 'lanes:siem']);
    // and the overlay is a valid map
    expect(ProcessMap.safeParse(overlay.map).success).toBe(true);
  });

  it('puts an element that nothing precedes in before first, and leaves identical maps without ghosts', () => {
    // given an after map without A1, and the same map twice
    const { A1: _dropped, ...rest } = base.activities;
    const after: ProcessMap = { ...base, activities: rest, flows: { 'A2-A3': { from: 'A2', to: 'A3' } } };
    // when overlaid
    const overlay = overlayMaps(base, after);
    const same = overlayMaps(base, base);
    // then A1 comes first again, and the same map overlaid on itself has no one-sided elements
    expect(Object.keys(overlay.map.activities)).toEqual(['A1', 'A2', 'A3']);
    expect(same.onlyBefore.size + same.onlyAfter.size).toBe(0);
    expect(same.map).toEqual(base);
  });

  it('lays out the overlay of the Acme as-is and to-be Respond maps with a node for every activity of both', () => {
    // given Acme's R as-is and to-be maps
    const read = (name: string) => parseMap(readFileSync(new URL(`../../../model-library/examples/acme/${name}`, import.meta.url), 'utf8'), name).value!;
    const before = read('R-as-is.yaml');
    const after = read('R-to-be.yaml');
    // when overlaid and laid out with the shared layout
    const overlay = overlayMaps(before, after);
    const geometry = layoutMapSync(overlay.map);
    // then every activity of either map has a node
    const nodes = new Set(geometry.nodes.map((node) => node.id));
    for (const id of [...Object.keys(before.activities), ...Object.keys(after.activities)]) expect(nodes.has(id)).toBe(true);
  });
});
