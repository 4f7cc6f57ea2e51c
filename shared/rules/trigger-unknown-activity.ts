import { defineRule } from './rule';

/** A trigger note points at the activities it starts; each must exist. */
export const triggerUnknownActivity = defineRule({
  id: 'trigger-unknown-activity',
  description: 'A numbered trigger names an activity this map does not define.',
  defaultSeverity: 'error',
  check({ map, index, report }) {
    for (const [number, trigger] of index.triggers) {
      trigger.starts.forEach((id, index) => {
        if (!map.activities[id]) report({ message: `trigger ${number} starts "${id}", which is no activity of this map`, path: ['triggers', number, 'starts', index], elementId: number });
      });
    }
  },
});
