/** The catalogue of quick fixes, and the offers for one finding: rule id → the fixes that answer it. */
import { addStart } from './addStart';
import { addTermination } from './addTermination';
import { describeHandoff } from './describeHandoff';
import { didYouMean } from './didYouMean';
import type { Edit } from '../edits/edit';
import type { FixContext, FixOffer, QuickFix } from './quickFix';
import { recordDeviation } from './recordDeviation';
import { removeDanglingFlow } from './removeDanglingFlow';

/** Options differ per fix; the catalogue holds them erased, and each offer carries its own options back. */
type AnyFix = QuickFix<unknown>;

export const ALL_FIXES: readonly AnyFix[] = [describeHandoff, addTermination, addStart, recordDeviation, didYouMean, removeDanglingFlow] as unknown as readonly AnyFix[];

export const FIXES_BY_ID: ReadonlyMap<string, AnyFix> = new Map(ALL_FIXES.map((fix) => [fix.id, fix]));

/** Rule id → its fixes, in catalogue order (a suggestion first, removal last). */
export const FIXES_BY_RULE: ReadonlyMap<string, readonly AnyFix[]> = (() => {
  const byRule = new Map<string, AnyFix[]>();
  for (const fix of ALL_FIXES) for (const rule of fix.rules) byRule.set(rule, [...(byRule.get(rule) ?? []), fix]);
  return byRule;
})();

/** Every offer of every fix for the finding in `context`. */
export function offersFor(context: FixContext): FixOffer[] {
  return (FIXES_BY_RULE.get(context.issue.rule) ?? []).flatMap((fix) => fix.offers(context));
}

/** The edit of an offer (possibly with options the user completed); throws `FixError` when they do not fit. */
export function editOfOffer(context: FixContext, offer: FixOffer, options: unknown = offer.options): Edit {
  const fix = FIXES_BY_ID.get(offer.fix);
  if (!fix) throw new Error(`unknown quick fix "${offer.fix}"`);
  return fix.apply(context, options);
}
