/**
 * Rebasing a tailored map onto a new version of its reference: the changes between the old and the
 * new reference are listed, and the ones the user accepts are carried into the tailored map through
 * the `ref` links. A change is applied only where the tailored map still has the old reference
 * content; where the organisation changed that content itself, the change is left for a person.
 */
import type { ProcessMap } from '../model/schema';
import { setAtPath, valueAtPath } from '../diff/applyDiff';
import type { MapChange } from '../diff/changeKinds';
import { diffMaps } from '../diff/diffMaps';
import { NOUN_OF } from '../model/elementKinds';
import { clonePlain, isPlainRecord, sameValue } from '../diff/sameValue';
import { projectOntoReference } from './gapReport';
import { NODE_COLLECTIONS, TRACED_COLLECTIONS, traceIndex } from './traceLinks';
import type { TracedCollection } from './traceLinks';

export type UpstreamStatus = 'applied' | 'not-accepted' | 'already-there' | 'locally-changed' | 'removed-locally' | 'not-copied';

export interface UpstreamChange {
  /** Stable id for `--accept`: the change's path in the reference, dotted (`activities.D2.name`). */
  readonly id: string;
  readonly change: MapChange;
  readonly status: UpstreamStatus;
  /** Why a change was not applied, or what still needs doing after it was. */
  readonly note?: string;
}

export interface RebaseResult {
  readonly map: ProcessMap;
  readonly upstream: readonly UpstreamChange[];
}

/** Which upstream changes to apply: all, or those whose id is listed or starts with a listed id + '.'. */
export type Acceptance = 'all' | readonly string[];

export interface NewReferenceInfo {
  readonly path?: string;
  readonly hash?: string;
}

const REBASED_SECTIONS = new Set<string>([...TRACED_COLLECTIONS, 'description']);

function isAccepted(id: string, accept: Acceptance): boolean {
  if (accept === 'all') return true;
  return accept.some((wanted) => id === wanted || id.startsWith(`${wanted}.`));
}

/** Applies the accepted upstream changes of `oldReference` → `newReference` to `tailored`. */
export function rebaseOnReference(tailored: ProcessMap, oldReference: ProcessMap, newReference: ProcessMap, accept: Acceptance, info: NewReferenceInfo = {}): RebaseResult {
  const result = clonePlain(tailored) as unknown as Record<string, unknown>;
  const diff = diffMaps(oldReference, newReference);
  const upstream: UpstreamChange[] = [];
  const deviations = tailored.deviations ?? {};

  // Reference id → tailored id, per collection, kept current as elements are added.
  const index = new Map<TracedCollection, Map<string, string>>(TRACED_COLLECTIONS.map((collection) => [collection, traceIndex(tailored, collection)]));
  const nodeId = (referenceId: string): string => {
    for (const collection of NODE_COLLECTIONS) {
      const id = index.get(collection)!.get(referenceId);
      if (id !== undefined) return id;
    }
    return referenceId;
  };
  const flowId = (referenceId: string): string => index.get('flows')!.get(referenceId) ?? referenceId;
  // Other maps the tailoring links to instead of the reference's (e.g. T → acme-T-as-is).
  const mapLinks = inferMapLinks(tailored, oldReference);
  const mapId = (id: unknown): unknown => (typeof id === 'string' ? (mapLinks.get(id) ?? id) : id);
  const referenceMapOfLink = new Map([...mapLinks].map(([referenceMap, linked]) => [linked, referenceMap]));

  /** A reference value in the tailored map's ids (nodes, flows, linked maps). */
  const translate = (collection: string, field: string | undefined, value: unknown): unknown => {
    if (value === undefined) return undefined;
    if (field === undefined) {
      if (!isPlainRecord(value)) return clonePlain(value);
      const element: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) element[key] = translate(collection, key, item);
      return element;
    }
    if (collection === 'flows' && (field === 'from' || field === 'to')) return nodeId(String(value));
    if ((collection === 'groups' && field === 'members') || (collection === 'triggers' && field === 'starts')) return (value as string[]).map(nodeId);
    if ((collection === 'initiations' || collection === 'terminations') && field === 'map') return mapId(value);
    if (collection === 'handoffs' && field === 'flows') return (value as string[]).map(flowId);
    if (collection === 'handoffs' && (field === 'sending' || field === 'receiving')) {
      return (value as Array<Record<string, unknown>>).map((party) => ({
        ...party,
        ...(party['map'] !== undefined ? { map: mapId(party['map']) } : {}),
        ...(party['map'] === undefined && typeof party['activity'] === 'string' ? { activity: nodeId(party['activity']) } : {}),
      }));
    }
    return clonePlain(value);
  };

  for (const change of diff.changes) {
    const section = String(change.path[0]);
    if (!REBASED_SECTIONS.has(section)) continue;
    const id = change.path.join('.');
    const record = (status: UpstreamStatus, note?: string): void => {
      upstream.push({ id, change, status, ...(note ? { note } : {}) });
    };
    if (!isAccepted(id, accept)) {
      const referenceId = String(change.path[1]);
      const isAbsent = section !== 'description' && !change.kind.endsWith('.added') && !index.get(section as TracedCollection)!.has(referenceId);
      const reason = deviations[referenceId];
      record('not-accepted', isAbsent ? (reason ? `not in this map: ${reason}` : `not in this map`) : undefined);
      continue;
    }
    if (section === 'description') {
      const current = valueAtPath(result, change.path);
      if (sameValue(current, change.after)) record('already-there');
      else if (!sameValue(current, change.before)) record('locally-changed', 'the tailored map words this differently; merge by hand');
      else {
        setAtPath(result, change.path, clonePlain(change.after));
        record('applied');
      }
      continue;
    }
    const collection = section as TracedCollection;
    const referenceId = String(change.path[1]);
    const noun = NOUN_OF[collection];
    const tailoredId = index.get(collection)!.get(referenceId);
    if (change.kind === `${noun}.added`) {
      if (tailoredId !== undefined) {
        record('already-there', `the tailored map already has ${tailoredId} tracing to ${referenceId}`);
        continue;
      }
      const element = translate(collection, undefined, change.after) as Record<string, unknown>;
      delete element['notes'];
      delete element['keyPeople'];
      if (collection === 'handoffs') stripCandidateActors(element);
      let newId = referenceId;
      while (Object.hasOwn((result[collection] as Record<string, unknown> | undefined) ?? {}, newId)) newId = `${newId}-upstream`;
      setAtPath(result, [collection, newId], { ...element, ref: referenceId });
      index.get(collection)!.set(referenceId, newId);
      record('applied', collection === 'activities' ? `${newId} has no lane yet: choose who performs it` : undefined);
      continue;
    }
    if (tailoredId === undefined) {
      const reason = deviations[referenceId];
      record('removed-locally', reason ? `removed on purpose: ${reason}` : `the tailored map has no element tracing to ${referenceId}`);
      continue;
    }
    if (change.kind === `${noun}.removed`) {
      setAtPath(result, [collection, tailoredId], undefined);
      record('applied', collection === 'activities' ? `check the lines and handoffs that used ${tailoredId}` : undefined);
      continue;
    }
    // A field: apply only where the tailored map still says what the old reference said.
    const projected = projectOntoReference(result as unknown as ProcessMap, oldReference, (linked) => referenceMapOfLink.get(linked) ?? linked);
    const current = valueAtPath(projected, change.path);
    const field = String(change.path[2]);
    const target = [collection, tailoredId, ...change.path.slice(2)];
    if (sameValue(current, change.after)) record('already-there');
    else if (current === undefined && change.before !== undefined && change.path.length === 3) record('not-copied', `the tailored map does not carry ${field} (tailored with --brief, or left out)`);
    else if (!sameValue(current, change.before)) record('locally-changed', `the tailored map has ${JSON.stringify(current)} here; decide by hand`);
    else {
      setAtPath(result, target, change.path.length === 3 ? translate(collection, field, change.after) : clonePlain(change.after));
      record('applied');
    }
  }
  const derivedFrom = { ...(tailored.derivedFrom ?? { map: newReference.id }) } as Record<string, unknown>;
  derivedFrom['map'] = newReference.id;
  if (info.path) derivedFrom['path'] = info.path;
  if (newReference.version) derivedFrom['version'] = newReference.version;
  else delete derivedFrom['version'];
  if (info.hash) derivedFrom['hash'] = info.hash;
  else delete derivedFrom['hash'];
  // The map now derives from the new version; what it did not take shows in its gap report.
  result['derivedFrom'] = derivedFrom;
  return { map: result as unknown as ProcessMap, upstream };
}

/** Reference map id → the map id the tailored map uses instead, read from its lines to other maps. */
function inferMapLinks(tailored: ProcessMap, reference: ProcessMap): Map<string, string> {
  const links = new Map<string, string>();
  const compare = (ours: unknown, theirs: unknown): void => {
    if (typeof ours === 'string' && typeof theirs === 'string' && ours !== theirs) links.set(theirs, ours);
  };
  for (const collection of ['initiations', 'terminations'] as const) {
    const index = traceIndex(tailored, collection);
    for (const [referenceId, element] of Object.entries(reference[collection] ?? {})) {
      const id = index.get(referenceId);
      if (id !== undefined) compare((tailored[collection]?.[id] as { map?: string } | undefined)?.map, (element as { map?: string }).map);
    }
  }
  return links;
}

function stripCandidateActors(handoff: Record<string, unknown>): void {
  for (const kind of Object.values((handoff['kinds'] as Record<string, Record<string, unknown>> | undefined) ?? {})) {
    delete kind['sendingActors'];
    delete kind['receivingActors'];
    delete kind['notes'];
  }
}
