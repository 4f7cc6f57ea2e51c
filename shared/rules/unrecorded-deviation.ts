import type { ProcessMap } from '../model/schema';
import { referenceMapOf } from '../workspace/workspace';
import { defineRule } from './rule';

/** Ids in `tailored` that trace to each reference id: an explicit `ref`, else the same id. */
function traceIndex(entries: Record<string, { ref?: string | undefined }> | undefined): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, element] of Object.entries(entries ?? {})) index.set(element.ref ?? id, id);
  return index;
}

/**
 * Tailoring is deliberate: a tailored map that drops or renames an element of its reference says
 * why in `deviations`, so a reviewer can tell a decision from an accident.
 */
export const unrecordedDeviation = defineRule({
  id: 'unrecorded-deviation',
  description: 'A tailored map removes or renames an element of its reference map without recording why in `deviations`.',
  defaultSeverity: 'warning',
  check({ map, parsed, workspace, report }) {
    const reference = referenceMapOf(workspace, parsed)?.value;
    if (!reference) return;
    const deviations = map.deviations ?? {};
    const explained = (id: string): boolean => Object.hasOwn(deviations, id);
    const collections: Array<[keyof ProcessMap & ('activities' | 'flows' | 'triggers' | 'handoffs'), string]> = [
      ['activities', 'activity'],
      ['flows', 'flow'],
      ['triggers', 'trigger'],
      ['handoffs', 'handoff'],
    ];
    for (const [collection, noun] of collections) {
      const tailored = traceIndex(map[collection] as Record<string, { ref?: string }> | undefined);
      for (const referenceId of Object.keys((reference[collection] as Record<string, unknown> | undefined) ?? {})) {
        if (tailored.has(referenceId) || explained(referenceId)) continue;
        report({
          message: `reference ${noun} "${referenceId}" of map "${reference.id}" is missing: record why under deviations.${referenceId}`,
          path: map.deviations ? ['deviations'] : ['derivedFrom'],
          elementId: referenceId,
        });
      }
    }
    const tailoredActivities = traceIndex(map.activities);
    for (const [referenceId, referenceActivity] of Object.entries(reference.activities)) {
      const id = tailoredActivities.get(referenceId);
      const activity = id ? map.activities[id] : undefined;
      if (activity && activity.name !== referenceActivity.name && !explained(referenceId)) {
        report({
          message: `activity "${id}" renames reference activity "${referenceId}" ("${referenceActivity.name}" → "${activity.name}"): record why under deviations.${referenceId}`,
          path: ['activities', id!, 'name'],
        });
      }
    }
  },
});
