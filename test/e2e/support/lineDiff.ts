// Which lines a save changed (the shared line diff), for asserting exactly that.
import { sequenceSteps } from '../../../shared/text/lcs';

export interface LineDiff {
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

export function lineDiff(before: string, after: string): LineDiff {
  const a = before.split('\n');
  const b = after.split('\n');
  const steps = sequenceSteps(a, b);
  return {
    removed: steps.flatMap((step) => (step.kind === 'removed' ? [a[step.a]!] : [])),
    added: steps.flatMap((step) => (step.kind === 'added' ? [b[step.b]!] : [])),
  };
}
