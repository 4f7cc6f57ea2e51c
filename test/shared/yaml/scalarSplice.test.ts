import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { renderCanonical } from '../../../shared/yaml/renderYaml';
import { spliceChangedScalars } from '../../../shared/yaml/scalarSplice';
import { prepareToSave, updateYamlText } from '../../../shared/yaml/updateMapText';
import { renderScalarLike } from '../../../shared/yaml/scalarRendering';
import { arbitraryText } from '../../support/arbitraryMap';
import { arbitraryRichMap } from '../../support/arbitraryRichMap';

/** Paths of the scalars of `value`. */
function scalarPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => scalarPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => scalarPaths(item, [...path, key]));
  return [path];
}

function withScalars(map: ProcessMap, picks: readonly number[], values: readonly unknown[]): ProcessMap {
  const copy = structuredClone(map) as unknown as Record<string | number, unknown>;
  const paths = scalarPaths(copy);
  picks.forEach((pick, index) => {
    const path = paths[pick % paths.length]!;
    let container = copy;
    for (const key of path.slice(0, -1)) container = container[key] as Record<string | number, unknown>;
    container[path.at(-1)!] = values[index % values.length];
  });
  return copy as unknown as ProcessMap;
}

const arbitraryScalar = fc.oneof(arbitraryText, fc.integer(), fc.boolean(), fc.constant(null));

describe('spliceChangedScalars', () => {
  it('writes exactly what the tree-based save writes, or leaves the edit to it', () => {
    let spliced = 0;
    fc.assert(
      fc.property(arbitraryRichMap, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.array(arbitraryScalar, { minLength: 1, maxLength: 4 }), fc.boolean(), (map, picks, values, withComments) => {
        // given a file (sometimes with comments between entries) and the map with some scalars changed
        const canonical = renderCanonical(map, ProcessMap);
        const commented = canonical.replace(/\n( +)([A-Za-z0-9][A-Za-z0-9_.-]*:)/g, '\n$1# note\n$1$2').replace(/\nflows:/, '\n# the lines\nflows:');
        // (a comment line inside a block scalar would be text: then the canonical file is used)
        const original = withComments && JSON.stringify(parseMap(commented, 'm.yaml').data) === JSON.stringify(map) ? commented : canonical;
        const edited = withScalars(map, picks, values);
        // when it is saved without the tree
        const result = spliceChangedScalars(original, JSON.parse(JSON.stringify(edited)), renderScalarLike);
        // then, when it could, it wrote what the save over the whole tree writes
        prepareToSave(original);
        const expected = updateYamlText(original, edited);
        if (result !== undefined) {
          spliced++;
          expect(result).toBe(expected.text);
          expect(parseMap(result, 'm.yaml').data).toEqual(JSON.parse(JSON.stringify(edited)));
        }
      }),
      { numRuns: 400 },
    );
    // and most edits took the tree-free way
    expect(spliced).toBeGreaterThan(100);
  });

  it('leaves structural edits to the general path', () => {
    // given a map and edits that add, remove or reorder entries
    const map: ProcessMap = { format: 'swimlane/1', id: 'm', title: 'T', kind: 'reference', activities: { A: { name: 'One' }, B: { name: 'Two' } } };
    const text = renderCanonical(map, ProcessMap);
    const added = { ...map, activities: { ...map.activities, C: { name: 'Three' } } };
    const reordered = { ...map, activities: { B: map.activities['B']!, A: map.activities['A']! } };
    const listed = { ...map, activities: { ...map.activities, A: { name: 'One', keyPeople: ['x'] } } };
    // when / then
    for (const next of [added, reordered, listed]) expect(spliceChangedScalars(text, next, renderScalarLike)).toBeUndefined();
    expect(spliceChangedScalars(text, { ...map, title: 'New' }, renderScalarLike)).toBe(text.replace('title: T', 'title: New'));
  });

  it('given the previous map, writes the same text without reading the file, sharing unchanged objects', () => {
    fc.assert(
      fc.property(arbitraryRichMap, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.array(arbitraryScalar, { minLength: 1, maxLength: 3 }), fc.boolean(), (map, picks, values, isReadAhead) => {
        // given a file (read ahead or not), the map it holds, and an edit that copies only the objects on the changed paths
        const original = renderCanonical(map, ProcessMap);
        if (isReadAhead) prepareToSave(original);
        const previous = parseMap(original, 'm.yaml').data as ProcessMap;
        const edited = withScalarsShared(previous, picks, values);
        // when it is saved knowing the previous map, and without
        const withPrevious = updateYamlText(original, edited, { previous }).text;
        const without = updateYamlText(original, JSON.parse(JSON.stringify(edited))).text;
        // then both write the same text
        expect(withPrevious).toBe(without);
      }),
      { numRuns: 300 },
    );
  });

  it('checks each change against the file, so a wrong previous map cannot misplace it', () => {
    // given a file and a "previous" map that disagrees with it about the edited field
    const map: ProcessMap = { format: 'swimlane/1', id: 'm', title: 'T', kind: 'reference', activities: { A: { name: 'One' } } };
    const text = renderCanonical(map, ProcessMap);
    const wrongPrevious = { ...map, activities: { A: { name: 'Not in the file' } } };
    const edited = { ...wrongPrevious, activities: { A: { name: 'Uno' } } };
    // when / then the tree-free path refuses, and the general path writes the edit correctly
    expect(spliceChangedScalars(text, edited, renderScalarLike, wrongPrevious)).toBeUndefined();
    expect(parseMap(updateYamlText(text, edited, { previous: wrongPrevious }).text, 'm.yaml').value?.activities['A']?.name).toBe('Uno');
  });
});

/** `map` with scalars replaced, copying only the objects on the way to them (as the editor's edits do). */
function withScalarsShared(map: ProcessMap, picks: readonly number[], values: readonly unknown[]): ProcessMap {
  const paths = scalarPaths(map);
  let root = map as unknown as Record<string | number, unknown>;
  picks.forEach((pick, index) => {
    const path = paths[pick % paths.length]!;
    const setAt = (container: Record<string | number, unknown>, depth: number): Record<string | number, unknown> => {
      const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string | number, unknown>;
      const key = path[depth]!;
      copy[key] = depth === path.length - 1 ? values[index % values.length] : setAt(container[key] as Record<string | number, unknown>, depth + 1);
      return copy;
    };
    root = setAt(root, 0);
  });
  return root as unknown as ProcessMap;
}
