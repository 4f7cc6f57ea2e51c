import { describe, expect, it } from 'vitest';
import type { Box, MapGeometry, NodeGeometry } from '../../../shared/layout/geometry';
import { layoutHintsOf, layoutMap } from '../../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../../shared/layout/layoutQuality';
import type { ProcessMap } from '../../../shared/model/schema';
import { syntheticMap } from '../../support/syntheticMap';
import { loadFixture } from './fixtureMaps';

function node(geometry: MapGeometry, id: string): NodeGeometry {
  const found = geometry.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

describe('layoutMap with lanes', () => {
  it('stacks lanes in map order and keeps every activity inside its lane band', async () => {
    // given
    const map = loadFixture('lanes-example');
    // when
    const geometry = await layoutMap(map);
    // then
    expect(geometry.lanes.map((l) => l.id)).toEqual(Object.keys(map.lanes!));
    for (let i = 1; i < geometry.lanes.length; i++) expect(geometry.lanes[i]!.y).toBeCloseTo(geometry.lanes[i - 1]!.y + geometry.lanes[i - 1]!.height, 6);
    for (const [id, activity] of Object.entries(map.activities)) {
      const lane = geometry.lanes.find((l) => l.id === activity.lane)!;
      expect(contains(lane, node(geometry, id)), `${id} in lane ${activity.lane}`).toBe(true);
      expect(node(geometry, id).x).toBeGreaterThanOrEqual(lane.header.x + lane.header.width);
    }
  });

  it('reads left to right: every flow that is not a feedback loop ends right of where it starts', async () => {
    // given
    const map = loadFixture('lanes-example');
    // when
    const geometry = await layoutMap(map);
    // then
    for (const edge of geometry.edges) {
      if (edge.id === 'T2-T1') continue;
      expect(edge.points[edge.points.length - 1]!.x, edge.id).toBeGreaterThan(edge.points[0]!.x);
    }
  });

  it('draws orthogonal lines, with no overlaps of any kind', async () => {
    // given
    const map = loadFixture('lanes-example');
    // when
    const geometry = await layoutMap(map);
    const quality = measureLayoutQuality(geometry);
    // then
    for (const edge of geometry.edges) {
      for (let i = 1; i < edge.points.length; i++) {
        const a = edge.points[i - 1]!;
        const b = edge.points[i]!;
        expect(a.x === b.x || a.y === b.y, `${edge.id} segment ${i}`).toBe(true);
      }
    }
    expect(quality).toMatchObject({ nodesOutsideLane: 0, segmentsThroughNodes: 0, labelOverlaps: 0, nodeOverlaps: 0 });
  });

  it('puts phases in columns: each activity lies inside its phase band', async () => {
    // given
    const map = loadFixture('lanes-example');
    // when
    const geometry = await layoutMap(map);
    // then
    expect(geometry.phases.map((p) => p.id)).toEqual(['detect', 'triage']);
    for (const [id, activity] of Object.entries(map.activities)) {
      const phase = geometry.phases.find((p) => p.id === activity.phase)!;
      const box = node(geometry, id);
      expect(box.x >= phase.x && box.x + box.width <= phase.x + phase.width, `${id} in ${activity.phase}`).toBe(true);
    }
  });

  it('draws a coordination group around its members, across lanes, and around nothing else', async () => {
    // given
    const map = loadFixture('lanes-example');
    // when
    const geometry = await layoutMap(map);
    // then
    const group = geometry.groups.find((g) => g.id === 'triage')!;
    for (const member of map.groups!.triage!.members) expect(contains(group, node(geometry, member)), member).toBe(true);
    for (const other of geometry.nodes.filter((n) => !map.groups!.triage!.members.includes(n.id))) expect(intersects(group, other), other.id).toBe(false);
  });

  it('is deterministic', async () => {
    // given
    const map = loadFixture('lanes-example');
    // when
    const first = await layoutMap(map);
    const second = await layoutMap(structuredClone(map));
    // then
    expect(second).toEqual(first);
  });
});

describe('layoutMap notation (report Table 3)', () => {
  it('puts the title top left and uses the start and end symbols of the map', async () => {
    // given
    const map = loadFixture('worked-example');
    // when
    const geometry = await layoutMap(map);
    // then
    expect(geometry.title.block.lines.join(' ')).toBe(map.title);
    for (const n of geometry.nodes) expect(geometry.title.y + geometry.title.block.height).toBeLessThan(n.y);
    expect(node(geometry, 'outside').symbol).toBe('start-plain');
    expect(node(geometry, 'from-PI1').symbol).toBe('start-filled-circle');
    expect(node(geometry, 'to-T1').symbol).toBe('end-filled-circle');
    expect(node(geometry, 'archive').symbol).toBe('end-archive');
    expect(node(geometry, 'to-other-processes').symbol).toBe('end-label');
    expect(node(geometry, 'D1').text!.block.lines.join(' ')).toBe('D1: Notice Events (Reactive)');
  });

  it('names the referenced activity of another map when a resolver knows it', async () => {
    // given
    const map = loadFixture('worked-example');
    // when
    const plain = await layoutMap(map);
    const resolved = await layoutMap(map, { activityName: (mapId, id) => (mapId === 'T' && id === 'T1' ? 'Categorize and Correlate Events' : undefined) });
    // then
    expect(node(plain, 'to-T1').text!.block.lines.join(' ')).toBe('To T1');
    expect(node(resolved, 'to-T1').text!.block.lines.join(' ')).toBe('To T1: Categorize and Correlate Events');
  });

  it('joins forked alternative inputs in one fork point and forks alternative outputs from one point', async () => {
    // given
    const map = loadFixture('worked-example');
    // when
    const geometry = await layoutMap(map);
    // then
    const edge = (id: string) => geometry.edges.find((e) => e.id === id)!;
    const inputs = [edge('D1-D2'), edge('from-PI1-D2')];
    expect(inputs[0]!.points.at(-1)).toEqual(inputs[1]!.points.at(-1));
    expect(inputs.flatMap((e) => e.forks)).toHaveLength(1);
    const outputs = [edge('D2-to-T1'), edge('D2-archive'), edge('D2-to-other-processes')];
    for (const e of outputs) expect(e.points[0]).toEqual(outputs[0]!.points[0]);
    expect(outputs.flatMap((e) => e.forks)).toHaveLength(1);
    expect(edge('D2-archive').label!.condition!.block.font.face).toBe('italic');
    expect(edge('D2-archive').label!.outputs!.block.lines).toEqual(['Closed events']);
  });

  it('numbers trigger badges on the activities they start and lists the trigger notes', async () => {
    // given
    const map = loadFixture('worked-example');
    // when
    const geometry = await layoutMap(map);
    // then
    expect(node(geometry, 'D1').triggers.map((t) => t.number)).toEqual(['1']);
    expect(geometry.triggerNotes.map((t) => t.number)).toEqual(['1']);
    expect(geometry.triggerNotes[0]!.y).toBeGreaterThan(Math.max(...geometry.nodes.map((n) => n.y + n.height)));
  });

  it('lays out a map without lanes with no lane bands', async () => {
    // given
    const map = loadFixture('worked-example');
    // when
    const geometry = await layoutMap(map);
    // then
    expect(geometry.lanes).toEqual([]);
    expect(geometry.nodes.every((n) => n.lane === undefined)).toBe(true);
  });
});

describe('layout stability', () => {
  it('reproduces columns and cell order from the hints it returns', async () => {
    // given
    const map = loadFixture('lanes-example');
    const first = await layoutMap(map);
    // when
    const again = await layoutMap({ ...map, layout: { hints: layoutHintsOf(first) } });
    // then
    expect(layoutHintsOf(again)).toEqual(layoutHintsOf(first));
  });

  it('after inserting one activity into a 500-activity map, at most 1% of same-column pairs change order', async () => {
    // given
    const map = syntheticMap({ activities: 500, seed: 7, lanes: 4, spread: 40 });
    const before = await layoutMap(map);
    const hints = layoutHintsOf(before);
    const inserted: ProcessMap = structuredClone(map);
    inserted.activities['NEW'] = { name: 'Inserted activity', lane: 'L1' };
    inserted.flows!['F-new-in'] = { from: 'A200', to: 'NEW', outputs: ['new input'] };
    inserted.flows!['F-new-out'] = { from: 'NEW', to: 'A230', outputs: ['new output'] };
    inserted.layout = { hints };
    // when
    const after = await layoutMap(inserted);
    // then
    const place = (g: MapGeometry) => new Map(g.nodes.filter((n) => n.kind === 'activity').map((n) => [n.id, n]));
    const a = place(before);
    const b = place(after);
    let pairs = 0;
    let changed = 0;
    const ids = [...a.keys()];
    const byColumn = new Map<string, string[]>();
    for (const id of ids) {
      const key = `${a.get(id)!.column}/${a.get(id)!.lane}`;
      byColumn.set(key, [...(byColumn.get(key) ?? []), id]);
    }
    for (const cell of byColumn.values()) {
      for (let i = 0; i < cell.length; i++) {
        for (let j = i + 1; j < cell.length; j++) {
          const [p, q] = [cell[i]!, cell[j]!];
          if (b.get(p)!.column !== b.get(q)!.column || b.get(p)!.lane !== b.get(q)!.lane) continue;
          pairs++;
          if (Math.sign(a.get(p)!.y - a.get(q)!.y) !== Math.sign(b.get(p)!.y - b.get(q)!.y)) changed++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
    expect(changed / pairs).toBeLessThanOrEqual(0.01);
  });

  it('keeps a pinned position when the lane grid allows it', async () => {
    // given
    const map = loadFixture('lanes-example');
    const free = await layoutMap(map);
    const d3 = node(free, 'D3');
    const pinned = { x: d3.x + 40, y: d3.y + 30 };
    // when
    const geometry = await layoutMap({ ...map, layout: { pinned: { D3: pinned } } });
    // then
    expect(node(geometry, 'D3').x).toBeCloseTo(pinned.x, 6);
    expect(node(geometry, 'D3').y).toBeCloseTo(pinned.y, 6);
    expect(measureLayoutQuality(geometry)).toMatchObject({ nodesOutsideLane: 0, nodeOverlaps: 0, segmentsThroughNodes: 0, labelOverlaps: 0 });
  });
});

describe('layoutMap regressions', () => {
  it('keeps a label clear of a line that passes two items above it in the same column', async () => {
    // given: found by the property test — S1→E1 crosses column 1 above S2, and E0's label sits below S2
    const map: ProcessMap = {
      format: 'swimlane/1',
      id: 'random-rich',
      title: '!',
      kind: 'as-is',
      activities: { A0: { name: '!' }, A1: { name: '!' }, A2: { name: 'true' }, A3: { name: '!' }, A4: { name: 'true' }, A5: { name: 'true' } },
      groups: { g0: { members: ['A0', 'A3'] } },
      initiations: { S0: { kind: 'outside' }, S1: { kind: 'outside' }, S2: { kind: 'outside' } },
      terminations: { E0: { kind: 'end' }, E1: { kind: 'end' } },
      flows: {
        f0: { from: 'A1', to: 'A0' },
        f1: { from: 'A0', to: 'E1' },
        f2: { from: 'S2', to: 'E1' },
        f3: { from: 'S1', to: 'E1' },
        f4: { from: 'A1', to: 'A2' },
        f5: { from: 'S1', to: 'E0', outputs: ['true', '!'], condition: '!' },
      },
    };
    // when
    const quality = measureLayoutQuality(await layoutMap(map));
    // then
    expect(quality.labelOverlaps).toBe(0);
  });
});

describe('layoutMap: flows to and from a dashed box (report Figure 18)', () => {
  const map: ProcessMap = {
    format: 'swimlane/1',
    id: 'box',
    title: 'Box endpoints',
    kind: 'reference',
    activities: { A: { name: 'Respond technically' }, B: { name: 'Respond legally' }, EXT: { name: 'Communicate' } },
    groups: { coord: { label: 'Coordinate', members: ['A', 'B'] } },
    initiations: { start: { kind: 'any', text: 'From triage' } },
    terminations: { done: { kind: 'label', text: 'To stakeholders' } },
    flows: {
      'start-A': { from: 'start', to: 'A', outputs: ['Assigned events'] },
      'A-B': { from: 'A', to: 'B', outputs: ['Legal questions'] },
      'A-coord': { from: 'A', to: 'coord', outputs: ['Technical response'], inputFork: 'responses' },
      'B-coord': { from: 'B', to: 'coord', outputs: ['Legal response'], inputFork: 'responses' },
      'coord-done': { from: 'coord', to: 'done', outputs: ['Response information'] },
      'coord-EXT': { from: 'coord', to: 'EXT' },
      'EXT-coord': { from: 'EXT', to: 'coord' },
    },
  };

  it('ends member outputs at the right border, starts box outputs there, and brings feedback back to the left border', async () => {
    // given the map above
    // when
    const geometry = await layoutMap(map);
    // then
    const box = geometry.groups.find((g) => g.id === 'coord')!;
    const edge = (id: string) => geometry.edges.find((e) => e.id === id)!;
    const right = box.x + box.width;
    expect(edge('A-coord').points.at(-1)!.x).toBeCloseTo(right, 6);
    expect(edge('B-coord').points.at(-1)).toEqual(edge('A-coord').points.at(-1));
    expect(edge('coord-done').points[0]!.x).toBeCloseTo(right, 6);
    expect(edge('coord-EXT').points[0]!.x).toBeCloseTo(right, 6);
    expect(edge('EXT-coord').points.at(-1)!.x).toBeCloseTo(box.x, 6);
    expect(edge('coord-done').from).toBe('coord');
    for (const id of ['A', 'B']) expect(contains(box, node(geometry, id))).toBe(true);
    expect(intersects(box, node(geometry, 'start'))).toBe(false);
    expect(measureLayoutQuality(geometry)).toMatchObject({ segmentsThroughNodes: 0, labelOverlaps: 0, nodeOverlaps: 0 });
  });
});
