/**
 * The one longest-common-subsequence of the code base: the steps that turn sequence `a` into `b`,
 * keeping a longest run of common items. Line diffs (compare view, e2e checks) are built on it.
 * Invariant: the `same` and `removed` steps, in order, visit every index of `a` once; the `same`
 * and `added` steps every index of `b`. Where two answers are equally long, removals come first.
 */

export type SequenceStep =
  | { readonly kind: 'same'; readonly a: number; readonly b: number }
  | { readonly kind: 'removed'; readonly a: number }
  | { readonly kind: 'added'; readonly b: number };

/** The edit steps from `a` to `b`; items are compared with `===` (map them to strings first). */
export function sequenceSteps<T>(a: readonly T[], b: readonly T[]): SequenceStep[] {
  // 1. The common head and tail are cut first, so a small change in a long sequence needs a small table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const rows = a.length - head - tail;
  const cols = b.length - head - tail;
  // 2. common[i][j]: length of the longest common subsequence of the middles from i and j on.
  const width = cols + 1;
  const common = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      common[i * width + j] = a[head + i] === b[head + j] ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  // 3. Walk the table from the start, preferring a removal on ties.
  const steps: SequenceStep[] = [];
  for (let k = 0; k < head; k++) steps.push({ kind: 'same', a: k, b: k });
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && a[head + i] === b[head + j]) {
      steps.push({ kind: 'same', a: head + i, b: head + j });
      i++;
      j++;
    } else if (j >= cols || (i < rows && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
      steps.push({ kind: 'removed', a: head + i });
      i++;
    } else {
      steps.push({ kind: 'added', b: head + j });
      j++;
    }
  }
  for (let k = 0; k < tail; k++) steps.push({ kind: 'same', a: a.length - tail + k, b: b.length - tail + k });
  return steps;
}
