import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProcessMap } from '../../../shared/model/schema';
import { rebaseOnReference } from '../../../shared/tailor/rebaseOnReference';
import { parseMap } from '../../../shared/yaml/parseMap';

const read = (path: string): ProcessMap => parseMap(readFileSync(new URL(path, import.meta.url), 'utf8'), path).value!;
const OLD = read('../../../model-library/cert/D.yaml');
const TAILORED = read('../../../model-library/examples/acme/D-as-is.yaml');

/** A newer reference: D2 renamed, a new activity D5 with a flow from D4, a condition reworded, a condition on a flow Acme removed. */
function newerReference(): ProcessMap {
  const next = structuredClone(OLD) as ProcessMap;
  next.version = '2025';
  next.activities.D2!.name = 'Receive and Log Information';
  next.activities.D5 = { name: 'Report Metrics', keyPeople: ['CSIRT manager'] };
  next.flows!['D4-D5'] = { from: 'D4', to: 'D5', outputs: ['Event metrics'] };
  next.flows!['D2-archive']!.condition = 'If the event is closed';
  next.flows!['from-PI1-D2']!.condition = 'If PI finds something';
  return next;
}

describe('rebaseOnReference', () => {
  it('lists every upstream change and applies none unless accepted', () => {
    // given the newer reference / when nothing is accepted
    const { map, upstream } = rebaseOnReference(TAILORED, OLD, newerReference(), []);
    // then all five changes are pending and only derivedFrom moves
    expect(upstream.map((item) => `${item.status} ${item.id}`)).toEqual([
      'not-accepted activities.D2.name',
      'not-accepted activities.D5',
      'not-accepted flows.from-PI1-D2.condition',
      'not-accepted flows.D2-archive.condition',
      'not-accepted flows.D4-D5',
    ]);
    expect(map.activities).toEqual(TAILORED.activities);
    expect(map.derivedFrom?.version).toBe('2025');
  });

  it('applies accepted changes through the ref links and leaves what Acme removed alone', () => {
    // given the newer reference / when everything is accepted
    const { map, upstream } = rebaseOnReference(TAILORED, OLD, newerReference(), 'all', { path: '../../cert/D-2025.yaml', hash: `sha256:${'1'.repeat(64)}` });
    // then the rename, the new activity and flow, and the reworded condition are in
    expect(map.activities.D2).toMatchObject({ name: 'Receive and Log Information', lane: 'help-desk' });
    expect(map.activities.D5).toEqual({ name: 'Report Metrics', ref: 'D5' });
    expect(map.flows?.['D4-D5']).toEqual({ from: 'D4', to: 'D5', outputs: ['Event metrics'], ref: 'D4-D5' });
    expect(map.flows?.['D2-archive']?.condition).toBe('If the event is closed');
    // and the flow Acme removed on purpose stays removed, with the reason shown
    expect(map.flows?.['from-PI1-D2']).toBeUndefined();
    expect(upstream.find((item) => item.id === 'flows.from-PI1-D2.condition')).toMatchObject({ status: 'removed-locally', note: expect.stringContaining('no infrastructure evaluation') });
    expect(upstream.find((item) => item.id === 'activities.D5')?.note).toBe('D5 has no lane yet: choose who performs it');
    expect(map.derivedFrom).toEqual({ map: 'D', path: '../../cert/D-2025.yaml', version: '2025', hash: `sha256:${'1'.repeat(64)}` });
  });

  it('keeps a local change and says so, and accepts by element prefix', () => {
    // given Acme renamed D2 itself
    const local = structuredClone(TAILORED) as ProcessMap;
    local.activities.D2!.name = 'Take In Reports';
    // when the D2 changes and the new flow are accepted
    const { map, upstream } = rebaseOnReference(local, OLD, newerReference(), ['activities.D2', 'flows.D4-D5']);
    // then the local name wins, the flow is added although its target is not, and the rest is pending
    expect(map.activities.D2?.name).toBe('Take In Reports');
    expect(upstream.find((item) => item.id === 'activities.D2.name')?.status).toBe('locally-changed');
    expect(upstream.find((item) => item.id === 'flows.D4-D5')?.status).toBe('applied');
    expect(upstream.find((item) => item.id === 'activities.D5')?.status).toBe('not-accepted');
  });
});

describe('rebaseOnReference across linked maps', () => {
  it('reads and writes handoff parties in linked maps through the link', () => {
    // given the reference's D-to-T handoff gains a receiver T2 in map T, which Acme links to acme-T-as-is
    const next = structuredClone(OLD) as ProcessMap;
    next.handoffs!['D-to-T']!.receiving = [...next.handoffs!['D-to-T']!.receiving, { map: 'T', activity: 'T2' }];
    // when accepted
    const { map, upstream } = rebaseOnReference(TAILORED, OLD, next, 'all');
    // then the tailored parties still equal the old reference's once the link is undone, so the change applies, linked
    expect(upstream.map((item) => `${item.status} ${item.id}`)).toEqual(['applied handoffs.D-to-T.receiving']);
    expect(map.handoffs?.['D-to-T']?.receiving).toEqual([
      { map: 'acme-T-as-is', activity: 'T1' },
      { map: 'acme-T-as-is', activity: 'T2' },
    ]);
  });
});
