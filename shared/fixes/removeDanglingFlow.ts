/** Fix for `unresolved-reference` on a flow end: delete the line that leads nowhere. */
import { defineFix, FixError, pathId, type FixContext } from './quickFix';

function danglingFlow(context: FixContext): string | undefined {
  const { issue, map } = context;
  const id = pathId(issue, 1);
  const isEnd = issue.path[2] === 'from' || issue.path[2] === 'to';
  return issue.path[0] === 'flows' && isEnd && id !== undefined && map.flows?.[id] ? id : undefined;
}

export const removeDanglingFlow = defineFix<Record<string, never>>({
  id: 'remove-dangling-flow',
  rules: ['unresolved-reference'],
  offers(context) {
    const flow = danglingFlow(context);
    return flow === undefined ? [] : [{ fix: 'remove-dangling-flow', title: `Remove flow "${flow}"`, options: {} }];
  },
  apply(context) {
    const flow = danglingFlow(context);
    if (flow === undefined) throw new FixError(`no dangling flow at ${context.issue.path.join('.')}`);
    return { type: 'batch', label: `Remove flow ${flow}`, edits: [{ type: 'flow.delete', id: flow }] };
  },
});
