/**
 * Tailoring: a reference map becomes an organisation's own (as-is or to-be) map. For each activity
 * the organisation chooses who performs it — one of the reference's candidate key people or an
 * actor of its catalogue — and one lane is made per chosen actor. Every element keeps the id and a
 * `ref` to its reference element, and `derivedFrom` records which reference (version, hash) it
 * started from, so gap reports, diffs and rebases can follow the links later.
 */
import type { Actor, Handoff, HandoffKind, MapKind, ProcessMap } from '../model/schema';
import { CURRENT_FORMAT } from '../model/schema';
import { clonePlain } from '../diff/sameValue';
import { slugFromName } from '../edits/ids';

export interface TailorChoices {
  /** Id of the new map (unique in its workspace), e.g. `acme-D-as-is`. */
  readonly id: string;
  readonly kind: Exclude<MapKind, 'reference'>;
  readonly title?: string;
  /** Path of the reference file relative to the new map's file, as written into `derivedFrom.path`. */
  readonly referencePath?: string;
  /** `sha256:<hex>` of the reference file's text. */
  readonly referenceHash?: string;
  /** Activity id → who performs it: an actor id or name of the catalogue, or one of the activity's key people. */
  readonly assign: Readonly<Record<string, string>>;
  /** The folder's actor catalogue. */
  readonly catalogue?: Readonly<Record<string, Actor>>;
  /** Reference map id → tailored map id, so that lines to other maps point into the same tailoring. */
  readonly mapLinks?: Readonly<Record<string, string>>;
  /** Copy only names and structure, leaving the reference's prose (summaries, requirements, ...) behind. */
  readonly brief?: boolean;
}

export interface TailorResult {
  readonly map: ProcessMap;
  /** Reference activities nobody was chosen for: they have no lane yet. */
  readonly unassigned: readonly string[];
  /** Choices that could not be used, each naming the activity and the candidates. */
  readonly problems: readonly string[];
  /** Ids of map-local actors made from key people that the catalogue does not hold. */
  readonly createdActors: readonly string[];
}

/** An element id made from a name: `help desk staff` → `help-desk-staff`. */
export function slugId(name: string): string {
  return slugFromName(name, 'actor');
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The catalogue actor a choice names, by id, name or alias. */
export function findCatalogueActor(catalogue: Readonly<Record<string, Actor>>, choice: string): string | undefined {
  if (Object.hasOwn(catalogue, choice)) return choice;
  for (const [id, actor] of Object.entries(catalogue)) {
    if (sameName(actor.name, choice) || (actor.aliases ?? []).some((alias) => sameName(alias, choice))) return id;
  }
  return undefined;
}

/** Descriptive fields that `brief` tailoring leaves in the reference. */
const PROSE_FIELDS = ['summary', 'requirements', 'inputs', 'outputs', 'procedures', 'technology', 'other', 'mission', 'triggers', 'completion', 'policies'];

function withoutNotes<T extends object>(value: T): T {
  const copy = clonePlain(value) as T & { notes?: unknown };
  delete copy.notes;
  return copy;
}

/** The new map for `reference` with `choices` applied. */
export function tailorMap(reference: ProcessMap, choices: TailorChoices): TailorResult {
  const catalogue = choices.catalogue ?? {};
  const links = choices.mapLinks ?? {};
  const linkMap = (mapId: string | undefined): string | undefined => (mapId === undefined ? undefined : (links[mapId] ?? mapId));
  const problems: string[] = [];
  const unassigned: string[] = [];
  const localActors: Record<string, Actor> = {};
  const createdActors: string[] = [];
  const performerOf = new Map<string, string>();

  // 1. Resolve each activity's performer to an actor id (catalogue first, then a key person).
  for (const [activityId, activity] of Object.entries(reference.activities)) {
    const choice = choices.assign[activityId];
    if (choice === undefined) {
      unassigned.push(activityId);
      continue;
    }
    const fromCatalogue = findCatalogueActor(catalogue, choice);
    if (fromCatalogue) {
      performerOf.set(activityId, fromCatalogue);
      continue;
    }
    // An actor made for an earlier activity may perform this one too.
    const madeEarlier = Object.entries(localActors).find(([id, actor]) => id === choice || sameName(actor.name, choice))?.[0];
    if (madeEarlier) {
      performerOf.set(activityId, madeEarlier);
      continue;
    }
    const keyPerson = (activity.keyPeople ?? []).find((candidate) => sameName(candidate, choice));
    if (keyPerson) {
      let id = slugId(keyPerson);
      while (Object.hasOwn(localActors, id) || Object.hasOwn(catalogue, id)) id = `${id}-2`;
      localActors[id] = { name: keyPerson, kind: 'role' };
      createdActors.push(id);
      performerOf.set(activityId, id);
      continue;
    }
    const candidates = activity.keyPeople?.length ? activity.keyPeople.join('; ') : '(the reference lists none)';
    problems.push(`${activityId} (${activity.name}): "${choice}" is neither an actor of the catalogue nor a key person of ${activityId}; key people: ${candidates}`);
    unassigned.push(activityId);
  }
  for (const id of Object.keys(choices.assign)) {
    if (!Object.hasOwn(reference.activities, id)) problems.push(`${id}: the reference map ${reference.id} has no activity ${id}`);
  }

  // 2. One lane per chosen actor, top to bottom in the order the activities first use them.
  const lanes: NonNullable<ProcessMap['lanes']> = {};
  for (const actorId of performerOf.values()) if (!Object.hasOwn(lanes, actorId)) lanes[actorId] = { actor: actorId };

  // 3. Copy the elements, each with its `ref`; source notes stay with the reference.
  const prune = <T extends object>(value: T): T => (choices.brief ? omit(value, PROSE_FIELDS) : value);
  const activities: ProcessMap['activities'] = {};
  for (const [id, activity] of Object.entries(reference.activities)) {
    const copy = withoutNotes(activity);
    delete copy.keyPeople;
    delete copy.lane;
    const lane = performerOf.get(id);
    const { name, ...rest } = prune(copy);
    activities[id] = { name, ...(lane ? { lane } : {}), ...rest, ref: id };
  }
  const copyRecord = <T extends object>(record: Record<string, T> | undefined, adapt: (value: T) => T = (value) => value): Record<string, T> | undefined => {
    if (!record) return undefined;
    return Object.fromEntries(Object.entries(record).map(([id, value]) => [id, { ...adapt(prune(withoutNotes(value))), ref: id }]));
  };
  const map: ProcessMap = {
    format: CURRENT_FORMAT,
    id: choices.id,
    title: choices.title ?? `${reference.title} (${choices.kind})`,
    kind: choices.kind,
    derivedFrom: {
      map: reference.id,
      ...(choices.referencePath ? { path: choices.referencePath } : {}),
      ...(reference.version ? { version: reference.version } : {}),
      ...(choices.referenceHash ? { hash: choices.referenceHash } : {}),
    },
    ...(reference.tags ? { tags: [...reference.tags] } : {}),
    ...(Object.keys(localActors).length ? { actors: localActors } : {}),
    lanes,
    ...(reference.phases ? { phases: clonePlain(reference.phases) } : {}),
    activities,
  };
  const groups = copyRecord(reference.groups, (group) => omit(group, ['keyPeople']));
  if (groups) map.groups = groups;
  const initiations = copyRecord(reference.initiations, (initiation) => (initiation.kind === 'activity' && initiation.map ? { ...initiation, map: linkMap(initiation.map)! } : initiation));
  if (initiations) map.initiations = initiations;
  const terminations = copyRecord(reference.terminations, (termination) =>
    termination.kind === 'activity' && termination.map ? { ...termination, map: linkMap(termination.map)! } : termination,
  );
  if (terminations) map.terminations = terminations;
  const flows = reference.flows ? Object.fromEntries(Object.entries(reference.flows).map(([id, flow]) => [id, { ...withoutNotes(flow), ref: id }])) : undefined;
  if (flows) map.flows = flows;
  if (reference.triggers) {
    map.triggers = Object.fromEntries(Object.entries(reference.triggers).map(([key, trigger]) => [key, { ...withoutNotes(trigger), ref: key }]));
  }
  if (reference.description && !choices.brief) {
    const description = withoutNotes(reference.description);
    description.inputs = description.inputs?.map((input) => withoutNotes(input));
    description.outputs = description.outputs?.map((output) => withoutNotes(output));
    map.description = dropUndefined(description);
  }
  const isTechnology = (actorId: string): boolean => (localActors[actorId] ?? catalogue[actorId])?.kind === 'technology';
  const handoffs = copyRecord(reference.handoffs, (handoff) => tailorHandoff(handoff, reference, performerOf, linkMap, choices.brief === true, isTechnology));
  if (handoffs) map.handoffs = handoffs;
  return { map, unassigned, problems, createdActors };
}

/**
 * A reference handoff names candidate key people; a tailored one names the actors the organisation
 * chose: the performers of its sending and receiving activities in this map. Parties elsewhere are
 * left for the author, since their performers are chosen in that map.
 */
function tailorHandoff(
  handoff: Handoff,
  reference: ProcessMap,
  performerOf: ReadonlyMap<string, string>,
  linkMap: (id: string | undefined) => string | undefined,
  brief: boolean,
  isTechnology: (actorId: string) => boolean,
): Handoff {
  const isLocal = (party: { map?: string | undefined; activity?: string | undefined }): boolean =>
    party.activity !== undefined && (party.map === undefined || party.map === reference.id);
  const performers = (parties: Handoff['sending']): string[] => [
    ...new Set(parties.filter(isLocal).flatMap((party) => (performerOf.has(party.activity!) ? [performerOf.get(party.activity!)!] : []))),
  ];
  const sending = performers(handoff.sending);
  const receiving = performers(handoff.receiving);
  const relink = (parties: Handoff['sending']): Handoff['sending'] =>
    parties.map((party) => (party.map !== undefined && party.map !== reference.id ? { ...party, map: linkMap(party.map)! } : { ...party }));
  const kinds: NonNullable<Handoff['kinds']> = {};
  for (const [name, kind] of Object.entries(handoff.kinds ?? {}) as Array<[keyof NonNullable<Handoff['kinds']>, HandoffKind]>) {
    const tailored: HandoffKind = omit(withoutNotes(kind), ['sendingActors', 'receivingActors', ...(brief ? ['requirements', 'procedures', 'other'] : [])]);
    // A kind's sender (receiver) is a technology or a person: only performers of that nature fit.
    const [senderNature, receiverNature] = name.split('-to-') as ['person' | 'technology', 'person' | 'technology'];
    const fitting = (actors: string[], nature: 'person' | 'technology'): string[] => actors.filter((actor) => isTechnology(actor) === (nature === 'technology'));
    const kindSending = fitting(sending, senderNature);
    const kindReceiving = fitting(receiving, receiverNature);
    kinds[name] = {
      ...(tailored.requirements ? { requirements: tailored.requirements } : {}),
      ...(tailored.procedures ? { procedures: tailored.procedures } : {}),
      ...(kindSending.length ? { sendingActors: kindSending } : {}),
      ...(kindReceiving.length ? { receivingActors: kindReceiving } : {}),
      ...omit(tailored, ['requirements', 'procedures']),
    };
  }
  return {
    ...handoff,
    sending: relink(handoff.sending),
    receiving: relink(handoff.receiving),
    ...(handoff.kinds ? { kinds } : {}),
  };
}

function omit<T extends object, K extends string>(value: T, keys: readonly K[]): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const key of keys) delete copy[key];
  return copy as T;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
