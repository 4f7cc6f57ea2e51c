import { defineRule } from './rule';

/**
 * RACI asks for one accountable actor per activity. Many maps do not record roles at all, so the
 * rule is off until a team turns it on in `swimlane.config.yaml`.
 */
export const activityWithoutAccountable = defineRule({
  id: 'activity-without-accountable',
  description: 'An activity names no accountable actor (RACI "A"), so no one is recorded as signing its outcome off. Off by default.',
  defaultSeverity: 'off',
  check({ index, report }) {
    for (const [id, activity] of index.activities) {
      if ((activity.accountable ?? []).length === 0) report({ message: `activity "${id}" (${activity.name}) has no accountable actor`, path: ['activities', id] });
    }
  },
});
