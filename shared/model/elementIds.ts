/** Choosing ids for new elements: readable, and never one the map already uses. */

/** `id` itself if free, else `id-2`, `id-3`, … (the editor's numbering for new elements). */
export function numberedId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Every id in the node id space (activities, groups, initiations, terminations share it). */
export function nodeIds(map: {
  readonly activities: object;
  readonly groups?: object | undefined;
  readonly initiations?: object | undefined;
  readonly terminations?: object | undefined;
}): Set<string> {
  return new Set([map.activities, map.groups, map.initiations, map.terminations].flatMap((record) => Object.keys(record ?? {})));
}
