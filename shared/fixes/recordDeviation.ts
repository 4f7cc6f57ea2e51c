/** Fix for `unrecorded-deviation`: write why the tailored map departs from its reference. */
import { defineFix, FixError, pathId, type FixContext } from './quickFix';

export interface RecordDeviationOptions {
  /** Why the element was removed or changed (at least 3 characters, as the schema asks). */
  readonly reason: string;
}

/** The reference id the deviation is recorded under: a renamed activity's trace, else the missing element. */
function referenceIdOf(context: FixContext): string | undefined {
  const { map, issue } = context;
  if (issue.path[0] === 'activities') {
    const id = pathId(issue, 1);
    const activity = id === undefined ? undefined : map.activities[id];
    return activity ? (activity.ref ?? id) : undefined;
  }
  return issue.elementId;
}

export const recordDeviation = defineFix<RecordDeviationOptions>({
  id: 'record-deviation',
  rules: ['unrecorded-deviation'],
  offers(context) {
    const referenceId = referenceIdOf(context);
    if (referenceId === undefined) return [];
    return [{ fix: 'record-deviation', title: `Record why this map departs from reference "${referenceId}"`, options: { reason: '' }, asks: ['reason'] }];
  },
  apply(context, options) {
    const referenceId = referenceIdOf(context);
    if (referenceId === undefined) throw new FixError(`no reference element named at ${context.issue.path.join('.')}`);
    const reason = options.reason.trim();
    if (reason.length < 3) throw new FixError('say why in a few words (at least 3 characters)');
    const deviations = { ...(context.map.deviations ?? {}), [referenceId]: reason };
    return { type: 'batch', label: `Record deviation ${referenceId}`, edits: [{ type: 'map.update', changes: { deviations } }] };
  },
});
