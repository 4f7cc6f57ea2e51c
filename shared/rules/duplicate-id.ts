import { collectionsInIdSpace } from '../model/elementKinds';
import { defineRule } from './rule';

/**
 * Activities, groups, initiations and terminations share one id space (flows name them by id alone), and
 * map ids must be unique in a workspace. Duplicate keys within one mapping are YAML errors already.
 */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  description: 'Two nodes of a map (activity, group, initiation, termination) or two maps of a workspace share an id.',
  defaultSeverity: 'error',
  check({ map, parsed, workspace, report }) {
    const seen = new Map<string, string>();
    for (const collection of collectionsInIdSpace('node')) {
      for (const id of Object.keys((map[collection] as object | undefined) ?? {})) {
        const first = seen.get(id);
        if (first) report({ message: `id "${id}" is used by ${first} and ${collection}: flows could not tell them apart`, path: [collection, id] });
        else seen.set(id, collection);
      }
    }
    const twins = workspace.maps.filter((other) => other !== parsed && other.value?.id === map.id);
    if (twins.length > 0) {
      report({ message: `map id "${map.id}" is also used by ${twins.map((twin) => twin.file).join(', ')}`, path: ['id'] });
    }
  },
});
