import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyId, flowIdBetween, nextActivityId, numberedId, slugFromName, takenIds, takenNodeIds } from '../../../shared/edits/ids';
import { ProcessMap } from '../../../shared/model/schema';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('the id service', () => {
  it('copyId counts up past taken ids', () => {
    // given / when / then
    expect(copyId('A', new Set(['A', 'A-copy']))).toBe('A-copy2');
    expect(copyId('B', new Set(['A']))).toBe('B');
  });

  it('numbers the id of a new element instead of calling it a copy', () => {
    // given phases "phase" and "phase-2" / when a third is added / then it is "phase-3"
    expect(numberedId('phase', new Set(['phase', 'phase-2']))).toBe('phase-3');
    expect(numberedId('group', new Set())).toBe('group');
  });

  it('makes a slug of a name, dropping parentheses, and falls back when nothing is left', () => {
    // given / when / then
    expect(slugFromName('Page on-call Incident Commander (IC)', 'activity')).toBe('page-on-call-incident-commander');
    expect(slugFromName('  ((…))  ', 'lane')).toBe('lane');
    expect(slugFromName('x'.repeat(39) + ' yz', 'a')).toBe('x'.repeat(39));
  });

  it('puts activities, groups, line starts and line ends in one node-id space', () => {
    // given the example map with D1, D1b, D2, the group reporting, outside, to-T1 and archive
    // when its node ids are taken
    const nodes = takenNodeIds(map);
    // then all seven are in it, and no lane or flow is
    expect([...nodes].sort()).toEqual(['D1', 'D1b', 'D2', 'archive', 'outside', 'reporting', 'to-T1']);
    expect([...takenIds(map, 'lanes', 'actors')]).toContain('siem');
  });

  it('gives a new activity the map prefix and the next free number', () => {
    // given acme-D-as-is with three activities, D1, D1b and D2
    // when a new activity id is chosen, also with acme4 taken by a line end
    const taken = { ...map, terminations: { ...map.terminations, acme4: { kind: 'end' as const } } };
    // then it is acme4, or acme5 past the taken one
    expect(nextActivityId(map)).toBe('acme4');
    expect(nextActivityId(taken)).toBe('acme5');
  });

  it('names a new flow by its ends, numbered when that name is taken', () => {
    // given the flow D1-D2 / when another D1 → D2 and a D2 → D1 are named / then they differ
    expect(flowIdBetween(map, 'D1', 'D2')).toBe('D1-D2-2');
    expect(flowIdBetween(map, 'D2', 'D1')).toBe('D2-D1');
  });
});
