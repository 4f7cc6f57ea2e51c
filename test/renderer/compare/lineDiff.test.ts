import { describe, expect, it } from 'vitest';
import { diffHunks, lineDiff, type DiffLine } from '../../../renderer/compare/lineDiff';

function render(lines: readonly (DiffLine | null)[]): string[] {
  return lines.map((line) => (line === null ? '…' : `${line.kind === 'same' ? ' ' : line.kind === 'removed' ? '-' : '+'}${line.text}`));
}

describe('lineDiff', () => {
  it('marks a changed line as removed then added, keeping the lines around it', () => {
    // given two texts differing in their middle line
    const before = 'a\nb\nc\n';
    const after = 'a\nB\nc\n';
    // when diffed
    const diff = lineDiff(before, after);
    // then only b changed, with line numbers on both sides
    expect(render(diff)).toEqual([' a', '-b', '+B', ' c']);
    expect(diff[1]).toEqual({ kind: 'removed', text: 'b', oldLine: 2 });
    expect(diff[2]).toEqual({ kind: 'added', text: 'B', newLine: 2 });
    expect(diff[3]).toEqual({ kind: 'same', text: 'c', oldLine: 3, newLine: 3 });
  });

  it('finds insertions and deletions in the middle and at both ends', () => {
    // given lines inserted at the start, deleted in the middle and appended at the end
    const before = 'x\ny\nz\nw';
    const after = 'new\nx\nz\nw\nlast';
    // when diffed
    const diff = lineDiff(before, after);
    // then the old lines are the kept and removed ones, and the new lines the kept and added ones
    expect(render(diff)).toEqual(['+new', ' x', '-y', ' z', ' w', '+last']);
    expect(diff.filter((line) => line.kind !== 'added').map((line) => line.text)).toEqual(before.split('\n'));
    expect(diff.filter((line) => line.kind !== 'removed').map((line) => line.text)).toEqual(after.split('\n'));
  });

  it('treats CRLF like LF and an empty text as no lines', () => {
    // given the same lines with different line ends, and an empty text
    // when diffed
    // then nothing changed, and everything of the other text is added
    expect(lineDiff('a\r\nb\r\n', 'a\nb\n').every((line) => line.kind === 'same')).toBe(true);
    expect(render(lineDiff('', 'a\nb'))).toEqual(['+a', '+b']);
  });
});

describe('diffHunks', () => {
  it('keeps the changes with their context and marks the gaps', () => {
    // given a long text with one change in the middle
    const before = Array.from({ length: 20 }, (_, n) => `line ${n + 1}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    // when cut into hunks with one line of context
    const hunks = diffHunks(lineDiff(before, after), 1);
    // then the change is shown with one line either side, gaps before and after
    expect(render(hunks)).toEqual(['…', ' line 9', '-line 10', '+line ten', ' line 11', '…']);
  });

  it('is empty when nothing changed', () => {
    // given equal texts
    // when cut into hunks
    // then there is nothing to show
    expect(diffHunks(lineDiff('a\nb', 'a\nb'))).toEqual([]);
  });
});
