import { defineRule } from './rule';

/** In a tailored (as-is or to-be) map every activity needs someone who performs it. */
export const activityWithoutLane = defineRule({
  id: 'activity-without-lane',
  description: 'An activity of an as-is or to-be map has no lane, so no actor performs it.',
  defaultSeverity: 'error',
  check({ map, index, report }) {
    if (map.kind === 'reference') return;
    for (const [id, activity] of index.activities) {
      if (activity.lane === undefined) report({ message: `activity "${id}" (${activity.name}) has no lane: say who performs it`, path: ['activities', id] });
    }
  },
});
