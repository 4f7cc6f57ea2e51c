/** Fix for an id that names nothing: replace it with the nearest id that does ("did you mean"). */
import type { Edit } from '../edits/edit';
import { nearestIds } from '../text/editDistance';
import { defineFix, FixError, pathId, type FixContext } from './quickFix';

export interface DidYouMeanOptions {
  readonly replacement: string;
}

/** Where a mistyped id sits: the id it holds, the ids it could mean, and the edit that replaces it. */
interface IdSlot {
  readonly wanted: string;
  readonly known: () => Iterable<string>;
  readonly replace: (replacement: string) => Edit;
}

const keys = (...records: Array<object | undefined>): string[] => records.flatMap((record) => Object.keys(record ?? {}));

function replacedAt(list: readonly string[], index: number, value: string): string[] {
  return list.map((item, at) => (at === index ? value : item));
}

/** The slot the finding's path names, for each reference the rules check. */
function slotOf(context: FixContext): IdSlot | undefined {
  const { map, issue, actors } = context;
  const [collection, , field, position] = issue.path;
  const id = pathId(issue, 1);
  if (id === undefined) return undefined;
  const index = typeof position === 'number' ? position : -1;
  switch (`${String(collection)}.${String(field)}`) {
    case 'flows.from':
    case 'flows.to': {
      const flow = map.flows?.[id];
      if (!flow) return undefined;
      const end = field as 'from' | 'to';
      const ends = end === 'from' ? map.initiations : map.terminations;
      return { wanted: flow[end], known: () => keys(map.activities, map.groups, ends), replace: (value) => ({ type: 'flow.update', id, changes: { [end]: value } }) };
    }
    case 'activities.lane':
    case 'activities.phase': {
      const activity = map.activities[id];
      const key = field as 'lane' | 'phase';
      const wanted = activity?.[key];
      if (wanted === undefined) return undefined;
      return { wanted, known: () => keys(key === 'lane' ? map.lanes : map.phases), replace: (value) => ({ type: 'activity.update', id, changes: { [key]: value } }) };
    }
    case 'handoffs.flows': {
      const flows = map.handoffs?.[id]?.flows;
      const wanted = flows?.[index];
      if (!flows || wanted === undefined) return undefined;
      return { wanted, known: () => keys(map.flows), replace: (value) => ({ type: 'handoff.update', id, changes: { flows: replacedAt(flows, index, value) } }) };
    }
    case 'lanes.actor': {
      const lane = map.lanes?.[id];
      if (!lane) return undefined;
      return { wanted: lane.actor, known: () => actors.keys(), replace: (value) => ({ type: 'lane.update', id, changes: { actor: value } }) };
    }
    case 'actors.unit': {
      const unit = map.actors?.[id]?.unit;
      if (unit === undefined) return undefined;
      const units = [...actors].filter(([, actor]) => actor.kind === 'unit').map(([actorId]) => actorId);
      return { wanted: unit, known: () => units, replace: (value) => ({ type: 'actor.update', id, changes: { unit: value } }) };
    }
    case 'triggers.starts': {
      const starts = map.triggers?.[id]?.starts;
      const wanted = starts?.[index];
      if (!starts || wanted === undefined) return undefined;
      return { wanted, known: () => keys(map.activities), replace: (value) => ({ type: 'trigger.update', key: id, changes: { starts: replacedAt(starts, index, value) } }) };
    }
    case 'groups.members': {
      const members = map.groups?.[id]?.members;
      const wanted = members?.[index];
      if (!members || wanted === undefined) return undefined;
      return { wanted, known: () => keys(map.activities), replace: (value) => ({ type: 'group.update', id, changes: { members: replacedAt(members, index, value) } }) };
    }
    default:
      return undefined;
  }
}

export const didYouMean = defineFix<DidYouMeanOptions>({
  id: 'did-you-mean',
  rules: ['unresolved-reference', 'unknown-actor', 'trigger-unknown-activity', 'group-member-unknown'],
  offers(context) {
    const slot = slotOf(context);
    if (!slot) return [];
    return nearestIds(slot.wanted, slot.known()).map((replacement) => ({ fix: 'did-you-mean', title: `Did you mean "${replacement}"?`, options: { replacement } }));
  },
  apply(context, options) {
    const slot = slotOf(context);
    if (!slot) throw new FixError(`no id to replace at ${context.issue.path.join('.')}`);
    if (![...slot.known()].includes(options.replacement)) throw new FixError(`"${options.replacement}" names nothing that fits at ${context.issue.path.join('.')}`);
    return { type: 'batch', label: `Replace "${slot.wanted}" with "${options.replacement}"`, edits: [slot.replace(options.replacement)] };
  },
});
