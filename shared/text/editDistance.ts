/** "Did you mean": the one edit distance for mistyped ids and keys, and ranking known ids by it. */

/**
 * Edit distance, case-insensitive (ids are often retyped with other capitals), counting a swap of
 * neighbours as one edit (`nmae` → `name`) as well as an insertion, deletion or substitution.
 */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  const rows: number[][] = [Array.from({ length: right.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= left.length; i++) {
    const row = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = rows[i - 1]![j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[left.length]![right.length]!;
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
