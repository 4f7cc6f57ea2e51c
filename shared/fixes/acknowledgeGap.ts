/** Acknowledging a gap-report info: recorded under `acknowledgedGaps`, so the report stays quiet about it. */
import type { Edit } from '../edits/edit';
import type { ProcessMap } from '../model/schema';
import { gapKeyOf } from '../tailor/gapAcknowledgements';
import type { GapItem } from '../tailor/gapReport';
import { FixError } from './quickFix';

/** The edit that acknowledges `item` with `reason`; throws `FixError` for an item that cannot be acknowledged. */
export function acknowledgeGap(map: ProcessMap, item: GapItem, reason: string): Edit {
  const key = gapKeyOf(item);
  if (key === undefined) throw new FixError(`only infos can be acknowledged; "${item.message}" is a ${item.severity}`);
  const why = reason.trim();
  if (why.length < 3) throw new FixError('say why in a few words (at least 3 characters)');
  const acknowledgedGaps = { ...(map.acknowledgedGaps ?? {}), [key]: why };
  return { type: 'batch', label: `Acknowledge ${key}`, edits: [{ type: 'map.update', changes: { acknowledgedGaps } }] };
}
