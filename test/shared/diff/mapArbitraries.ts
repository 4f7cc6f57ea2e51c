// fast-check generators of maps derived from a base map by sequences of real edits.
import fc from 'fast-check';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit, EditType } from '../../../shared/edits/edit';
import type { ProcessMap } from '../../../shared/model/schema';
import { editArbitraries } from '../edits/editArbitraries';

/** Map data edited along deep paths in tests; typing every step would only repeat the schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Mutable = Record<string, any>;

/** Applies the edits that fit, in order; an edit the map refuses (unknown id, ...) is skipped. */
export function applyEdits(map: ProcessMap, edits: readonly Edit[]): ProcessMap {
  let current = map;
  for (const edit of edits) {
    try {
      current = applyEdit(current, edit);
    } catch {
      // Generated against the base map: later edits may name elements an earlier one removed.
    }
  }
  return current;
}

/** An arbitrary sequence of up to `maxLength` edits of every kind against `map`. */
export function editSequence(map: ProcessMap, maxLength = 6): fc.Arbitrary<Edit[]> {
  const arbitraries = editArbitraries(map);
  const kinds = Object.keys(arbitraries) as EditType[];
  return fc.array(fc.oneof(...kinds.map((kind) => arbitraries[kind])), { minLength: 1, maxLength });
}

/** A map derived from `map` by real edits. */
export function editedMap(map: ProcessMap, maxLength = 6): fc.Arbitrary<ProcessMap> {
  return editSequence(map, maxLength).map((edits) => applyEdits(map, edits));
}
