/**
 * Collects the elements of one imported map: claims ids (BPMN ids kept where they are valid map
 * ids), reads the `swl:*` attributes our own export writes, and lists every attribute it does not
 * carry over. Used only by `importBpmn`.
 */
import type { ModdleElement } from 'bpmn-moddle';
import type { Activity, Flow, Group, Initiation, MapKind, ProcessMap, Termination } from '../model/schema';
import { isElementId, SWIMLANE_PREFIX, toElementId, uniqueIds } from './bpmnIds';
import type { BpmnLoss } from './importBpmn';
import type { BpmnPath } from './bpmnPaths';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Box = { x: number; y: number; width: number; height: number };

const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);
const swl = (element: ModdleElement | undefined, key: string): string | undefined => element?.$attrs?.[`${SWIMLANE_PREFIX}:${key}`];
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.slice(0, 500) : undefined);
const docOf = (element: ModdleElement): string | undefined => text(list(element.documentation).map((doc) => doc.text).filter(Boolean).join('\n\n'));
const typeName = (element: ModdleElement): string => element.$type.replace(/^bpmn:/, '');

/** Properties every flow node reader handles. */
const COMMON = ['id', 'name', 'documentation', 'incoming', 'outgoing', 'lanes', 'default'];

export class MapBuilder {
  readonly map: Mutable<ProcessMap> = { format: 'swimlane/1', id: 'imported', title: 'Imported', kind: 'as-is', lanes: {}, activities: {} };
  private readonly claimId = uniqueIds();
  private readonly claimLaneId = uniqueIds();
  private readonly elements = new Map<string, ModdleElement>();
  private readonly own: BpmnLoss[] = [];
  private readonly triggerOf = new Map<string, string>();
  private readonly groupTasks = new Map<string, string>();
  private readonly dataUsed = new Set<ModdleElement>();
  private readonly dataSeen: ModdleElement[] = [];
  private readonly annotations: ModdleElement[] = [];
  private readonly groupLane = new Map<string, string | undefined>();

  constructor(private readonly all: BpmnLoss[]) {}

  /** Records that `element` (or its `what`) is not carried over. */
  lose(element: ModdleElement, message: string): void {
    const loss = { id: text(element.id) ?? typeName(element), message: `${typeName(element)}: ${message}` };
    this.own.push(loss);
    this.all.push(loss);
  }

  /** Lists the properties and foreign attributes of `element` outside `handled`. */
  private check(element: ModdleElement, handled: readonly string[]): void {
    for (const key of Object.keys(element)) {
      if (key.startsWith('$') || COMMON.includes(key) || handled.includes(key)) continue;
      const value = element[key];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      this.lose(element, `${key} is not carried over`);
    }
    for (const key of Object.keys(element.$attrs ?? {})) {
      if (!key.startsWith(`${SWIMLANE_PREFIX}:`) && !key.startsWith('xmlns')) this.lose(element, `attribute ${key} is not carried over`);
    }
  }

  /** A map id for a BPMN element: our export's original id, else the BPMN id, sanitised if need be. */
  claim(bpmnId: string, element?: ModdleElement): string {
    const wanted = swl(element, 'id') ?? bpmnId;
    const id = this.claimId(toElementId(wanted));
    if (element) this.elements.set(id, element);
    return id;
  }

  private original(element: ModdleElement, id: string): { notes?: string[] } {
    const bpmnId = swl(element, 'id') ?? (element.id as string);
    return bpmnId === id || isElementId(bpmnId) ? {} : { notes: [`BPMN id: ${bpmnId}`] };
  }

  /** Lanes have an id space of their own in the map (a lane and an activity may share an id). */
  claimLane(element: ModdleElement): string {
    return this.claimLaneId(toElementId(swl(element, 'id') ?? (element.id as string)));
  }

  elementOf(id: string): ModdleElement | undefined {
    return this.elements.get(id);
  }

  addActivity(element: ModdleElement, lane: string | undefined, isGroupTask: boolean): string {
    const id = this.claim(element.id as string, element);
    if (isGroupTask) {
      this.groupTasks.set(swl(element, 'id') ?? (element.id as string), id);
      return id;
    }
    const activity: Mutable<Activity> = { name: text(element.name) ?? (element.id as string), ...(lane ? { lane } : {}) };
    const calledElement = text(element.calledElement);
    if (calledElement) activity.expands = toElementId(calledElement);
    const summary = docOf(element);
    if (summary) activity.summary = summary;
    if (!swl(element, 'kind') && element.$type !== 'bpmn:Task') activity.tags = [typeName(element)];
    const inputs = list(element.dataInputAssociations).flatMap((association) => list(association.sourceRef));
    const outputs = list(element.dataOutputAssociations).map((association) => association.targetRef as ModdleElement | undefined).filter((ref): ref is ModdleElement => ref !== undefined);
    for (const data of [...inputs, ...outputs]) this.dataUsed.add(data);
    const dataName = (data: ModdleElement): string => text(data.name) ?? text((data.dataObjectRef as ModdleElement | undefined)?.name) ?? (data.id as string);
    if (inputs.length) activity.inputs = inputs.map(dataName);
    if (outputs.length) activity.outputs = outputs.map(dataName);
    Object.assign(activity, this.original(element, id));
    this.check(element, ['calledElement', 'dataInputAssociations', 'dataOutputAssociations', 'flowElements', 'artifacts', 'isForCompensation', 'startQuantity', 'completionQuantity']);
    this.map.activities[id] = activity;
    return id;
  }

  addGroup(element: ModdleElement, lane: string | undefined): string {
    const id = this.claim(element.id as string, element);
    this.groupLane.set(id, lane);
    const group: Mutable<Group> = { label: text(element.name) ?? (element.id as string), members: [] };
    const summary = docOf(element);
    if (summary) group.summary = summary;
    this.check(element, ['flowElements', 'artifacts', 'triggeredByEvent', 'laneSets']);
    if (element.triggeredByEvent) this.lose(element, 'an event sub-process is carried as a plain group');
    this.map.groups = { ...this.map.groups, [id]: group };
    return id;
  }

  addMember(group: string, member: string): void {
    (this.map.groups![group]!.members as string[]).push(member);
  }

  /** Nested sub-processes: the outer group holds the inner group's activities too. */
  nestGroup(inner: string, outer: string | undefined): void {
    if (outer) for (const member of this.map.groups![inner]!.members) this.addMember(outer, member);
  }

  addInitiation(element: ModdleElement): string {
    const id = this.claim(element.id as string, element);
    const kind = swl(element, 'kind');
    const name = swl(element, 'untitled') ? undefined : text(element.name);
    const initiation: Initiation =
      kind === 'initiation-activity' && swl(element, 'activity')
        ? { kind: 'activity', ...(swl(element, 'map') ? { map: swl(element, 'map')! } : {}), activity: swl(element, 'activity')!, ...(name ? { text: name } : {}) }
        : kind === 'initiation-any' && name
          ? { kind: 'any', text: name }
          : { kind: 'outside', ...(name ? { text: name } : {}), ...this.original(element, id) };
    if (!kind) for (const definition of list(element.eventDefinitions)) this.lose(element, `${typeName(definition)} of the start event is not carried over (the start is)`);
    this.check(element, ['eventDefinitions', 'isInterrupting', 'parallelMultiple']);
    this.map.initiations = { ...this.map.initiations, [id]: initiation };
    return id;
  }

  addTermination(element: ModdleElement): string {
    const id = this.claim(element.id as string, element);
    const kind = swl(element, 'kind');
    const name = swl(element, 'untitled') ? undefined : text(element.name);
    const icon = swl(element, 'icon');
    const termination: Termination =
      kind === 'termination-activity' && swl(element, 'activity')
        ? { kind: 'activity', ...(swl(element, 'map') ? { map: swl(element, 'map')! } : {}), activity: swl(element, 'activity')!, ...(name ? { text: name } : {}) }
        : kind === 'termination-icon' && (icon === 'archive' || icon === 'document')
          ? { kind: 'icon', icon, ...(name ? { text: name } : {}) }
          : name && kind !== 'termination-end'
            ? { kind: 'label', text: name }
            : { kind: 'end', ...this.original(element, id) };
    if (!kind) for (const definition of list(element.eventDefinitions)) this.lose(element, `${typeName(definition)} of the end event is not carried over (the end is)`);
    this.check(element, ['eventDefinitions']);
    this.map.terminations = { ...this.map.terminations, [id]: termination };
    return id;
  }

  /** A line start for a message from a whole pool (a black box). */
  addPoolInitiation(participant: ModdleElement): string {
    const id = this.claim(`from-${participant.id as string}`);
    this.map.initiations = { ...this.map.initiations, [id]: { kind: 'any', text: `From ${text(participant.name) ?? (participant.id as string)}` } };
    return id;
  }

  addPoolTermination(participant: ModdleElement): string {
    const id = this.claim(`to-${participant.id as string}`);
    this.map.terminations = { ...this.map.terminations, [id]: { kind: 'label', text: `To ${text(participant.name) ?? (participant.id as string)}` } };
    return id;
  }

  /** A conditional start event of our own export: a numbered trigger note. */
  addTrigger(element: ModdleElement): string {
    const number = swl(element, 'number') ?? String(Object.keys(this.map.triggers ?? {}).length + 1);
    const key = `trigger:${number}`;
    this.map.triggers = { ...this.map.triggers, [number]: { text: text(element.name) ?? `Trigger ${number}`, starts: [] } };
    this.triggerOf.set(key, number);
    return key;
  }

  isTrigger(id: string): boolean {
    return this.triggerOf.has(id);
  }

  triggerStarts(trigger: string, activity: string): void {
    const number = this.triggerOf.get(trigger);
    if (number === undefined || !this.map.activities[activity]) return;
    (this.map.triggers![number]!.starts as string[]).push(activity);
  }

  /** Intermediate catch events become trigger notes on the activities they lead to. */
  noteTrigger(node: ModdleElement, paths: readonly BpmnPath[]): void {
    if (/Gateway$/.test(node.$type)) {
      this.check(node, ['gatewayDirection', 'eventGatewayType', 'instantiate', 'activationCondition']);
      return;
    }
    const starts = [...new Set(paths.filter((path) => path.through.includes(node)).map((path) => this.idOf(path.to)))].filter((id): id is string => id !== undefined && this.map.activities[id] !== undefined);
    if (node.$type === 'bpmn:IntermediateCatchEvent' && starts.length > 0) {
      const number = String(Object.keys(this.map.triggers ?? {}).length + 1);
      const definition = list(node.eventDefinitions)[0];
      this.map.triggers = { ...this.map.triggers, [number]: { text: text(node.name) ?? `${definition ? typeName(definition) : 'Event'} ${node.id as string}`, starts, ref: node.id as string } };
    } else this.lose(node, 'carried only as a point its line passes through');
  }

  private idOf(element: ModdleElement): string | undefined {
    for (const [id, candidate] of this.elements) if (candidate === element) return id;
    return undefined;
  }

  /** Flow elements that are neither nodes nor lines: data references are kept if associated. */
  addArtifactLike(element: ModdleElement): void {
    if (element.$type === 'bpmn:DataObjectReference' || element.$type === 'bpmn:DataStoreReference') this.dataSeen.push(element);
    else if (element.$type !== 'bpmn:DataObject') this.lose(element, 'not carried over');
  }

  addFlow(wanted: string, flow: Flow, carrier: ModdleElement | undefined): string {
    const id = this.claim(wanted);
    const extra = carrier ? this.original(carrier, id) : {};
    this.map.flows = { ...this.map.flows, [id]: { ...flow, ...extra } };
    if (carrier && carrier.$type === 'bpmn:SequenceFlow') this.check(carrier, ['sourceRef', 'targetRef', 'conditionExpression', 'isImmediate']);
    return id;
  }

  /** Text annotations become notes (of the element they are associated with); groups become groups. */
  addArtifact(artifact: ModdleElement, bounds: ReadonlyMap<ModdleElement, Box>, endpoint: ReadonlyMap<ModdleElement, string>): void {
    if (artifact.$type === 'bpmn:Association') {
      const [annotation, target] = [artifact.sourceRef, artifact.targetRef].map((ref) => ref as ModdleElement | undefined);
      const note = [annotation, target].find((ref) => ref?.$type === 'bpmn:TextAnnotation');
      const other = note === annotation ? target : annotation;
      const id = other ? endpoint.get(other) : undefined;
      const owner = id ? (this.map.activities[id] ?? this.map.groups?.[id]) : undefined;
      if (note && owner && text(note.text)) owner.notes = [...(owner.notes ?? []), text(note.text)!];
      else if (note && text(note.text)) this.map.notes = [...(this.map.notes ?? []), text(note.text)!];
      if (note) note.$attrs[`${SWIMLANE_PREFIX}:carried`] = 'true';
      return;
    }
    if (artifact.$type === 'bpmn:TextAnnotation') {
      // Unassociated annotations are map notes; associated ones are carried by their association.
      this.annotations.push(artifact);
      return;
    }
    if (artifact.$type === 'bpmn:Group') {
      const ours = swl(artifact, 'group');
      const label = text((artifact.categoryValueRef as ModdleElement | undefined)?.value) ?? (artifact.id as string);
      const box = bounds.get(artifact);
      const members = ours
        ? (JSON.parse(swl(artifact, 'members') ?? '[]') as string[])
        : box
          ? [...endpoint].filter(([element, id]) => {
              const inner = bounds.get(element);
              return this.map.activities[id] && inner && inner.x >= box.x && inner.y >= box.y && inner.x + inner.width <= box.x + box.width && inner.y + inner.height <= box.y + box.height;
            }).map(([, id]) => id)
          : [];
      if (members.length === 0) {
        this.lose(artifact, 'a group with no activity inside is not carried over');
        return;
      }
      const id = ours ? (this.groupTasks.get(ours) ?? this.claim(ours)) : this.claim(artifact.id as string, artifact);
      this.map.groups = { ...this.map.groups, [id]: { label, members } };
      return;
    }
    this.lose(artifact, 'not carried over');
  }

  /** The finished map: empty sections dropped, the import report added as notes. */
  finish(kind: MapKind | undefined): ProcessMap {
    for (const annotation of this.annotations) if (!swl(annotation, 'carried') && text(annotation.text)) this.map.notes = [...(this.map.notes ?? []), text(annotation.text)!];
    for (const data of this.dataSeen) if (!this.dataUsed.has(data)) this.lose(data, 'a data object or store on no association of an activity is not carried over');
    const map = this.map;
    if (kind) map.kind = kind;
    // A sub-process holding only events has no activity to group: it stays one activity.
    for (const [id, group] of Object.entries(map.groups ?? {})) {
      if (group.members.length > 0) continue;
      delete map.groups![id];
      const lane = this.groupLane.get(id);
      map.activities[id] = { name: group.label ?? id, ...(lane ? { lane } : {}), ...(group.summary ? { summary: group.summary } : {}) };
      this.lose(this.elements.get(id)!, 'the events inside this sub-process are not carried over (it is one activity)');
    }
    if (this.own.length > 0) map.notes = [...(map.notes ?? []), `Imported from BPMN; ${this.own.length} element(s) or attribute(s) not carried over are listed in the notes that follow.`, ...this.own.map((loss) => `Not carried over: ${loss.id}: ${loss.message}`)];
    for (const key of ['lanes', 'groups', 'initiations', 'terminations', 'flows', 'triggers', 'handoffs'] as const) {
      const section = map[key] as Record<string, unknown> | undefined;
      if (section && Object.keys(section).length === 0) delete map[key];
    }
    const { format, id, title, kind: mapKind, ...rest } = map;
    return { format, id, title, kind: mapKind, ...rest };
  }
}
