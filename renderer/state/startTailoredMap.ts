/**
 * "New map from this reference": the editor's side of tailoring. The user picks who performs each
 * activity from its candidate key people; `tailorMap` (shared with `swimlane tailor`) makes the lanes
 * from those choices, names the chosen actors in handoffs and keeps every element's `ref`.
 */
import type { MapKind, ProcessMap } from '../../shared/model/schema';
import { tailorMap, type TailorResult } from '../../shared/tailor/tailorMap';

/** Activity id → the key person chosen to perform it; activities left out get no lane yet. */
export type Assignment = Readonly<Record<string, string>>;

/** The default choice: each activity performed by the first key person the reference names for it. */
export function defaultAssignment(reference: ProcessMap): Assignment {
  const assign: Record<string, string> = {};
  for (const [id, activity] of Object.entries(reference.activities)) {
    const first = activity.keyPeople?.[0];
    if (first !== undefined) assign[id] = first;
  }
  return assign;
}

export interface TailorRequest {
  readonly assign: Assignment;
  readonly kind: Exclude<MapKind, 'reference'>;
  readonly referencePath?: string;
  readonly referenceHash?: string;
}

/** The tailored draft of `reference`: id `<reference>-<kind>`, lanes from the chosen performers. */
export function startTailoredMap(reference: ProcessMap, request: TailorRequest): TailorResult {
  return tailorMap(reference, {
    id: `${reference.id}-${request.kind}`,
    kind: request.kind,
    assign: request.assign,
    ...(request.referencePath ? { referencePath: request.referencePath } : {}),
    ...(request.referenceHash ? { referenceHash: request.referenceHash } : {}),
  });
}
