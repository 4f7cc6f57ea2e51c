/** The wording of map changes: how values and elements are shown in a change's message. */
import type { ElementCollection } from '../model/elementKinds';
import { NOUN_OF } from '../model/elementKinds';
import type { ProcessMap } from '../model/schema';
import type { ChangeKind } from './changeKinds';
import { isPlainRecord } from './sameValue';

type Rec = Record<string, unknown>;

/** How the fields of one kind of handoff are named in messages. */
export const HANDOFF_KIND_FIELD_WORDS: Readonly<Record<string, string>> = { modes: 'mechanisms', sendingActors: 'sending actors', receivingActors: 'receiving actors' };

/** Short display of a value for messages: strings quoted, lists joined, long text cut. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(none)';
  let text: string;
  const isParty = (item: unknown): boolean => isPlainRecord(item) && Object.keys(item).every((key) => key === 'map' || key === 'activity' || key === 'text');
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (Array.isArray(value) && value.length > 0 && value.every(isParty)) {
    // Handoff parties: `T1 (map acme-T-as-is)`, or their description.
    text = `[${value
      .map((party: Record<string, unknown>) =>
        party['activity'] !== undefined ? `${String(party['activity'])}${party['map'] !== undefined ? ` in ${String(party['map'])}` : ''}` : JSON.stringify(party['text']),
      )
      .join(', ')}]`;
  }
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) text = `[${value.join(', ')}]`;
  else if (isPlainRecord(value) && Object.values(value).every((item) => Array.isArray(item) && item.every((x) => typeof x === 'string'))) {
    text = Object.entries(value)
      .map(([key, items]) => `${key}: ${(items as string[]).join(', ')}`)
      .join('; ');
  } else text = JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/** How an element is named in messages: `activity D2 "Receive Information"`. */
export function describeElement(map: ProcessMap | undefined, collection: ElementCollection, id: string, element?: unknown): string {
  const noun = NOUN_OF[collection];
  const value = (element ?? (map?.[collection] as Rec | undefined)?.[id]) as Rec | undefined;
  if (!isPlainRecord(value)) return `${noun} ${id}`;
  const title = (value['name'] ?? value['title'] ?? value['label'] ?? value['text']) as unknown;
  if (collection === 'flows') return `flow ${id} (${String(value['from'])} → ${String(value['to'])})`;
  if (collection === 'lanes') return `lane ${id} (${typeof value['label'] === 'string' ? value['label'] : `actor ${String(value['actor'])}`})`;
  if (collection === 'deviations') return `deviation for ${id}`;
  return typeof title === 'string' ? `${noun} ${id} "${title.length > 60 ? `${title.slice(0, 57)}...` : title}"` : `${noun} ${id}`;
}

/** The message of a change to one field of an element. */
export function fieldMessage(kind: ChangeKind, subject: string, field: string, before: unknown, after: unknown): string {
  switch (kind) {
    case 'activity.renamed':
    case 'lane.renamed':
    case 'phase.renamed':
      // The subject would repeat the name: `activity D2 renamed "A" → "B"` says it once.
      return `${subject.replace(/ [("].*$/, '')} renamed ${showValue(before)} → ${showValue(after)}`;
    case 'activity.moved':
      return `${subject} moved from lane ${before === undefined ? '(none)' : String(before)} to lane ${after === undefined ? '(none)' : String(after)}`;
    case 'flow.rewired':
      return `${subject} now ${field === 'from' ? 'starts at' : 'ends at'} ${String(after)} (was ${String(before)})`;
    case 'flow.condition-changed':
      return `${subject} condition ${showValue(before)} → ${showValue(after)}`;
    case 'flow.label-changed':
      return `${subject} label ${showValue(before)} → ${showValue(after)}`;
    case 'lane.actor-changed':
      return `${subject} now bound to actor ${String(after)} (was ${String(before)})`;
    default:
      if (before === undefined) return `${subject}: ${field} set to ${showValue(after)}`;
      if (after === undefined) return `${subject}: ${field} removed (was ${showValue(before)})`;
      return `${subject}: ${field} ${showValue(before)} → ${showValue(after)}`;
  }
}
