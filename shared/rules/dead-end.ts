import { defineRule } from './rule';

/** Every activity hands its output somewhere: another activity or an explicit termination. */
export const deadEnd = defineRule({
  id: 'dead-end',
  description: 'An activity has no outgoing flow or termination, so its output goes nowhere.',
  defaultSeverity: 'error',
  check({ index, report }) {
    const hasOutput = new Set<string>();
    for (const [, flow] of index.flows) hasOutput.add(flow.from);
    // Lines leaving a coordination box carry the output of the activities inside it.
    for (const [groupId, group] of index.groups) {
      if (hasOutput.has(groupId)) for (const member of group.members) hasOutput.add(member);
    }
    for (const [id, activity] of index.activities) {
      // An activity that expands into another map ends where that map ends.
      if (activity.expands !== undefined) continue;
      if (!hasOutput.has(id)) report({ message: `activity "${id}" (${activity.name}) is a dead end: add a flow or a termination`, path: ['activities', id] });
    }
  },
});
