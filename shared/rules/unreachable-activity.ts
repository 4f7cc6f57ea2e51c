import { defineRule } from './rule';

/** Work only starts from a trigger, an initiation or an incoming line. */
export const unreachableActivity = defineRule({
  id: 'unreachable-activity',
  description: 'An activity has no trigger, initiation or incoming flow, so nothing ever starts it.',
  defaultSeverity: 'error',
  check({ map, index, report }) {
    const started = new Set<string>();
    for (const [, flow] of index.flows) {
      started.add(flow.to);
      // A line into a coordination box reaches the activities inside it.
      for (const member of map.groups?.[flow.to]?.members ?? []) started.add(member);
    }
    for (const [, trigger] of index.triggers) for (const id of trigger.starts) started.add(id);
    for (const [id, activity] of index.activities) {
      if (!started.has(id)) report({ message: `activity "${id}" (${activity.name}) is unreachable: no trigger, initiation or flow leads to it`, path: ['activities', id] });
    }
  },
});
