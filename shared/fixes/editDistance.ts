/** "Did you mean": ranking known ids by how close they are to a mistyped one. */

/** Levenshtein distance, case-insensitive (ids are often retyped with other capitals). */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * The known ids close enough to `wanted` to be what was meant, nearest first (ties keep the
 * order of `known`): within a third of the longer id's length, and at least 2 edits.
 */
export function nearestIds(wanted: string, known: Iterable<string>, limit = 3): string[] {
  const scored: Array<{ id: string; distance: number; order: number }> = [];
  let order = 0;
  for (const id of known) {
    if (id === wanted) continue;
    const distance = editDistance(wanted, id);
    const allowed = Math.max(2, Math.floor(Math.max(wanted.length, id.length) / 3));
    if (distance <= allowed) scored.push({ id, distance, order: order++ });
  }
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.id);
}
