/**
 * The BPMN process graph of a map, as plain data: which flow nodes, gateways and sequence flows
 * the export writes. Kept apart from XML so the mapping rules can be read and tested on their own.
 *
 * Mapping rules (the map's notation is Table 3 of the CERT report):
 * - activity → task (call activity when it `expands` another map); a coordination box that lines
 *   start or end at → a task of its own (BPMN lines cannot touch a group artifact);
 * - initiation → message start event (input arrives from outside the process); trigger note →
 *   conditional start event; termination → end event (message end event when it goes to another
 *   process or audience);
 * - each flow → exactly one sequence flow carrying its id, name and condition. Alternative outputs
 *   (`outputFork`) leave through an exclusive gateway and forked inputs (`inputFork`) meet in one;
 *   separate lines out of or into one node are all produced or all required, so they pass a
 *   parallel gateway. Connector flows to and from gateways are generated.
 */
import type { Flow, ProcessMap } from '../model/schema';
import { toBpmnId, uniqueIds } from './bpmnIds';

export type BpmnNodeType = 'task' | 'callActivity' | 'startEvent' | 'endEvent' | 'exclusiveGateway' | 'parallelGateway';

export interface BpmnNode {
  readonly id: string;
  readonly type: BpmnNodeType;
  readonly name: string | undefined;
  /** Map element this node stands for (activity, group, initiation, termination, trigger number). */
  readonly element: string | undefined;
  /** Node this gateway serves (its position follows that node's), for gateways only. */
  readonly beside?: { readonly element: string; readonly side: 'out' | 'in' };
  readonly eventDefinition?: 'message' | 'conditional';
  readonly condition?: string;
  readonly calledElement?: string;
  readonly documentation?: string;
  readonly lane: string | undefined;
  /** `swl:*` attributes: map facts BPMN has no field for, read back by the import. */
  readonly attrs: Readonly<Record<string, string>>;
}

export interface BpmnFlow {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly name: string | undefined;
  /** Condition expression, written only on flows leaving an exclusive gateway. */
  readonly conditionExpression: string | undefined;
  /** The map flow this sequence flow carries; undefined for generated connectors. */
  readonly flow: string | undefined;
  readonly attrs: Readonly<Record<string, string>>;
}

export interface BpmnGraph {
  readonly nodes: readonly BpmnNode[];
  readonly flows: readonly BpmnFlow[];
  /** Gateway id → id of its default flow. */
  readonly defaults: ReadonlyMap<string, string>;
}

interface Bundle {
  readonly fork: string | undefined;
  readonly flows: string[];
}

function bundlesOf(entries: readonly [string, Flow][], forkOf: (flow: Flow) => string | undefined): Bundle[] {
  const bundles: Bundle[] = [];
  for (const [id, flow] of entries) {
    const fork = forkOf(flow);
    const existing = fork === undefined ? undefined : bundles.find((bundle) => bundle.fork === fork);
    if (existing) existing.flows.push(id);
    else bundles.push({ fork, flows: [id] });
  }
  return bundles;
}

/** Builds the BPMN graph of `map`. Pure; ids are stable for a given map. */
export function buildBpmnGraph(map: ProcessMap): BpmnGraph {
  const claim = uniqueIds();
  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  const defaults = new Map<string, string>();
  const bpmnIdOf = new Map<string, string>();
  const flowEntries = Object.entries(map.flows ?? {});
  const endpointIds = new Set(flowEntries.flatMap(([, flow]) => [flow.from, flow.to]));

  const addNode = (element: string, node: Omit<BpmnNode, 'id' | 'element' | 'attrs'>, kind: string, extra: Record<string, string> = {}): void => {
    const id = claim(toBpmnId(element));
    const attrs: Record<string, string> = { kind, ...extra };
    if (id !== element) attrs.id = element;
    bpmnIdOf.set(element, id);
    nodes.push({ ...node, id, element, attrs });
  };

  // 1. Flow nodes for the elements of the map.
  for (const [id, activity] of Object.entries(map.activities)) {
    addNode(id, { type: activity.expands ? 'callActivity' : 'task', name: activity.name, calledElement: activity.expands, documentation: activity.summary, lane: activity.lane }, 'activity');
  }
  for (const [id, group] of Object.entries(map.groups ?? {})) {
    if (endpointIds.has(id)) addNode(id, { type: 'task', name: group.label ?? id, documentation: group.summary, lane: undefined }, 'group');
  }
  for (const [id, initiation] of Object.entries(map.initiations ?? {})) {
    const from = initiation.kind === 'activity' ? `From ${initiation.map ? `${initiation.map}: ` : ''}${initiation.activity}` : 'From outside the process';
    const extra: Record<string, string> = initiation.kind === 'activity' ? { activity: initiation.activity, ...(initiation.map ? { map: initiation.map } : {}) } : {};
    addNode(id, { type: 'startEvent', name: initiation.text ?? from, eventDefinition: 'message', lane: undefined }, `initiation-${initiation.kind}`, { ...extra, ...(initiation.text === undefined ? { untitled: 'true' } : {}) });
  }
  for (const [id, termination] of Object.entries(map.terminations ?? {})) {
    const text = termination.kind === 'end' ? undefined : termination.text;
    const fallback = termination.kind === 'activity' ? `To ${termination.map ? `${termination.map}: ` : ''}${termination.activity}` : termination.kind === 'icon' ? (termination.icon === 'archive' ? 'Archive' : 'Document') : 'End';
    const extra: Record<string, string> = termination.kind === 'activity' ? { activity: termination.activity, ...(termination.map ? { map: termination.map } : {}) } : termination.kind === 'icon' ? { icon: termination.icon } : {};
    addNode(id, { type: 'endEvent', name: text ?? fallback, eventDefinition: termination.kind === 'activity' || termination.kind === 'label' ? 'message' : undefined, lane: undefined }, `termination-${termination.kind}`, { ...extra, ...(text === undefined ? { untitled: 'true' } : {}) });
  }
  const triggerFlows: [string, Flow][] = [];
  for (const [number, trigger] of Object.entries(map.triggers ?? {})) {
    const element = `trigger-${number}`;
    addNode(element, { type: 'startEvent', name: trigger.text, eventDefinition: 'conditional', condition: trigger.text, lane: undefined }, 'trigger', { number });
    for (const target of trigger.starts) triggerFlows.push([`${element}-${target}`, { from: element, to: target }]);
  }

  // 2. Every flow gets its sequence flow; the gateways below rewire its ends.
  const source = new Map<string, string>();
  const target = new Map<string, string>();
  const allFlows = [...flowEntries, ...triggerFlows];
  for (const [id, flow] of allFlows) {
    source.set(id, bpmnIdOf.get(flow.from) ?? toBpmnId(flow.from));
    target.set(id, bpmnIdOf.get(flow.to) ?? toBpmnId(flow.to));
  }
  const connect = (from: string, to: string): void => {
    flows.push({ id: claim(`${from}-to-${to}`), source: from, target: to, name: undefined, conditionExpression: undefined, flow: undefined, attrs: { connector: 'true' } });
  };
  const gateway = (element: string, side: 'out' | 'in', type: 'exclusiveGateway' | 'parallelGateway', fork: string | undefined, name: string | undefined): string => {
    const id = claim(`${bpmnIdOf.get(element) ?? toBpmnId(element)}-${side === 'out' ? 'split' : 'join'}${fork ? `-${toBpmnId(fork)}` : ''}`);
    nodes.push({ id, type, name, element: undefined, beside: { element, side }, lane: undefined, attrs: fork ? { fork } : {} });
    return id;
  };

  // 3. Splits: one exclusive gateway per output fork, a parallel gateway when bundles are several.
  const elementIds = new Set([...bpmnIdOf.keys()]);
  for (const element of elementIds) {
    const outgoing = allFlows.filter(([, flow]) => flow.from === element);
    const bundles = bundlesOf(outgoing, (flow) => flow.outputFork);
    const heads = bundles.map((bundle): { gateway?: string; flow?: string } => {
      if (bundle.flows.length < 2) return { flow: bundle.flows[0]! };
      const id = gateway(element, 'out', 'exclusiveGateway', bundle.fork, 'Which output?');
      for (const flowId of bundle.flows) source.set(flowId, id);
      const unconditioned = bundle.flows.filter((flowId) => map.flows?.[flowId]?.condition === undefined);
      if (unconditioned.length === 1 && unconditioned.length < bundle.flows.length) defaults.set(id, unconditioned[0]!);
      return { gateway: id };
    });
    const own = bpmnIdOf.get(element)!;
    let origin = own;
    if (heads.length >= 2) {
      origin = gateway(element, 'out', 'parallelGateway', undefined, undefined);
      connect(own, origin);
    }
    for (const head of heads) {
      if (head.gateway) connect(origin, head.gateway);
      else source.set(head.flow!, origin);
    }
  }

  // 4. Joins, symmetric; trigger lines are alternatives to the node's other inputs.
  for (const element of elementIds) {
    const incoming = allFlows.filter(([, flow]) => flow.to === element);
    const triggered = incoming.filter(([, flow]) => flow.from.startsWith('trigger-') && !map.activities[flow.from]);
    const regular = incoming.filter((entry) => !triggered.includes(entry));
    const heads = bundlesOf(regular, (flow) => flow.inputFork).map((bundle): { gateway?: string; flow?: string } => {
      if (bundle.flows.length < 2) return { flow: bundle.flows[0]! };
      const id = gateway(element, 'in', 'exclusiveGateway', bundle.fork, undefined);
      for (const flowId of bundle.flows) target.set(flowId, id);
      return { gateway: id };
    });
    const own = bpmnIdOf.get(element)!;
    let destination = own;
    if (triggered.length > 0 && heads.length > 0) {
      destination = gateway(element, 'in', 'exclusiveGateway', 'trigger', undefined);
      for (const [flowId] of triggered) target.set(flowId, destination);
      connect(destination, own);
    }
    if (heads.length >= 2) {
      const join = gateway(element, 'in', 'parallelGateway', undefined, undefined);
      connect(join, destination);
      destination = join;
    }
    for (const head of heads) {
      if (head.gateway) connect(head.gateway, destination);
      else target.set(head.flow!, destination);
    }
  }

  // 5. The sequence flows of the map's flows, ends now final.
  const gatewayTypes = new Map(nodes.map((node) => [node.id, node.type]));
  for (const [id, flow] of allFlows) {
    const from = source.get(id)!;
    const attrs: Record<string, string> = { flow: id };
    if (flow.outputs) attrs.outputs = JSON.stringify(flow.outputs);
    if (flow.condition !== undefined) attrs.condition = flow.condition;
    if (flow.inputFork !== undefined) attrs.inputFork = flow.inputFork;
    if (flow.outputFork !== undefined) attrs.outputFork = flow.outputFork;
    if (triggerFlows.some(([triggerFlow]) => triggerFlow === id)) attrs.trigger = 'true';
    const name = [flow.condition, ...(flow.outputs ?? [])].filter((part) => part !== undefined).join('\n') || undefined;
    const onExclusive = gatewayTypes.get(from) === 'exclusiveGateway';
    const bpmnId = claim(toBpmnId(id));
    if (bpmnId !== id) attrs.id = id;
    const defaultOf = [...defaults].find(([, flowId]) => flowId === id);
    if (defaultOf) defaults.set(defaultOf[0], bpmnId);
    flows.push({ id: bpmnId, source: from, target: target.get(id)!, name, conditionExpression: onExclusive ? flow.condition : undefined, flow: id, attrs });
  }
  return { nodes, flows, defaults };
}
