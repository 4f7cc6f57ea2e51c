/** Fix for `unreachable-activity`: start the activity from outside the process, or from a trigger. */
import { flowIdBetween, numberedId, takenNodeIds } from '../edits/ids';
import { defineFix, FixError, pathId, type FixContext } from './quickFix';

export interface AddStartOptions {
  /** `outside`: a line from outside the scope (an initiation); `trigger`: a numbered trigger note. */
  readonly kind: 'outside' | 'trigger';
  /** Initiation label or trigger text. */
  readonly text?: string;
}

function unreachableActivity(context: FixContext): string | undefined {
  const id = pathId(context.issue, 1);
  return context.issue.path[0] === 'activities' && id !== undefined && context.map.activities[id] ? id : undefined;
}

/** The next free trigger number. */
function nextTriggerKey(keys: readonly string[]): string {
  return String(keys.reduce((highest, key) => Math.max(highest, Number(key)), 0) + 1);
}

export const addStart = defineFix<AddStartOptions>({
  id: 'add-start',
  rules: ['unreachable-activity'],
  offers(context) {
    const activity = unreachableActivity(context);
    if (!activity) return [];
    return [
      { fix: 'add-start', title: `Start "${activity}" from outside the process`, options: { kind: 'outside' } },
      { fix: 'add-start', title: `Start "${activity}" with a trigger`, options: { kind: 'trigger', text: '' }, asks: ['text'] },
    ];
  },
  apply(context, options) {
    const activity = unreachableActivity(context);
    if (!activity) throw new FixError(`no activity at ${context.issue.path.join('.')}`);
    const { map } = context;
    const text = options.text?.trim();
    if (options.kind === 'trigger') {
      if (!text) throw new FixError('a trigger says what starts the activity');
      const key = nextTriggerKey(Object.keys(map.triggers ?? {}));
      return { type: 'batch', label: `Add trigger for ${activity}`, edits: [{ type: 'trigger.add', key, trigger: { text, starts: [activity] } }] };
    }
    const id = numberedId(`${activity}-start`, takenNodeIds(map));
    const flowId = flowIdBetween(map, id, activity);
    return {
      type: 'batch',
      label: `Add start before ${activity}`,
      edits: [
        { type: 'initiation.add', id, initiation: { kind: 'outside', ...(text ? { text } : {}) } },
        { type: 'flow.connect', id: flowId, flow: { from: id, to: activity } },
      ],
    };
  },
});
