/**
 * A line diff of two texts (longest common subsequence over lines), as the ordered list of kept,
 * removed and added lines a unified diff shows. Invariant: the `same` and `removed` lines, in order,
 * are the lines of `before`; the `same` and `added` lines are the lines of `after`.
 */

export type DiffLine =
  | { readonly kind: 'same'; readonly text: string; readonly oldLine: number; readonly newLine: number }
  | { readonly kind: 'removed'; readonly text: string; readonly oldLine: number }
  | { readonly kind: 'added'; readonly text: string; readonly newLine: number };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  // Common head and tail are cut first, so a small change in a big file needs a small table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const width = midB.length + 1;
  const common = new Uint32Array((midA.length + 1) * width);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      common[i * width + j] = midA[i] === midB[j] ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const result: DiffLine[] = [];
  for (let k = 0; k < head; k++) result.push({ kind: 'same', text: a[k]!, oldLine: k + 1, newLine: k + 1 });
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      result.push({ kind: 'same', text: midA[i]!, oldLine: head + i + 1, newLine: head + j + 1 });
      i++;
      j++;
    } else if (j >= midB.length || (i < midA.length && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
      result.push({ kind: 'removed', text: midA[i]!, oldLine: head + i + 1 });
      i++;
    } else {
      result.push({ kind: 'added', text: midB[j]!, newLine: head + j + 1 });
      j++;
    }
  }
  for (let k = 0; k < tail; k++) {
    result.push({ kind: 'same', text: a[a.length - tail + k]!, oldLine: a.length - tail + k + 1, newLine: b.length - tail + k + 1 });
  }
  return result;
}

/** The changed lines with `context` unchanged lines around each change; `null` marks a gap. */
export function diffHunks(lines: readonly DiffLine[], context = 3): (DiffLine | null)[] {
  const keep = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) keep[k] = true;
  });
  const result: (DiffLine | null)[] = [];
  lines.forEach((line, index) => {
    if (keep[index]) result.push(line);
    else if (index > 0 && keep[index - 1]) result.push(null);
  });
  if (result.length > 0 && !keep[0] && lines.length > 0) result.unshift(null);
  return result;
}
