import { defineRule } from './rule';

/** A lane with no activity is usually left over from an edit, or an actor who was forgotten. */
export const emptyLane = defineRule({
  id: 'empty-lane',
  description: 'A lane holds no activity.',
  defaultSeverity: 'warning',
  check({ map, report }) {
    const used = new Set(Object.values(map.activities).map((activity) => activity.lane));
    for (const id of Object.keys(map.lanes ?? {})) {
      if (!used.has(id)) report({ message: `lane "${id}" holds no activity`, path: ['lanes', id] });
    }
  },
});
