/**
 * Traceability between a tailored map and its reference: every element of a tailored map traces to
 * the reference element named by its `ref`, or, without one, to the reference element with its own
 * id (the convention the `unrecorded-deviation` rule uses too).
 */
import type { ProcessMap } from '../model/schema';
import { isPlainRecord } from '../diff/sameValue';

/** The collections whose elements trace to reference elements. */
export const TRACED_COLLECTIONS = ['activities', 'groups', 'initiations', 'terminations', 'flows', 'triggers', 'handoffs'] as const;
export type TracedCollection = (typeof TRACED_COLLECTIONS)[number];

/** Collections whose ids name diagram nodes (flows connect them). */
export const NODE_COLLECTIONS = ['activities', 'groups', 'initiations', 'terminations'] as const;

/** The reference id an element traces to. */
export function referenceIdOf(id: string, element: unknown): string {
  const ref = isPlainRecord(element) ? element['ref'] : undefined;
  return typeof ref === 'string' && ref.length > 0 ? ref : id;
}

/** Reference id → tailored id for one collection; the first element tracing to a reference id wins. */
export function traceIndex(map: ProcessMap, collection: TracedCollection): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, element] of Object.entries((map[collection] as Record<string, unknown> | undefined) ?? {})) {
    const referenceId = referenceIdOf(id, element);
    if (!index.has(referenceId)) index.set(referenceId, id);
  }
  return index;
}

/** Tailored id → reference id for one collection (only the elements that win their trace). */
export function reverseTrace(map: ProcessMap, collection: TracedCollection): Map<string, string> {
  return new Map([...traceIndex(map, collection)].map(([referenceId, id]) => [id, referenceId]));
}

/** Tailored node id → reference node id, over every node collection. */
export function nodeTrace(map: ProcessMap): Map<string, string> {
  const trace = new Map<string, string>();
  for (const collection of NODE_COLLECTIONS) for (const [id, referenceId] of reverseTrace(map, collection)) trace.set(id, referenceId);
  return trace;
}
