/**
 * Acknowledged gaps: a tailored map may accept a gap-report info on purpose (a key role replaced by
 * another, an element added deliberately) by recording it under `acknowledgedGaps`, key → reason,
 * so the report stays quiet about it. Warnings and errors are not acknowledged here: they have
 * their own answers (deviations, handoff procedures, lanes).
 */
import type { ProcessMap } from '../model/schema';
import type { GapItem } from './gapReport';

/** The stable key an info is acknowledged under, e.g. `uncovered-key-role: Incident handler`; undefined when it cannot be. */
export function gapKeyOf(item: GapItem): string | undefined {
  if (item.severity !== 'info') return undefined;
  const subject = item.kind === 'uncovered-key-role' ? item.role : item.change ? `${item.elementId} (${item.change})` : item.elementId;
  return `${item.kind}: ${subject}`;
}

/** The items of a report that `map` has not acknowledged. */
export function withoutAcknowledged(items: readonly GapItem[], map: ProcessMap): GapItem[] {
  const acknowledged = map.acknowledgedGaps;
  if (!acknowledged) return [...items];
  return items.filter((item) => {
    const key = gapKeyOf(item);
    return key === undefined || !Object.hasOwn(acknowledged, key);
  });
}
