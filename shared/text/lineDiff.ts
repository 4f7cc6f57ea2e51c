/**
 * A line diff of two texts (longest common subsequence over lines), as the ordered list of kept,
 * removed and added lines a unified diff shows. Invariant: the `same` and `removed` lines, in order,
 * are the lines of `before`; the `same` and `added` lines are the lines of `after`.
 */
import { sequenceSteps } from './lcs';

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
  return sequenceSteps(a, b).map((step) =>
    step.kind === 'same'
      ? { kind: 'same', text: a[step.a]!, oldLine: step.a + 1, newLine: step.b + 1 }
      : step.kind === 'removed'
        ? { kind: 'removed', text: a[step.a]!, oldLine: step.a + 1 }
        : { kind: 'added', text: b[step.b]!, newLine: step.b + 1 },
  );
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
