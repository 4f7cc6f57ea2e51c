import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../shared/bpmn/exportBpmn';
import { layoutMap } from '../../../shared/layout/layoutMap';
import type { ProcessMap } from '../../../shared/model/schema';
import { certMaps } from '../../support/certMaps';
import { lintBpmn } from '../../support/lintBpmn';

const LANED: ProcessMap = {
  format: 'swimlane/1',
  id: 'L',
  title: 'Laned',
  kind: 'as-is',
  actors: { desk: { name: 'Help desk', kind: 'team' }, soc: { name: 'SOC', kind: 'team' } },
  lanes: { 'help-desk': { actor: 'desk' }, soc: { actor: 'soc' } },
  activities: { A: { name: 'Take call', lane: 'help-desk' }, B: { name: 'Analyse', lane: 'soc' }, C: { name: 'Close', lane: 'help-desk' } },
  initiations: { in: { kind: 'outside', text: 'Caller' } },
  terminations: { done: { kind: 'end' }, away: { kind: 'label', text: 'To vendor' } },
  flows: {
    'in-A': { from: 'in', to: 'A' },
    'A-B': { from: 'A', to: 'B', outputs: ['Ticket'] },
    'B-C': { from: 'B', to: 'C', condition: 'If solved', outputFork: 'result' },
    'B-away': { from: 'B', to: 'away', condition: 'If a vendor bug', outputFork: 'result' },
    'C-done': { from: 'C', to: 'done' },
  },
};

async function parse(xml: string): Promise<{ root: ModdleElement; warnings: readonly unknown[] }> {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  return { root: rootElement, warnings };
}

describe('exportBpmn', () => {
  it('writes a collaboration, a lane per map lane, tasks, an exclusive split with conditions and DI', async () => {
    // given a laned map with alternative outputs
    const geometry = await layoutMap(LANED);
    // when it is exported
    const xml = await exportBpmn(LANED, geometry, (id) => LANED.actors?.[id]?.name);
    const { root, warnings } = await parse(xml);
    // then it parses without warning into the expected elements
    expect(warnings).toEqual([]);
    const [collaboration, process] = root.rootElements as ModdleElement[];
    expect(collaboration!.$type).toBe('bpmn:Collaboration');
    const lanes = ((process!.laneSets as ModdleElement[])[0]!.lanes as ModdleElement[]).map((lane) => [lane.name, (lane.flowNodeRef as ModdleElement[]).map((node) => node.id)]);
    expect(lanes[0]).toEqual(['Help desk', expect.arrayContaining(['A', 'C'])]);
    expect(lanes[1]).toEqual(['SOC', expect.arrayContaining(['B'])]);
    const elements = process!.flowElements as ModdleElement[];
    const split = elements.find((element) => element.$type === 'bpmn:ExclusiveGateway')!;
    const conditions = (split.outgoing as ModdleElement[]).map((flow) => (flow.conditionExpression as ModdleElement).body);
    expect(conditions.sort()).toEqual(['If a vendor bug', 'If solved']);
    const shapes = (((root.diagrams as ModdleElement[])[0]!.plane as ModdleElement).planeElement as ModdleElement[]).map((shape) => (shape.bpmnElement as ModdleElement).id);
    expect(shapes).toEqual(expect.arrayContaining(['A', 'B', 'C', 'in', 'done', 'away', split.id, 'A-B']));
  });

  it('places each task where our layout draws the activity', async () => {
    // given the layout of the map
    const geometry = await layoutMap(LANED);
    // when it is exported
    const { root } = await parse(await exportBpmn(LANED, geometry));
    // then the task shape has the activity's box
    const shape = (((root.diagrams as ModdleElement[])[0]!.plane as ModdleElement).planeElement as ModdleElement[]).find((candidate) => (candidate.bpmnElement as ModdleElement).id === 'B')!;
    const box = geometry.nodes.find((node) => node.id === 'B')!;
    expect(shape.bounds).toMatchObject({ x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width) });
  });

  it.each(certMaps())('exports CERT map $id so that it parses with no warning and bpmnlint reports only labelled lines', async ({ map }) => {
    // given a library map and its layout
    const geometry = await layoutMap(map);
    // when it is exported and linted with bpmnlint:recommended
    const { warnings, reports } = await lintBpmn(await exportBpmn(map, geometry));
    // then only superfluous-label remains: our lines name what is sent (docs/exchange.md)
    expect(warnings).toEqual([]);
    expect(reports.filter((report) => report.rule !== 'superfluous-label')).toEqual([]);
  });
});
