import { describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { handoffMarks, midpointOf } from '../../../shared/render/handoffMarks';
import { renderSvg } from '../../../shared/render/renderSvg';
import { parseMap } from '../../../shared/yaml/parseMap';
import { mapFile } from '../rules/ruleTester';

const map = parseMap(
  mapFile(`actors:
  desk: {name: Help desk, kind: team}
  soc: {name: SOC analyst, kind: role}
lanes:
  help: {actor: desk}
  analysts: {actor: soc}
activities:
  A: {name: Take call, lane: help}
  B: {name: Triage, lane: analysts}
  C: {name: Close, lane: help}
flows:
  A-B: {from: A, to: B}
  B-C: {from: B, to: C}
  A-C: {from: A, to: C}
handoffs:
  call:
    title: Ticket to the SOC
    sending: [{activity: A}]
    receiving: [{activity: B}]
    flows: [A-B]
    kinds:
      person-to-person: {sendingActors: [desk], receivingActors: [soc], modes: {electronic: [Ticketing system, Email]}}
`),
  'm.yaml',
).value!;

describe('handoffMarks', () => {
  it('marks a described handoff with its mechanism and an undescribed crossing with the warning, and no same-lane line', () => {
    // given a map with one described crossing (A-B), one undescribed (B-C) and a same-lane line (A-C)
    const geometry = layoutMapSync(map);
    // when the marks are computed
    const marks = handoffMarks(map, geometry);
    // then there is one mark per crossing, on its line
    expect(marks.map((mark) => `${mark.flow}:${mark.status}:${mark.glyph}:${mark.label ?? ''}`)).toEqual(['A-B:described:E:Ticketing system', 'B-C:undescribed:!:']);
    expect(marks[0]!.tooltip).toBe('Handoff Ticket to the SOC\nperson-to-person: Help desk → SOC analyst; electronic: Ticketing system, Email');
    const edge = geometry.edges.find((candidate) => candidate.id === 'A-B')!;
    expect(marks[0]!.center).toEqual(midpointOf(edge.points));
  });

  it('finds the point halfway along a polyline', () => {
    // given an L-shaped line of length 20 / when its midpoint is taken / then it is at the corner
    expect(midpointOf([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }])).toEqual({ x: 10, y: 0 });
    expect(midpointOf([{ x: 0, y: 0 }, { x: 0, y: 8 }])).toEqual({ x: 0, y: 4 });
  });

  it('draws the marks in the SVG export when asked, with their tooltips', () => {
    // given the map and its geometry / when rendered with and without marks
    const geometry = layoutMapSync(map);
    const plain = renderSvg(map, geometry);
    const marked = renderSvg(map, geometry, { handoffMarks: true });
    // then only the marked export has them
    expect(plain).not.toContain('handoff-mark');
    expect(marked).toContain('data-kind="handoff-mark" data-flow="A-B" data-handoff="call" data-status="described"');
    expect(marked).toContain('data-flow="B-C" data-status="undescribed"');
    expect(marked).toContain('<title>Undescribed handoff from lane analysts to lane help');
  });
});
