/**
 * The tailoring dialog's list of who can perform an activity: the catalogue's actors and the
 * reference's key people, grouped (internal / external / systems), near-duplicates merged with
 * their other spellings as aliases, and searchable by any of them.
 */
import type { Actor, ProcessMap } from '../model/schema';
import { findCatalogueActor } from './tailorMap';

type ActorKind = Actor['kind'];

export type ActorGroup = 'internal' | 'external' | 'systems';
export type ActorSource = 'catalogue' | 'key-people';

export interface ActorChoice {
  /** Stable key: `actor:<id>` for a catalogue actor, else `key:<name>` of the first spelling. */
  readonly key: string;
  /** Full display name (never cut). */
  readonly name: string;
  /** The other spellings merged into this choice. */
  readonly aliases: readonly string[];
  readonly kind: ActorKind;
  readonly group: ActorGroup;
  readonly sources: readonly ActorSource[];
  /** The catalogue actor, when the choice is one. */
  readonly actorId?: string;
}

export const ACTOR_GROUP_ORDER: readonly ActorGroup[] = ['internal', 'external', 'systems'];

const EXTERNAL_WORDS = /\b(external|vendor|supplier|isp|law enforcement|customer|constituen\w*|partner|third[- ]party)\b/i;
const SYSTEM_WORDS = /\b(system|systems|tool|tools|software|database|siem|ids|ips|server|sensor|scanner|ticketing)\b/i;

/** The group an actor kind belongs to. */
export function groupOfKind(kind: ActorKind): ActorGroup {
  return kind === 'external' ? 'external' : kind === 'technology' ? 'systems' : 'internal';
}

/** A key person's kind, from the words of the name (the reference gives no kind). */
export function kindOfName(name: string): ActorKind {
  if (EXTERNAL_WORDS.test(name)) return 'external';
  if (SYSTEM_WORDS.test(name)) return 'technology';
  return 'role';
}

/** The form two spellings of one actor share: lower case, no parenthetical, no punctuation, singular words. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}

interface Draft {
  key: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  sources: ActorSource[];
  actorId?: string;
}

/** Every choice for tailoring `reference` with `catalogue`, grouped and sorted by name within each group. */
export function actorChoices(reference: ProcessMap, catalogue: Readonly<Record<string, Actor>>): ActorChoice[] {
  const byKey = new Map<string, Draft>();
  const add = (name: string, draft: () => Draft): Draft => {
    const key = nameKey(name);
    const found = byKey.get(key);
    if (found) {
      if (found.name !== name && !found.aliases.includes(name)) found.aliases.push(name);
      return found;
    }
    const created = draft();
    byKey.set(key, created);
    return created;
  };
  // 1. Catalogue actors first: their names, kinds and ids win over key-people spellings.
  for (const [id, actor] of Object.entries(catalogue)) {
    const draft = add(actor.name, () => ({ key: `actor:${id}`, name: actor.name, aliases: [], kind: actor.kind, sources: ['catalogue'], actorId: id }));
    for (const alias of actor.aliases ?? []) {
      if (!draft.aliases.includes(alias) && alias !== draft.name) draft.aliases.push(alias);
      byKey.set(nameKey(alias), draft);
    }
  }
  // 2. Key people: one that a catalogue actor already answers to joins it; others become choices.
  for (const activity of Object.values(reference.activities)) {
    for (const person of activity.keyPeople ?? []) {
      const actorId = findCatalogueActor(catalogue, person);
      const draft = actorId ? byKey.get(nameKey(catalogue[actorId]!.name))! : add(person, () => ({ key: `key:${person}`, name: person, aliases: [], kind: kindOfName(person), sources: [] }));
      if (draft.name !== person && !draft.aliases.includes(person)) draft.aliases.push(person);
      if (!draft.sources.includes('key-people')) draft.sources.push('key-people');
      // A spelling marked external makes an unsourced key person external.
      if (!draft.actorId && kindOfName(person) === 'external') draft.kind = 'external';
    }
  }
  const unique = [...new Set(byKey.values())];
  return unique
    .map((draft): ActorChoice => ({ ...draft, group: groupOfKind(draft.kind), aliases: [...draft.aliases].sort((a, b) => a.localeCompare(b)) }))
    .sort((a, b) => ACTOR_GROUP_ORDER.indexOf(a.group) - ACTOR_GROUP_ORDER.indexOf(b.group) || a.name.localeCompare(b.name));
}

/** The choices matching `query`: every word of it found in the name or an alias (case-insensitive). */
export function searchActorChoices(choices: readonly ActorChoice[], query: string): ActorChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => {
    const haystack = [choice.name, ...choice.aliases].join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
