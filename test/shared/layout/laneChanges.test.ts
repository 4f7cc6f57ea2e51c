import { describe, expect, it } from 'vitest';
import { assignColumns } from '../../../shared/layout/columns';
import { laneSwitchColumns } from '../../../shared/layout/laneChanges';
import { buildLayoutGraph } from '../../../shared/layout/layoutGraph';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../../shared/layout/layoutQuality';
import type { ProcessMap } from '../../../shared/model/schema';

// Lanes A, B, C. The long flow a0→c2 may change lane in channel 1 (free) or channel 2, where
// b1→b2 runs straight through lane B.
const map: ProcessMap = {
  format: 'swimlane/1',
  id: 'switch',
  title: 'Lane change',
  kind: 'to-be',
  actors: { x: { name: 'X', kind: 'team' }, y: { name: 'Y', kind: 'team' }, z: { name: 'Z', kind: 'team' } },
  lanes: { A: { actor: 'x' }, B: { actor: 'y' }, C: { actor: 'z' } },
  activities: { a0: { name: 'Start', lane: 'A' }, b1: { name: 'Check', lane: 'B' }, b2: { name: 'File', lane: 'B' }, c2: { name: 'Act', lane: 'C' } },
  flows: { f1: { from: 'a0', to: 'b1' }, f2: { from: 'b1', to: 'b2' }, f3: { from: 'b1', to: 'c2' }, long: { from: 'a0', to: 'c2' } },
};

describe('lane changes of long flows', () => {
  it('a long flow changes lane in the channel where it crosses no straight line of a lane in between', async () => {
    // given
    const graph = buildLayoutGraph(map);
    const cols = assignColumns(graph);
    const long = graph.edges.find((e) => e.id === 'long')!;
    expect(cols.column[long.to]! - cols.column[long.from]!).toBe(2);
    // when
    const switchAt = laneSwitchColumns(graph, cols);
    const quality = measureLayoutQuality(await layoutMap(map));
    // then
    expect(switchAt[long.index]).toBe(cols.column[long.from]! + 1);
    expect(quality.crossings).toBe(0);
  });

  it('flows inside one lane and short flows keep the column of their target', () => {
    // given
    const graph = buildLayoutGraph(map);
    const cols = assignColumns(graph);
    // when
    const switchAt = laneSwitchColumns(graph, cols);
    // then
    for (const e of graph.edges.filter((e) => e.id !== 'long')) expect(switchAt[e.index]).toBe(cols.column[e.to]!);
  });
});
