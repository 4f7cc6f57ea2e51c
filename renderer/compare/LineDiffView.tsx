import { useMemo } from 'react';
import { diffHunks, lineDiff } from '../../shared/text/lineDiff';

interface LineDiffViewProps {
  readonly before: string;
  readonly after: string;
  /** Names of the two sides, e.g. "on disk" and "yours". */
  readonly beforeLabel: string;
  readonly afterLabel: string;
}

/** A unified line diff: removed lines with `-`, added lines with `+`, three lines of context. */
export function LineDiffView({ before, after, beforeLabel, afterLabel }: LineDiffViewProps) {
  const hunks = useMemo(() => diffHunks(lineDiff(before, after)), [before, after]);
  if (hunks.length === 0) return <p className="line-diff empty">No differences.</p>;
  return (
    <pre className="line-diff" aria-label={`Differences: - ${beforeLabel}, + ${afterLabel}`} tabIndex={0}>
      <span className="diff-head">{`--- ${beforeLabel}\n+++ ${afterLabel}\n`}</span>
      {hunks.map((line, index) =>
        line === null ? (
          <span key={index} className="diff-gap">
            {'…\n'}
          </span>
        ) : (
          <span key={index} className={`diff-${line.kind}`}>
            {`${line.kind === 'same' ? ' ' : line.kind === 'removed' ? '-' : '+'} ${line.text}\n`}
          </span>
        ),
      )}
    </pre>
  );
}
