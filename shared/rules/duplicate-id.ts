import { defineRule } from './rule';

/**
 * Activities, initiations and terminations share one id space (flows name them by id alone), and
 * map ids must be unique in a workspace. Duplicate keys within one mapping are YAML errors already.
 */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  description: 'Two nodes of a map (activity, initiation, termination) or two maps of a workspace share an id.',
  defaultSeverity: 'error',
  check({ map, parsed, workspace, report }) {
    const seen = new Map<string, string>();
    const collections = ['activities', 'initiations', 'terminations'] as const;
    for (const collection of collections) {
      for (const id of Object.keys(map[collection] ?? {})) {
        const first = seen.get(id);
        if (first) report({ message: `id "${id}" is used by ${first} and ${collection}: flows could not tell them apart`, path: [collection, id] });
        else seen.set(id, collection);
      }
    }
    const owner = workspace.mapsById.get(map.id);
    if (owner && owner !== parsed) {
      report({ message: `map id "${map.id}" is already used by ${owner.file}`, path: ['id'] });
    }
  },
});
