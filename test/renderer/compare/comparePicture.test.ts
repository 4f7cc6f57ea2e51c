import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { parseMap } from '../../../shared/yaml/parseMap';
import { boundsOf, elementAt, idOfKey, nodeKey } from '../../../renderer/compare/comparePicture';

const map = parseMap(readFileSync(new URL('../../../model-library/examples/acme/T-as-is.yaml', import.meta.url), 'utf8'), 'T-as-is.yaml').value!;
const geometry = layoutMapSync(map);

describe('comparePicture', () => {
  it('names nodes by collection and finds each element again by its key', () => {
    // given the laid-out Acme triage map
    const t2 = geometry.nodes.find((node) => node.id === 'T2')!;
    const archive = geometry.nodes.find((node) => node.id === 'archive')!;
    // when their keys are taken and looked up
    // then activities and line ends are told apart, and the boxes are the nodes'
    expect(nodeKey(t2)).toBe('activities:T2');
    expect(nodeKey(archive)).toBe('terminations:archive');
    expect(idOfKey('terminations:archive')).toBe('archive');
    expect(boundsOf('activities:T2', geometry)).toBe(t2);
    expect(boundsOf('lanes:soc', geometry)).toMatchObject({ id: 'soc' });
    expect(boundsOf('activities:T9', geometry)).toBeUndefined();
    // and a flow's box spans its whole line
    const flow = geometry.edges.find((edge) => edge.id === 'T2-T3')!;
    const box = boundsOf('flows:T2-T3', geometry)!;
    for (const point of flow.points) expect(point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height).toBe(true);
  });

  it('finds the node, the flow line or the lane header under a point, and nothing on empty paper', () => {
    // given points in a node, on a flow's middle segment, in a lane header and far outside
    const t1 = geometry.nodes.find((node) => node.id === 'T1')!;
    const flow = geometry.edges.find((edge) => edge.id === 'T2-T3')!;
    const [a, b] = [flow.points[0]!, flow.points[1]!];
    const soc = geometry.lanes.find((lane) => lane.id === 'soc')!;
    // when hit-tested
    // then each names its element
    expect(elementAt(geometry, { x: t1.x + t1.width / 2, y: t1.y + t1.height / 2 })).toBe('activities:T1');
    expect(elementAt(geometry, { x: (a.x + b.x) / 2 + 1, y: (a.y + b.y) / 2 + 1 })).toBe('flows:T2-T3');
    expect(elementAt(geometry, { x: soc.header.x + 3, y: soc.header.y + 3 })).toBe('lanes:soc');
    expect(elementAt(geometry, { x: geometry.width + 100, y: geometry.height + 100 })).toBeUndefined();
  });
});
