import { defineRule } from './rule';

/** A lane with no activity is usually left over from an edit, or an actor who was forgotten. */
export const emptyLane = defineRule({
  id: 'empty-lane',
  description: 'A lane holds no activity.',
  defaultSeverity: 'warning',
  check({ index, report }) {
    const used = new Set<string | undefined>();
    for (const [, activity] of index.activities) used.add(activity.lane);
    for (const [id] of index.lanes) {
      if (!used.has(id)) report({ message: `lane "${id}" holds no activity`, path: ['lanes', id] });
    }
  },
});
