/**
 * BPMN 2.0 import: one map per collaboration (or per process no participant names), pools and
 * (nested, flattened) lanes as lanes bound to actors, tasks and call activities as activities,
 * sub-processes with content as coordination groups, start and end events as line starts and
 * ends, intermediate catch events as trigger notes, message flows as cross-lane flows with a
 * handoff. Everything not carried over is listed, with its BPMN id, in `losses`.
 *
 * Sub-processes become groups, not maps of their own: lines may start and end at a dashed box in
 * our notation, so flows touching the sub-process keep their meaning and the inner flows stay in
 * the same file; an own map would need a second file and cross-map references for the same facts.
 */
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from 'bpmn-moddle';
import type { Actor, ActorCatalogue, Flow, Handoff, ProcessMap } from '../model/schema';
import { MapKind } from '../model/schema';
import { SWIMLANE_PREFIX, toElementId, uniqueIds } from './bpmnIds';
import { guardBpmnText } from './bpmnInputGuard';
import { collectPaths, flowUsage, indexFlows, isPassThrough, joinGateway, ownFlow, pathCondition, splitGateway } from './bpmnPaths';
import { MapBuilder } from './mapBuilder';

export interface BpmnLoss {
  /** BPMN id (or type, for elements without one) of what was not carried over. */
  readonly id: string;
  readonly message: string;
}

export type BpmnImport =
  | { readonly ok: true; readonly maps: readonly ProcessMap[]; readonly actors: ActorCatalogue; readonly losses: readonly BpmnLoss[] }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

const is = (element: ModdleElement | undefined, type: string): boolean => element?.$type === `bpmn:${type}`;
const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);
const swl = (element: ModdleElement | undefined, key: string): string | undefined => element?.$attrs?.[`${SWIMLANE_PREFIX}:${key}`];
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.slice(0, 500) : undefined);
const docOf = (element: ModdleElement): string | undefined => text(list(element.documentation).map((doc) => doc.text).filter(Boolean).join('\n\n'));

const isActivity = (element: ModdleElement): boolean => /Task$/.test(element.$type) || is(element, 'CallActivity') || is(element, 'SubProcess') || is(element, 'Transaction') || is(element, 'AdHocSubProcess');
const hasContent = (element: ModdleElement): boolean => list(element.flowElements).some((child) => !is(child, 'SequenceFlow'));

/** Reads BPMN XML into maps. Never fetches, never expands entities; errors carry a line and column. */
export async function importBpmn(xml: string): Promise<BpmnImport> {
  const guarded = guardBpmnText(xml);
  if ('error' in guarded) return { ok: false, ...guarded.error };
  let parsed;
  try {
    parsed = await new BpmnModdle().fromXML(xml);
  } catch (error) {
    const message = (error as Error).message;
    const where = /line: (\d+)\s+column: (\d+)/.exec(message);
    return { ok: false, message: `not BPMN 2.0 XML: ${message.split('\n')[0]}`, ...(where ? { line: Number(where[1]) + 1, column: Number(where[2]) + 1 } : {}) };
  }
  const root = parsed.rootElement;
  if (!is(root, 'Definitions')) return { ok: false, message: 'not BPMN 2.0 XML: the root element is not bpmn:definitions', line: 1, column: 1 };
  const losses: BpmnLoss[] = parsed.warnings.map((warning) => ({ id: text(warning.element?.id) ?? 'xml', message: `parser warning: ${warning.message.split('\n')[0]}` }));
  const actors: Record<string, Actor> = {};
  const claimActor = uniqueIds();
  const claimMap = uniqueIds();
  const maps: ProcessMap[] = [];

  // DI: shape bounds by element, for lane order, column order and group membership.
  const bounds = new Map<ModdleElement, { x: number; y: number; width: number; height: number }>();
  for (const diagram of list(root.diagrams)) {
    for (const shape of list((diagram.plane as ModdleElement | undefined)?.planeElement)) {
      const box = shape.bounds as { x: number; y: number; width: number; height: number } | undefined;
      if (box && shape.bpmnElement) bounds.set(shape.bpmnElement as ModdleElement, box);
    }
  }

  const rootElements = list(root.rootElements);
  const collaborations = rootElements.filter((element) => is(element, 'Collaboration'));
  const pooled = new Set(collaborations.flatMap((collaboration) => list(collaboration.participants).map((participant) => participant.processRef as ModdleElement | undefined)));
  const units: { id: string; title: string; pools: { participant?: ModdleElement; process?: ModdleElement }[]; collaboration?: ModdleElement }[] = [
    ...collaborations.map((collaboration) => ({
      id: collaboration.id as string,
      title: text(collaboration.name) ?? text(list(collaboration.participants)[0]?.name) ?? (collaboration.id as string),
      pools: list(collaboration.participants).map((participant) => ({ participant, process: participant.processRef as ModdleElement | undefined })),
      collaboration,
    })),
    ...rootElements.filter((element) => is(element, 'Process') && !pooled.has(element)).map((process) => ({ id: process.id as string, title: text(process.name) ?? (process.id as string), pools: [{ process }] })),
  ];
  for (const element of rootElements) {
    if (!is(element, 'Collaboration') && !is(element, 'Process') && !is(element, 'Category')) losses.push({ id: text(element.id) ?? element.$type, message: `${element.$type} (a definition shared by the model) is not carried over` });
  }

  for (const unit of units) {
    const builder = new MapBuilder(losses);
    const mapId = claimMap(toElementId(swl(unit.pools[0]?.process, 'map') ?? unit.id));
    const endpoint = new Map<ModdleElement, string>();
    const laneOfNode = new Map<ModdleElement, string>();
    const poolLane = new Map<ModdleElement, string | undefined>();

    // 1. Lanes: pools, then their lanes depth first; leaves become map lanes.
    const laneRows: { id: string; y: number }[] = [];
    for (const pool of unit.pools) {
      const poolName = text(pool.participant?.name) ?? text(pool.process?.name) ?? (pool.participant?.id as string | undefined) ?? (pool.process?.id as string);
      const addLane = (element: ModdleElement, name: string, kind: Actor['kind']): string => {
        const id = builder.claimLane(element);
        const actorId = swl(element, 'actor') ?? claimActor(toElementId(element.id as string));
        actors[actorId] ??= { name, kind };
        builder.map.lanes![id] = { actor: actorId, ...(name !== actors[actorId]!.name ? { label: name } : {}) };
        laneRows.push({ id, y: bounds.get(element)?.y ?? laneRows.length });
        return id;
      };
      const leaves = (laneSet: ModdleElement | undefined, path: string[]): void => {
        for (const lane of list(laneSet?.lanes)) {
          const name = [...path, text(lane.name) ?? (lane.id as string)];
          const child = lane.childLaneSet as ModdleElement | undefined;
          if (child && list(child.lanes).length > 0) leaves(child, name);
          else {
            const id = addLane(lane, name.join(' / ').slice(0, 500), 'role');
            for (const node of list(lane.flowNodeRef)) laneOfNode.set(node, id);
          }
        }
      };
      const laneSets = list(pool.process?.laneSets);
      const multi = unit.pools.length > 1;
      if (laneSets.some((set) => list(set.lanes).length > 0)) for (const set of laneSets) leaves(set, multi ? [poolName] : []);
      const first = builder.map.lanes && Object.keys(builder.map.lanes).at(-1);
      const host = pool.participant ?? pool.process!;
      const hasLanes = laneSets.some((set) => list(set.lanes).length > 0);
      // Our own export of a map without lanes has no lane set: keep it without lanes.
      const lane = hasLanes && first ? first : swl(pool.process, 'map') ? undefined : addLane(host, poolName, 'unit');
      poolLane.set(host, lane);
      if (pool.process) poolLane.set(pool.process, lane);
    }
    laneRows.sort((a, b) => a.y - b.y);
    builder.map.lanes = Object.fromEntries(laneRows.map((row) => [row.id, builder.map.lanes![row.id]!]));

    // 2. Flow nodes of every process and sub-process of this unit.
    const passThrough: ModdleElement[] = [];
    const boundary: ModdleElement[] = [];
    const visit = (container: ModdleElement, lane: string | undefined, group: string | undefined): void => {
      for (const element of list(container.flowElements)) {
        const nodeLane = laneOfNode.get(element) ?? lane;
        if (is(element, 'SequenceFlow')) continue;
        if (isActivity(element) && (is(element, 'SubProcess') || is(element, 'Transaction') || is(element, 'AdHocSubProcess')) && hasContent(element)) {
          const id = builder.addGroup(element, nodeLane);
          endpoint.set(element, id);
          visit(element, nodeLane, id);
          builder.nestGroup(id, group);
        } else if (isActivity(element)) {
          const id = builder.addActivity(element, nodeLane, swl(element, 'kind') === 'group');
          endpoint.set(element, id);
          if (group) builder.addMember(group, id);
        } else if (is(element, 'StartEvent')) endpoint.set(element, swl(element, 'kind') === 'trigger' ? builder.addTrigger(element) : builder.addInitiation(element));
        else if (is(element, 'EndEvent')) endpoint.set(element, builder.addTermination(element));
        else if (isPassThrough(element)) passThrough.push(element);
        else if (is(element, 'BoundaryEvent')) boundary.push(element);
        else builder.addArtifactLike(element);
      }
      for (const artifact of list(container.artifacts)) builder.addArtifact(artifact, bounds, endpoint);
    };
    for (const pool of unit.pools) if (pool.process) visit(pool.process, poolLane.get(pool.process), undefined);
    for (const pool of unit.pools) if (pool.participant && !pool.process) builder.map.summary ??= docOf(pool.participant);
    builder.map.id = mapId;
    builder.map.title = unit.title;
    builder.map.summary ??= docOf(unit.pools[0]?.process ?? ({} as ModdleElement)) ?? (unit.collaboration ? docOf(unit.collaboration) : undefined);
    if (builder.map.summary === undefined) delete builder.map.summary;

    // 3. Sequence flows: one map flow per path between map nodes.
    const hostOf = (element: ModdleElement): ModdleElement | undefined => (is(element, 'BoundaryEvent') ? (element.attachedToRef as ModdleElement | undefined) : undefined);
    const index = indexFlows(unit.pools.flatMap((pool) => (pool.process ? [pool.process] : [])));
    const paths = collectPaths([...endpoint.keys(), ...boundary], hostOf, index);
    const usage = flowUsage(paths);
    for (const path of paths) {
      const from = endpoint.get(path.from);
      const to = endpoint.get(path.to);
      if (!from || !to) continue;
      const carrier = path.flows.find((flow) => swl(flow, 'flow')) ?? ownFlow(path, usage);
      if (swl(carrier, 'trigger') || builder.isTrigger(from)) {
        builder.triggerStarts(from, to);
        continue;
      }
      const wanted = swl(carrier, 'flow') ?? (carrier?.id as string | undefined) ?? `${from}-${to}`;
      const flow: Flow = { from, to };
      const outputs = swl(carrier, 'outputs');
      const condition = swl(carrier, 'condition') ?? (carrier && swl(carrier, 'flow') ? undefined : pathCondition(path, index));
      const named = path.flows.map((candidate) => text(candidate.name)).find((name) => name !== undefined && name !== condition);
      if (outputs) flow.outputs = JSON.parse(outputs) as string[];
      else if (named && !swl(carrier, 'flow')) flow.outputs = [named];
      if (condition) flow.condition = condition;
      const split = splitGateway(path, index);
      const join = joinGateway(path, index);
      const outputFork = swl(carrier, 'flow') ? swl(carrier, 'outputFork') : split ? toElementId(split.id as string) : undefined;
      const inputFork = swl(carrier, 'flow') ? swl(carrier, 'inputFork') : join ? toElementId(join.id as string) : undefined;
      if (outputFork) flow.outputFork = outputFork;
      if (inputFork) flow.inputFork = inputFork;
      const boundaryEvent = path.flows[0] && (path.flows[0].sourceRef as ModdleElement);
      if (boundaryEvent && is(boundaryEvent, 'BoundaryEvent') && !flow.condition) flow.condition = text(boundaryEvent.name) ?? `On ${boundaryEvent.$type.replace('bpmn:', '')} ${boundaryEvent.id as string}`;
      builder.addFlow(wanted, flow, carrier);
    }
    for (const node of passThrough) builder.noteTrigger(node, paths);
    for (const node of boundary) if (list(node.eventDefinitions).length > 0) builder.lose(node, `the ${list(node.eventDefinitions)[0]!.$type} of the boundary event is carried only as the condition of its line`);

    // 4. Message flows between pools: cross-lane flows described by a handoff.
    for (const message of list(unit.collaboration?.messageFlows)) {
      const end = (ref: ModdleElement | undefined, side: 'from' | 'to'): string | undefined => {
        if (!ref) return undefined;
        if (endpoint.has(ref)) return endpoint.get(ref);
        const through = paths.find((path) => path.through.includes(ref));
        if (through) return endpoint.get(side === 'from' ? through.from : through.to);
        if (is(ref, 'Participant')) return side === 'from' ? builder.addPoolInitiation(ref) : builder.addPoolTermination(ref);
        return undefined;
      };
      const from = end(message.sourceRef as ModdleElement | undefined, 'from');
      const to = end(message.targetRef as ModdleElement | undefined, 'to');
      if (!from || !to) {
        builder.lose(message, 'message flow whose ends are not map nodes');
        continue;
      }
      const flowId = builder.addFlow(message.id as string, { from, to, ...(text(message.name) ? { outputs: [text(message.name)!] } : {}) }, message);
      const actorOf = (id: string): string[] => {
        const lane = builder.map.activities[id]?.lane;
        return lane ? [builder.map.lanes![lane]!.actor] : [];
      };
      const handoff: Handoff = {
        title: text(message.name) ?? `Message ${message.id as string}`,
        sending: [builder.map.activities[from] ? { activity: from } : { text: from }],
        receiving: [builder.map.activities[to] ? { activity: to } : { text: to }],
        flows: [flowId],
        kinds: { 'person-to-person': { sendingActors: actorOf(from), receivingActors: actorOf(to), modes: { electronic: ['message'] } } },
      };
      builder.map.handoffs ??= {};
      builder.map.handoffs[builder.claim(`${message.id as string}-handoff`)] = handoff;
    }

    // 5. Column hints from DI: the left-to-right rank of each activity.
    const xs = Object.keys(builder.map.activities).flatMap((id) => {
      const element = builder.elementOf(id);
      const box = element && bounds.get(element);
      return box ? [{ id, x: box.x + box.width / 2 }] : [];
    });
    const columns = [...new Set(xs.map((entry) => Math.round(entry.x / 40)))].sort((a, b) => a - b);
    if (xs.length > 0) builder.map.layout = { hints: Object.fromEntries(xs.map((entry) => [entry.id, { column: columns.indexOf(Math.round(entry.x / 40)) }])) };
    const kind = MapKind.safeParse(swl(unit.pools[0]?.process, 'kind'));
    maps.push(builder.finish(kind.success ? kind.data : undefined));
  }
  return { ok: true, maps, actors: { format: 'swimlane-actors/1', actors }, losses };
}
