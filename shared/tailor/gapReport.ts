/**
 * The gap report: a tailored map benchmarked against the generic model it derives from. It lists
 * what the organisation's process lacks, adds and changes compared with the reference, and the weak
 * spots the report warns about: handoffs across organisation units without a written procedure,
 * activities nobody performs, and key roles that no lane covers.
 */
import type { Actor, ProcessMap } from '../model/schema';
import type { ChangeKind, MapChange } from '../diff/changeKinds';
import { describeElement } from '../diff/changeWording';
import { diffMaps } from '../diff/diffMaps';
import { NOUN_OF } from '../model/elementKinds';
import type { ElementCollection } from '../model/elementKinds';
import { isPlainRecord } from '../diff/sameValue';
import { actorsAvailableTo } from '../workspace/workspace';
import type { Workspace } from '../workspace/workspace';
import { withoutAcknowledged } from './gapAcknowledgements';
import { TRACED_COLLECTIONS, nodeTrace, referenceIdOf, reverseTrace } from './traceLinks';
import type { TracedCollection } from './traceLinks';

export type GapKind =
  | 'missing'
  | 'added'
  | 'changed'
  | 'handoff-without-procedure'
  | 'activity-without-actor'
  | 'uncovered-key-role';

export type GapSeverity = 'error' | 'warning' | 'info';

export interface GapItem {
  readonly kind: GapKind;
  readonly severity: GapSeverity;
  /** Which map `path` and `elementId` point into. */
  readonly side: 'tailored' | 'reference';
  readonly elementId: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** For `changed`: the process change kind (renamed, rewired, ...). */
  readonly change?: ChangeKind;
  /** For `missing`: the reason recorded under `deviations`, when there is one. */
  readonly deviation?: string;
  /** Reference element the item concerns, when it is not `elementId` itself. */
  readonly referenceId?: string;
  /** For `uncovered-key-role`: the role as the reference names it. */
  readonly role?: string;
}

export interface GapReport {
  readonly map: string;
  readonly reference: string;
  readonly items: readonly GapItem[];
}

/** Difference kinds that speak about the process structure; tailoring is expected to change the rest. */
const STRUCTURAL_CHANGES = new Set<ChangeKind>([
  'activity.renamed',
  'activity.phase-changed',
  'flow.rewired',
  'flow.condition-changed',
  'flow.label-changed',
  'flow.fork-changed',
  'trigger.changed',
  'group.members-changed',
  'handoff.parties-changed',
  'handoff.objects-changed',
  'handoff.kind-removed',
  'handoff.kind-added',
  'initiation.changed',
  'termination.changed',
]);
const ENDPOINT_FIELDS = new Set(['kind', 'map', 'activity', 'icon', 'text']);

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The tailored map seen in the reference's terms: elements keyed by the reference id they trace to,
 * and every id they mention (flow ends, group members, trigger starts, handoff flows and parties,
 * other maps) translated likewise, so that a plain diff against the reference shows real changes.
 */
export function projectOntoReference(tailored: ProcessMap, reference: ProcessMap, referenceMapIdOf: (mapId: string) => string = (id) => id): ProcessMap {
  const nodes = nodeTrace(tailored);
  const flows = reverseTrace(tailored, 'flows');
  const node = (id: string): string => nodes.get(id) ?? id;
  const mapRef = (mapId: string | undefined): string | undefined => {
    if (mapId === undefined) return undefined;
    if (mapId === tailored.id) return reference.id;
    return referenceMapIdOf(mapId);
  };
  const projected: Record<string, unknown> = {};
  for (const collection of TRACED_COLLECTIONS) {
    const record = tailored[collection] as Record<string, unknown> | undefined;
    if (!record) continue;
    const index = reverseTrace(tailored, collection);
    const out: Record<string, unknown> = {};
    for (const [id, element] of Object.entries(record)) {
      const key = index.get(id);
      if (key === undefined || !isPlainRecord(element)) continue;
      const copy: Record<string, unknown> = { ...element };
      delete copy['ref'];
      if (collection === 'flows') {
        copy['from'] = node(String(copy['from']));
        copy['to'] = node(String(copy['to']));
      } else if (collection === 'groups') copy['members'] = (copy['members'] as string[]).map(node);
      else if (collection === 'triggers') copy['starts'] = (copy['starts'] as string[]).map(node);
      else if ((collection === 'initiations' || collection === 'terminations') && copy['map'] !== undefined) {
        const mapped = mapRef(copy['map'] as string);
        if (mapped === reference.id) delete copy['map'];
        else copy['map'] = mapped;
      } else if (collection === 'handoffs') {
        if (Array.isArray(copy['flows'])) copy['flows'] = (copy['flows'] as string[]).map((flow) => flows.get(flow) ?? flow);
        for (const side of ['sending', 'receiving'] as const) {
          copy[side] = (copy[side] as Array<Record<string, unknown>>).map((party) => {
            const mapped = mapRef(party['map'] as string | undefined);
            const isLocal = party['map'] === undefined || mapped === reference.id;
            const result: Record<string, unknown> = { ...party };
            if (isLocal && typeof party['activity'] === 'string') result['activity'] = node(party['activity']);
            if (party['map'] !== undefined) {
              if (mapped === reference.id) delete result['map'];
              else result['map'] = mapped;
            }
            return result;
          });
        }
      }
      out[key] = copy;
    }
    projected[collection] = out;
  }
  return { ...reference, ...projected, activities: (projected['activities'] as ProcessMap['activities']) ?? {} } as ProcessMap;
}

/** Compares `tailored` with the reference map it derives from. */
export function gapReport(tailored: ProcessMap, reference: ProcessMap, workspace: Workspace): GapReport {
  const items: GapItem[] = [];
  const deviations = tailored.deviations ?? {};
  const referenceMapIdOf = (mapId: string): string => workspace.mapsById.get(mapId)?.value?.derivedFrom?.map ?? mapId;
  const projected = projectOntoReference(tailored, reference, referenceMapIdOf);
  const tailoredIdOf = (collection: TracedCollection, referenceId: string): string => {
    for (const [id, element] of Object.entries((tailored[collection] as Record<string, unknown> | undefined) ?? {})) {
      if (referenceIdOf(id, element) === referenceId) return id;
    }
    return referenceId;
  };

  // 1. Missing, added and changed elements, from the diff of the reference with the projection.
  const diff = diffMaps(reference, projected);
  const traced = new Set<string>(TRACED_COLLECTIONS);
  for (const change of diff.changes) {
    const collection = String(change.path[0]);
    if (!traced.has(collection)) continue;
    const tracedCollection = collection as TracedCollection;
    const referenceId = String(change.path[1]);
    const noun = NOUN_OF[tracedCollection as ElementCollection];
    if (change.kind === `${noun}.removed`) {
      const reason = deviations[referenceId];
      // Like the unrecorded-deviation rule: activities, flows, triggers and handoffs need a reason.
      const needsReason = !['initiations', 'terminations', 'groups'].includes(collection);
      items.push({
        kind: 'missing',
        severity: reason === undefined && needsReason ? 'warning' : 'info',
        side: 'reference',
        elementId: referenceId,
        path: [collection, referenceId],
        message: `${describeElement(reference, tracedCollection, referenceId)} of the reference is missing${reason === undefined ? ' (no reason recorded under deviations)' : `: ${reason}`}`,
        ...(reason === undefined ? {} : { deviation: reason }),
      });
    } else if (change.kind !== `${noun}.added` && isStructural(change)) {
      const id = tailoredIdOf(tracedCollection, referenceId);
      items.push({
        kind: 'changed',
        severity: 'info',
        side: 'tailored',
        elementId: id,
        path: [collection, id, ...change.path.slice(2)],
        change: change.kind,
        // The diff speaks in reference ids; name the element as the tailored map does.
        message: id === referenceId ? change.message : change.message.replace(`${noun} ${referenceId}`, `${noun} ${id} (reference ${referenceId})`),
        ...(id === referenceId ? {} : { referenceId }),
      });
    }
  }
  // Additions: elements that trace to nothing in the reference (or lose a tie for the same trace).
  for (const collection of TRACED_COLLECTIONS) {
    const winners = reverseTrace(tailored, collection);
    const referenceRecord = (reference[collection] as Record<string, unknown> | undefined) ?? {};
    for (const [id, element] of Object.entries((tailored[collection] as Record<string, unknown> | undefined) ?? {})) {
      const referenceId = referenceIdOf(id, element);
      const isTraced = winners.get(id) === referenceId && Object.hasOwn(referenceRecord, referenceId);
      if (isTraced) continue;
      const also = Object.hasOwn(referenceRecord, referenceId) ? ` (it also traces to ${referenceId}, which another element already follows)` : '';
      items.push({ kind: 'added', severity: 'info', side: 'tailored', elementId: id, path: [collection, id], message: `${describeElement(tailored, collection, id)} is not in the reference${also}` });
    }
  }

  // 2. Who does the work: the actors available to this map.
  const parsed = workspace.mapsById.get(tailored.id);
  const actors = new Map<string, Actor>(parsed ? actorsAvailableTo(workspace, parsed) : []);
  for (const [id, actor] of Object.entries(tailored.actors ?? {})) actors.set(id, actor);
  const lanes = tailored.lanes ?? {};
  for (const [id, activity] of Object.entries(tailored.activities)) {
    const lane = activity.lane === undefined ? undefined : lanes[activity.lane];
    const problem =
      activity.lane === undefined
        ? 'has no lane'
        : !lane
          ? `is in lane "${activity.lane}", which this map does not define`
          : !actors.has(lane.actor)
            ? `is in lane "${activity.lane}", whose actor "${lane.actor}" is not defined`
            : undefined;
    if (problem) {
      items.push({ kind: 'activity-without-actor', severity: 'error', side: 'tailored', elementId: id, path: ['activities', id], message: `${describeElement(tailored, 'activities', id)} ${problem}: nobody performs it` });
    }
  }

  // 3. Handoffs between organisation units need a written procedure.
  items.push(...unguardedHandoffs(tailored, actors, workspace));

  // 4. Key roles of the reference that no lane's actor covers (by id, name or alias).
  const laneNames: string[] = [];
  for (const [laneId, lane] of Object.entries(lanes)) {
    const actor = actors.get(lane.actor);
    laneNames.push(laneId, lane.actor, ...(lane.label ? [lane.label] : []), ...(actor ? [actor.name, ...(actor.aliases ?? [])] : []));
  }
  const kept = new Set(Object.entries(tailored.activities).map(([id, activity]) => activity.ref ?? id));
  const roles = new Map<string, string[]>();
  const firstMention = new Map<string, number>();
  for (const [id, activity] of Object.entries(reference.activities)) {
    if (!kept.has(id)) continue;
    (activity.keyPeople ?? []).forEach((person, index) => {
      const key = roles.has(person) ? person : ([...roles.keys()].find((known) => sameName(known, person)) ?? person);
      if (!roles.has(key)) firstMention.set(key, index);
      roles.set(key, [...(roles.get(key) ?? []), id]);
    });
  }
  for (const [role, activityIds] of roles) {
    if (laneNames.some((name) => sameName(name, role))) continue;
    items.push({
      kind: 'uncovered-key-role',
      severity: 'info',
      side: 'reference',
      elementId: activityIds[0]!,
      path: ['activities', activityIds[0]!, 'keyPeople', firstMention.get(role)!],
      message: `key role "${role}" (${activityIds.join(', ')}) is covered by no lane`,
      role,
    });
  }
  return { map: tailored.id, reference: reference.id, items: withoutAcknowledged(items, tailored) };
}

function isStructural(change: MapChange): boolean {
  if (!STRUCTURAL_CHANGES.has(change.kind)) return false;
  if (change.kind === 'initiation.changed' || change.kind === 'termination.changed') return ENDPOINT_FIELDS.has(String(change.path[2]));
  if (change.kind === 'trigger.changed') return change.path[2] === 'text' || change.path[2] === 'starts';
  return true;
}

/** The organisation unit an actor belongs to: itself when it is a unit, else its `unit`. */
function unitOf(actors: ReadonlyMap<string, Actor>, id: string): string | undefined {
  const actor = actors.get(id);
  if (!actor) return undefined;
  return actor.kind === 'unit' ? id : actor.unit;
}

/** Resolves a name a handoff uses for an actor (actor id, lane id, name, label, alias) to an actor id. */
function actorResolver(maps: readonly ProcessMap[], actors: ReadonlyMap<string, Actor>): (name: string) => string | undefined {
  return (name) => {
    if (actors.has(name)) return name;
    for (const map of maps) {
      for (const [laneId, lane] of Object.entries(map.lanes ?? {})) {
        if (sameName(laneId, name) || (lane.label && sameName(lane.label, name))) return lane.actor;
      }
    }
    for (const [id, actor] of actors) if (sameName(actor.name, name) || (actor.aliases ?? []).some((alias) => sameName(alias, name))) return id;
    return undefined;
  };
}

function unguardedHandoffs(map: ProcessMap, actors: Map<string, Actor>, workspace: Workspace): GapItem[] {
  const items: GapItem[] = [];
  const otherMaps: ProcessMap[] = [];
  for (const handoff of Object.values(map.handoffs ?? {})) {
    for (const party of [...handoff.sending, ...handoff.receiving]) {
      const other = party.map && party.map !== map.id ? workspace.mapsById.get(party.map) : undefined;
      if (other?.value && !otherMaps.includes(other.value)) {
        otherMaps.push(other.value);
        for (const [id, actor] of actorsAvailableTo(workspace, other)) if (!actors.has(id)) actors.set(id, actor);
      }
    }
  }
  const resolve = actorResolver([map, ...otherMaps], actors);
  const described = new Set(Object.values(map.handoffs ?? {}).flatMap((handoff) => handoff.flows ?? []));
  for (const [id, handoff] of Object.entries(map.handoffs ?? {})) {
    for (const [kindName, kind] of Object.entries(handoff.kinds ?? {})) {
      if (!kind || (kind.procedures?.length ?? 0) > 0) continue;
      const sendingUnits = new Set((kind.sendingActors ?? []).map(resolve).flatMap((actor) => (actor ? [unitOf(actors, actor)] : [])).filter((unit) => unit !== undefined));
      const receivingUnits = new Set((kind.receivingActors ?? []).map(resolve).flatMap((actor) => (actor ? [unitOf(actors, actor)] : [])).filter((unit) => unit !== undefined));
      const crossings = [...sendingUnits].flatMap((from) => [...receivingUnits].filter((to) => to !== from).map((to) => `${from} → ${to}`));
      if (crossings.length === 0) continue;
      items.push({
        kind: 'handoff-without-procedure',
        severity: 'warning',
        side: 'tailored',
        elementId: id,
        path: ['handoffs', id, 'kinds', kindName],
        message: `${describeElement(map, 'handoffs', id)} (${kindName}) crosses organisation units (${crossings.join(', ')}) without a written procedure`,
      });
    }
  }
  // Lines between lanes of different units that no handoff describes at all.
  for (const [flowId, flow] of Object.entries(map.flows ?? {})) {
    if (described.has(flowId)) continue;
    const fromLane = map.activities[flow.from]?.lane;
    const toLane = map.activities[flow.to]?.lane;
    if (fromLane === undefined || toLane === undefined || fromLane === toLane) continue;
    const fromUnit = unitOf(actors, map.lanes?.[fromLane]?.actor ?? '');
    const toUnit = unitOf(actors, map.lanes?.[toLane]?.actor ?? '');
    if (fromUnit === undefined || toUnit === undefined || fromUnit === toUnit) continue;
    items.push({
      kind: 'handoff-without-procedure',
      severity: 'warning',
      side: 'tailored',
      elementId: flowId,
      path: ['flows', flowId],
      message: `${describeElement(map, 'flows', flowId)} crosses organisation units (${fromUnit} → ${toUnit}) and no handoff describes it`,
    });
  }
  return items;
}
