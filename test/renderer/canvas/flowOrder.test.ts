import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ProcessMap } from '../../../shared/model/schema';
import { flowOrder } from '../../../renderer/canvas/flowOrder';

const load = (name: string) => ProcessMap.parse(parse(readFileSync(new URL(`../../fixtures/maps/${name}`, import.meta.url), 'utf8')));

describe('flowOrder', () => {
  it('starts at initiations and triggered activities, follows flows breadth first, and ends with the terminations reached', () => {
    // given the tailored example: outside → D1 → D2 → {to-T1, archive}; trigger 1 starts D1b → D2
    const map = load('tailored-example.yaml');
    // when ordered
    const order = flowOrder(map);
    // then keyboard users meet the nodes in the order work flows
    expect(order).toEqual(['outside', 'D1', 'D2', 'to-T1', 'archive', 'D1b']);
  });

  it('lists every node exactly once, even with cycles and unreachable nodes', () => {
    // given a map with a loop and an island
    const map = ProcessMap.parse({
      format: 'swimlane/1',
      id: 'm',
      title: 'm',
      kind: 'to-be',
      activities: { A: { name: 'A' }, B: { name: 'B' }, C: { name: 'C' } },
      flows: { 'A-B': { from: 'A', to: 'B' }, 'B-A': { from: 'B', to: 'A' } },
    });
    // when ordered
    const order = flowOrder(map);
    // then each appears once
    expect([...order].sort()).toEqual(['A', 'B', 'C']);
  });
});
