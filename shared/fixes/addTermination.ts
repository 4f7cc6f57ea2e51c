/** Fix for `dead-end`: end the activity's line at a new termination. */
import { flowIdBetween, numberedId, takenNodeIds } from '../edits/ids';
import type { Termination } from '../model/schema';
import { defineFix, FixError, pathId, type FixContext } from './quickFix';

export interface AddTerminationOptions {
  /** `end`: no symbol; `label`: a text such as "To stakeholders"; `archive`/`document`: that icon. */
  readonly kind: 'end' | 'label' | 'archive' | 'document';
  /** The label's text (required for `label`, optional beside an icon). */
  readonly text?: string;
}

function deadEndActivity(context: FixContext): string | undefined {
  const id = pathId(context.issue, 1);
  return context.issue.path[0] === 'activities' && id !== undefined && context.map.activities[id] ? id : undefined;
}

function terminationOf(options: AddTerminationOptions): Termination {
  const text = options.text?.trim();
  if (options.kind === 'end') return { kind: 'end' };
  if (options.kind === 'label') {
    if (!text) throw new FixError('a label termination needs its text, e.g. "To stakeholders"');
    return { kind: 'label', text };
  }
  return { kind: 'icon', icon: options.kind, ...(text ? { text } : {}) };
}

export const addTermination = defineFix<AddTerminationOptions>({
  id: 'add-termination',
  rules: ['dead-end'],
  offers(context) {
    const activity = deadEndActivity(context);
    if (!activity) return [];
    return [
      { fix: 'add-termination', title: `End "${activity}" here (termination)`, options: { kind: 'end' } },
      { fix: 'add-termination', title: `End "${activity}" in the archive`, options: { kind: 'archive' } },
    ];
  },
  apply(context, options) {
    const activity = deadEndActivity(context);
    if (!activity) throw new FixError(`no activity at ${context.issue.path.join('.')}`);
    const { map } = context;
    const id = numberedId(`${activity}-end`, takenNodeIds(map));
    const flowId = flowIdBetween(map, activity, id);
    return {
      type: 'batch',
      label: `Add termination after ${activity}`,
      edits: [
        { type: 'termination.add', id, termination: terminationOf(options) },
        { type: 'flow.connect', id: flowId, flow: { from: activity, to: id } },
      ],
    };
  },
});
