import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../shared/model/schema';
import { freshId, numberedId, pasteEdits, type Clip } from '../../../renderer/state/clipboard';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('pasteEdits', () => {
  it('pastes activities with fresh ids, their inner flows re-pointed, lanes kept where they exist', () => {
    // given a clip of D1 and D2 with the flow between them, and one activity from a lane this map lacks
    const clip: Clip = {
      activities: { D1: map.activities.D1!, D2: map.activities.D2!, Z9: { name: 'Foreign', lane: 'elsewhere' } },
      flows: { 'D1-D2': map.flows!['D1-D2']! },
    };
    // when pasted into the same map with the SIEM lane as target
    const { edits, ids } = pasteEdits(map, clip, 'siem-lane');
    const next = edits.reduce(applyEdit, map);
    // then copies exist, wired to each other, and the foreign one landed in the target lane
    expect(ids).toEqual(['D1-copy', 'D2-copy', 'Z9']);
    expect(next.flows?.['D1-D2-copy']).toEqual({ from: 'D1-copy', to: 'D2-copy', outputs: ['Event reports'] });
    expect(next.activities['D1-copy']?.lane).toBe('helpdesk-lane');
    expect(next.activities.Z9).toEqual({ name: 'Foreign', lane: 'siem-lane' });
    expect(ProcessMap.safeParse(next).success).toBe(true);
  });

  it('freshId counts up past taken ids', () => {
    // given / when / then
    expect(freshId('A', new Set(['A', 'A-copy']))).toBe('A-copy2');
  });

  it('numbers the id of a new element instead of calling it a copy', () => {
    // given phases "phase" and "phase-2" / when a third is added / then it is "phase-3"
    expect(numberedId('phase', new Set(['phase', 'phase-2']))).toBe('phase-3');
    expect(numberedId('group', new Set())).toBe('group');
  });
});
