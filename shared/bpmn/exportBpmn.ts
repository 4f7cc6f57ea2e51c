/**
 * BPMN 2.0 export: one collaboration with one participant whose lanes are the map's lanes, the
 * process graph of `buildBpmnGraph`, and BPMN DI taken from our own layout so that bpmn-js and
 * Camunda Modeler show the picture the editor shows. Built and serialised with bpmn-moddle.
 */
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from 'bpmn-moddle';
import type { Box, MapGeometry, Point } from '../layout/geometry';
import type { Handoff, ProcessMap } from '../model/schema';
import { buildBpmnGraph } from './bpmnGraph';
import type { BpmnFlow, BpmnNode } from './bpmnGraph';
import { SWIMLANE_NS, SWIMLANE_PREFIX, toBpmnId } from './bpmnIds';

const EVENT = 36;
const GATEWAY = 36;
const GATEWAY_GAP = 14;

function swlAttrs(attrs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(attrs).map(([key, value]) => [`${SWIMLANE_PREFIX}:${key}`, value]));
}

function handoffText(id: string, handoff: Handoff): string {
  const parties = (list: Handoff['sending']): string => list.map((party) => party.text ?? [party.map, party.activity].filter(Boolean).join(': ')).join('; ');
  const lines = [`Handoff ${id}${handoff.title ? `: ${handoff.title}` : ''}`, `Sending: ${parties(handoff.sending)}`, `Receiving: ${parties(handoff.receiving)}`];
  for (const [kind, detail] of Object.entries(handoff.kinds ?? {})) {
    const modes = Object.entries(detail.modes ?? {}).map(([form, mechanisms]) => `${form}: ${mechanisms.join(', ')}`);
    lines.push(`${kind}${modes.length ? ` (${modes.join('; ')})` : ''}`);
  }
  if (handoff.objects) lines.push(`Objects: ${handoff.objects.map((object) => object.name).join(', ')}`);
  return lines.join('\n');
}

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const square = (at: Point, size: number): Box => ({ x: at.x - size / 2, y: at.y - size / 2, width: size, height: size });

/** Where each flow node is drawn, from the layout; gateways sit beside the node they serve. */
function shapeBounds(geometry: MapGeometry, nodes: readonly BpmnNode[]): Map<string, Box> {
  const bounds = new Map<string, Box>();
  const byElement = new Map(geometry.nodes.map((node) => [node.id, node]));
  const groups = new Map(geometry.groups.map((group) => [group.id, group]));
  const notes = new Map(geometry.triggerNotes.map((note) => [note.number, note]));
  const stack = new Map<string, number>();
  for (const node of nodes) {
    if (!node.element) continue;
    const placed = byElement.get(node.element);
    if (node.type === 'task' || node.type === 'callActivity') {
      const group = groups.get(node.element);
      if (group) bounds.set(node.id, { x: group.x + group.width - 100, y: group.y + group.height - 20, width: 90, height: 40 });
      else if (placed) bounds.set(node.id, placed);
    } else if (node.attrs.kind === 'trigger') {
      // Trigger events stand in a row to the right of the notes, with room for a split gateway each.
      const note = notes.get(node.attrs.number!);
      const index = geometry.triggerNotes.findIndex((candidate) => candidate.number === node.attrs.number);
      const first = geometry.triggerNotes[0];
      if (note && first) bounds.set(node.id, square({ x: first.x + Math.max(...geometry.triggerNotes.map((n) => n.width)) + EVENT + index * 3 * (EVENT + GATEWAY_GAP), y: first.y + EVENT / 2 }, EVENT));
    } else if (placed) {
      // Symbol-less line ends are drawn as events no taller than their row, so stacked ones do not overlap.
      const size = placed.anchor ? EVENT : Math.min(EVENT, placed.height - 2);
      const at = placed.anchor ?? (node.type === 'startEvent' ? { x: placed.x + placed.width - size / 2, y: placed.y + placed.height / 2 } : { x: placed.x + size / 2, y: placed.y + placed.height / 2 });
      bounds.set(node.id, square(at, size));
    }
  }
  for (const node of nodes) {
    if (!node.beside) continue;
    const host = nodes.find((candidate) => candidate.element === node.beside!.element);
    const hostBox = host ? bounds.get(host.id) : undefined;
    if (!hostBox) continue;
    const key = `${node.beside.element}/${node.beside.side}`;
    const index = stack.get(key) ?? 0;
    stack.set(key, index + 1);
    const step = GATEWAY + GATEWAY_GAP;
    const x = node.beside.side === 'out' ? hostBox.x + hostBox.width + GATEWAY_GAP + GATEWAY / 2 + index * step : hostBox.x - GATEWAY_GAP - GATEWAY / 2 - index * step;
    bounds.set(node.id, square({ x, y: centre(hostBox).y }, GATEWAY));
  }
  return bounds;
}

function waypoints(flow: BpmnFlow, geometry: MapGeometry, bounds: Map<string, Box>): Point[] {
  const from = bounds.get(flow.source);
  const to = bounds.get(flow.target);
  const edge = flow.flow ? geometry.edges.find((candidate) => candidate.id === flow.flow) : undefined;
  const points = edge && edge.points.length >= 2 ? [...edge.points] : [];
  if (points.length === 0) {
    if (!from || !to) return [];
    return [{ x: from.x + from.width, y: centre(from).y }, { x: to.x, y: centre(to).y }];
  }
  // Our line ends at the map node; when a gateway now stands between, start or end at the gateway.
  if (from && flow.source !== toBpmnId(edge!.from)) points.splice(0, 1, { x: from.x + from.width, y: centre(from).y }, { x: from.x + from.width + 4, y: points[1]!.y });
  if (to && flow.target !== toBpmnId(edge!.to)) points.splice(points.length - 1, 1, { x: to.x - 4, y: points[points.length - 2]!.y }, { x: to.x, y: centre(to).y });
  return points;
}

/** Serialises `map` as BPMN 2.0 XML, with DI from `geometry` (the map's own layout). */
export async function exportBpmn(map: ProcessMap, geometry: MapGeometry, actorName: (id: string) => string | undefined = () => undefined): Promise<string> {
  const moddle = new BpmnModdle();
  const graph = buildBpmnGraph(map);
  const processId = `Process_${toBpmnId(map.id)}`;
  const doc = (text: string | undefined): ModdleElement[] | undefined => (text ? [moddle.create('bpmn:Documentation', { text })] : undefined);

  // 1. Semantic elements.
  const elements = new Map<string, ModdleElement>();
  for (const node of graph.nodes) {
    const eventDefinitions =
      node.eventDefinition === 'message'
        ? [moddle.create('bpmn:MessageEventDefinition')]
        : node.eventDefinition === 'conditional'
          ? [moddle.create('bpmn:ConditionalEventDefinition', { condition: moddle.create('bpmn:FormalExpression', { body: node.condition }) })]
          : undefined;
    const element = moddle.create(`bpmn:${node.type[0]!.toUpperCase()}${node.type.slice(1)}`, {
      id: node.id,
      ...(node.name !== undefined ? { name: node.name } : {}),
      ...(node.calledElement ? { calledElement: node.calledElement } : {}),
      ...(eventDefinitions ? { eventDefinitions } : {}),
      ...(node.documentation ? { documentation: doc(node.documentation) } : {}),
    });
    Object.assign(element.$attrs, swlAttrs(node.attrs));
    elements.set(node.id, element);
  }
  const handoffsOfFlow = new Map<string, string[]>();
  for (const [id, handoff] of Object.entries(map.handoffs ?? {})) {
    for (const flow of handoff.flows ?? []) handoffsOfFlow.set(flow, [...(handoffsOfFlow.get(flow) ?? []), handoffText(id, handoff)]);
  }
  const sequenceFlows = graph.flows.map((flow) => {
    const element = moddle.create('bpmn:SequenceFlow', {
      id: flow.id,
      sourceRef: elements.get(flow.source),
      targetRef: elements.get(flow.target),
      ...(flow.name ? { name: flow.name } : {}),
      ...(flow.conditionExpression !== undefined ? { conditionExpression: moddle.create('bpmn:FormalExpression', { body: flow.conditionExpression }) } : {}),
      ...(flow.flow && handoffsOfFlow.has(flow.flow) ? { documentation: doc(handoffsOfFlow.get(flow.flow)!.join('\n\n')) } : {}),
    });
    Object.assign(element.$attrs, swlAttrs(flow.attrs));
    (elements.get(flow.source)!.get('outgoing') as ModdleElement[]).push(element);
    (elements.get(flow.target)!.get('incoming') as ModdleElement[]).push(element);
    return element;
  });
  for (const [gatewayId, flowId] of graph.defaults) elements.get(gatewayId)!.default = sequenceFlows.find((flow) => flow.id === flowId);

  // 2. Lanes: each flow node in the lane of the map node it stands for or serves.
  const laneOfNode = (node: BpmnNode): string | undefined => {
    const element = node.element ?? node.beside?.element;
    if (!element) return undefined;
    const geometryNode = geometry.nodes.find((candidate) => candidate.id === element);
    return node.lane ?? geometryNode?.lane ?? map.activities[map.groups?.[element]?.members[0] ?? '']?.lane;
  };
  // Lane ids share the document's id space with the flow nodes: prefix a lane id that is taken.
  const taken = new Set([...graph.nodes.map((node) => node.id), ...graph.flows.map((flow) => flow.id)]);
  const laneEntries = Object.entries(map.lanes ?? {}).map(([id, lane]) => {
    const bpmnId = taken.has(toBpmnId(id)) ? `lane-${toBpmnId(id)}` : toBpmnId(id);
    taken.add(bpmnId);
    return { id, lane, bpmnId };
  });
  const lanes = laneEntries.map(({ id, lane, bpmnId }) => {
    const element = moddle.create('bpmn:Lane', {
      id: bpmnId,
      name: lane.label ?? actorName(lane.actor) ?? map.actors?.[lane.actor]?.name ?? lane.actor,
      flowNodeRef: graph.nodes.filter((node) => laneOfNode(node) === id).map((node) => elements.get(node.id)),
    });
    Object.assign(element.$attrs, swlAttrs({ actor: lane.actor, ...(bpmnId !== id ? { id } : {}) }));
    return element;
  });

  const bounds = shapeBounds(geometry, graph.nodes);
  const artifacts: ModdleElement[] = [];
  const groupShapes: [ModdleElement, Box][] = [];
  for (const group of geometry.groups) {
    const label = map.groups?.[group.id]?.label ?? group.title;
    const category = moddle.create('bpmn:Category', { id: `Category_${toBpmnId(group.id)}`, categoryValue: [moddle.create('bpmn:CategoryValue', { id: `CategoryValue_${toBpmnId(group.id)}`, value: label })] });
    const element = moddle.create('bpmn:Group', { id: `Group_${toBpmnId(group.id)}`, categoryValueRef: (category.categoryValue as ModdleElement[])[0] });
    Object.assign(element.$attrs, swlAttrs({ group: group.id, members: JSON.stringify(map.groups?.[group.id]?.members ?? []) }));
    artifacts.push(element);
    groupShapes.push([element, group]);
    elements.set(`category:${group.id}`, category);
  }

  const process = moddle.create('bpmn:Process', {
    id: processId,
    name: map.title,
    isExecutable: false,
    flowElements: [...graph.nodes.map((node) => elements.get(node.id)!), ...sequenceFlows],
    ...(artifacts.length ? { artifacts } : {}),
    ...(lanes.length ? { laneSets: [moddle.create('bpmn:LaneSet', { id: `LaneSet_${toBpmnId(map.id)}`, lanes })] } : {}),
    ...(map.summary ? { documentation: doc(map.summary) } : {}),
  });
  Object.assign(process.$attrs, swlAttrs({ map: map.id, kind: map.kind }));
  const participant = moddle.create('bpmn:Participant', { id: `Participant_${toBpmnId(map.id)}`, name: map.title, processRef: process });
  const collaboration = moddle.create('bpmn:Collaboration', { id: `Collaboration_${toBpmnId(map.id)}`, participants: [participant] });

  // 3. DI: shapes and edges from the layout, in px (BPMN DI has no unit; bpmn-js uses px too).
  const dcBounds = (box: Box): ModdleElement => moddle.create('dc:Bounds', { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) });
  const planeElements: ModdleElement[] = [];
  const laneBoxes = geometry.lanes;
  const everything = [...bounds.values(), ...laneBoxes, ...geometry.groups];
  const minX = Math.min(...everything.map((box) => box.x));
  const minY = Math.min(...everything.map((box) => box.y));
  const maxX = Math.max(...everything.map((box) => box.x + box.width));
  const maxY = Math.max(...everything.map((box) => box.y + box.height));
  const participantBox = laneBoxes.length ? { x: minX - 30, y: minY, width: maxX - minX + 30, height: maxY - minY } : { x: minX - 60, y: minY - 20, width: maxX - minX + 80, height: maxY - minY + 40 };
  planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${participant.id}_di`, bpmnElement: participant, isHorizontal: true, bounds: dcBounds(participantBox) }));
  for (const [i, lane] of lanes.entries()) {
    const box = laneBoxes.find((candidate) => candidate.id === laneEntries[i]!.id) ?? laneBoxes[i];
    if (box) planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${lane.id}_di`, bpmnElement: lane, isHorizontal: true, bounds: dcBounds({ ...box, x: participantBox.x + 30, width: participantBox.width - 30 }) }));
  }
  for (const [element, box] of groupShapes) planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${element.id as string}_di`, bpmnElement: element, bounds: dcBounds(box) }));
  for (const node of graph.nodes) {
    const box = bounds.get(node.id);
    if (box) planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${node.id}_di`, bpmnElement: elements.get(node.id), bounds: dcBounds(box) }));
  }
  for (const flow of sequenceFlows) {
    const points = waypoints(graph.flows.find((candidate) => candidate.id === flow.id)!, geometry, bounds);
    if (points.length < 2) continue;
    planeElements.push(moddle.create('bpmndi:BPMNEdge', { id: `${flow.id as string}_di`, bpmnElement: flow, waypoint: points.map((point) => moddle.create('dc:Point', { x: Math.round(point.x), y: Math.round(point.y) })) }));
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `Plane_${toBpmnId(map.id)}`, bpmnElement: collaboration, planeElement: planeElements });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: `Diagram_${toBpmnId(map.id)}`, plane });

  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${toBpmnId(map.id)}`,
    targetNamespace: `https://swimlane-studio.invalid/maps/${encodeURIComponent(map.id)}`,
    exporter: 'Swimlane Studio',
    exporterVersion: '0.1.0',
    rootElements: [...[...elements].filter(([key]) => key.startsWith('category:')).map(([, category]) => category), collaboration, process],
    diagrams: [diagram],
  });
  Object.assign(definitions.$attrs, { [`xmlns:${SWIMLANE_PREFIX}`]: SWIMLANE_NS });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
