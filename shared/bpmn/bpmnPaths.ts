/**
 * Turns BPMN sequence flows into map flows: gateways and intermediate events are not map nodes,
 * so every path from one map node to the next through them becomes one flow, with its condition,
 * output names and fork taken from the sequence flows and gateways on the way.
 */
import type { ModdleElement } from 'bpmn-moddle';

export interface BpmnPath {
  readonly from: ModdleElement;
  readonly to: ModdleElement;
  readonly flows: readonly ModdleElement[];
  /** Gateways and events passed, in order. */
  readonly through: readonly ModdleElement[];
}

const is = (element: ModdleElement | undefined, type: string): boolean => element?.$type === `bpmn:${type}`;

/** Whether a flow node is passed through rather than becoming a map node. */
export function isPassThrough(element: ModdleElement): boolean {
  return /Gateway$/.test(element.$type) || is(element, 'IntermediateCatchEvent') || is(element, 'IntermediateThrowEvent');
}

/** Sequence flows by their ends: read from sourceRef and targetRef, since files need not list incoming and outgoing. */
export interface FlowIndex {
  readonly outgoing: ReadonlyMap<ModdleElement, readonly ModdleElement[]>;
  readonly incoming: ReadonlyMap<ModdleElement, readonly ModdleElement[]>;
}

/** Indexes the sequence flows of `containers` and of their sub-processes. */
export function indexFlows(containers: readonly ModdleElement[]): FlowIndex {
  const outgoing = new Map<ModdleElement, ModdleElement[]>();
  const incoming = new Map<ModdleElement, ModdleElement[]>();
  const visit = (container: ModdleElement): void => {
    for (const element of (container.flowElements as ModdleElement[] | undefined) ?? []) {
      if (element.$type === 'bpmn:SequenceFlow') {
        const source = element.sourceRef as ModdleElement | undefined;
        const target = element.targetRef as ModdleElement | undefined;
        if (source) outgoing.set(source, [...(outgoing.get(source) ?? []), element]);
        if (target) incoming.set(target, [...(incoming.get(target) ?? []), element]);
      } else visit(element);
    }
  };
  containers.forEach(visit);
  return { outgoing, incoming };
}

/** Every path from each node of `starts` to the next node that is not passed through. */
export function collectPaths(starts: readonly ModdleElement[], hostOf: (element: ModdleElement) => ModdleElement | undefined, index: FlowIndex): BpmnPath[] {
  const outgoingOf = (element: ModdleElement): readonly ModdleElement[] => index.outgoing.get(element) ?? [];
  const paths: BpmnPath[] = [];
  for (const start of starts) {
    // Boundary events leave from their host activity.
    const from = hostOf(start) ?? start;
    const walk = (node: ModdleElement, flows: ModdleElement[], through: ModdleElement[]): void => {
      for (const flow of outgoingOf(node)) {
        const target = flow.targetRef as ModdleElement | undefined;
        if (!target || flows.includes(flow)) continue;
        if (isPassThrough(target)) {
          // A cycle among gateways only would never reach a node; the flows-seen check ends it.
          walk(target, [...flows, flow], [...through, target]);
        } else {
          paths.push({ from, to: target, flows: [...flows, flow], through });
        }
      }
    };
    walk(start, [], []);
  }
  return paths;
}

/** The first sequence flow of `path` that no other path uses: it names the map flow. */
export function ownFlow(path: BpmnPath, usage: ReadonlyMap<ModdleElement, number>): ModdleElement | undefined {
  return path.flows.find((flow) => usage.get(flow) === 1);
}

/** How many paths use each sequence flow. */
export function flowUsage(paths: readonly BpmnPath[]): Map<ModdleElement, number> {
  const usage = new Map<ModdleElement, number>();
  for (const path of paths) for (const flow of path.flows) usage.set(flow, (usage.get(flow) ?? 0) + 1);
  return usage;
}

const isDecision = (element: ModdleElement): boolean => is(element, 'ExclusiveGateway') || is(element, 'InclusiveGateway') || is(element, 'EventBasedGateway') || is(element, 'ComplexGateway');

/** The decision gateway where this path's alternatives split, if any. */
export function splitGateway(path: BpmnPath, index: FlowIndex): ModdleElement | undefined {
  return path.through.find((node) => isDecision(node) && (index.outgoing.get(node) ?? []).length > 1);
}

/** The gateway where this path joins alternatives, if any. */
export function joinGateway(path: BpmnPath, index: FlowIndex): ModdleElement | undefined {
  return [...path.through].reverse().find((node) => isDecision(node) && (index.incoming.get(node) ?? []).length > 1);
}

/** The condition of a path: a condition expression, else the name of a flow leaving a decision, else the event caught after an event-based gateway. */
export function pathCondition(path: BpmnPath, index: FlowIndex): string | undefined {
  for (const flow of path.flows) {
    const body = (flow.conditionExpression as ModdleElement | undefined)?.body;
    if (typeof body === 'string' && body.trim()) return body.trim();
  }
  for (const flow of path.flows) {
    const source = flow.sourceRef as ModdleElement;
    if (isDecision(source) && (index.outgoing.get(source) ?? []).length > 1 && typeof flow.name === 'string' && flow.name.trim()) return flow.name.trim();
  }
  const caught = path.through.find((node, i) => i > 0 && is(path.through[i - 1], 'EventBasedGateway') && is(node, 'IntermediateCatchEvent'));
  return typeof caught?.name === 'string' && caught.name.trim() ? caught.name.trim() : undefined;
}
