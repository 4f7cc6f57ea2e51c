import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProcessMap } from '../../../shared/model/schema';
import { readYamlSubset } from '../../../shared/yaml/fastYaml';
import { parseMap } from '../../../shared/yaml/parseMap';
import { renderCanonical } from '../../../shared/yaml/renderYaml';
import { prepareToSave, updateYamlText } from '../../../shared/yaml/updateMapText';
import { recallRead } from '../../../shared/yaml/recentReads';
import { arbitraryMap, arbitraryText } from '../../support/arbitraryMap';

/** Paths of the string values of `value` (the scalars an editor typically changes). */
function stringPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

/** A copy of `map` with the strings at some of its string paths replaced. */
function withStringsReplaced(map: ProcessMap, picks: readonly number[], texts: readonly string[]): ProcessMap {
  const copy = structuredClone(map) as unknown as Record<string, unknown>;
  const paths = stringPaths(copy);
  picks.forEach((pick, index) => {
    const path = paths[pick % Math.max(1, paths.length)];
    if (!path) return;
    let container = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) container = container[key] as Record<string | number, unknown>;
    container[path.at(-1)!] = texts[index % texts.length];
  });
  return copy as unknown as ProcessMap;
}

describe('saving again over the text just saved', () => {
  it('remembers exactly the tree and data that reading the saved text gives', () => {
    fc.assert(
      fc.property(arbitraryMap, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.array(arbitraryText, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (map, picks, texts, laterPicks) => {
        // given a file read for saving, and the map with a few texts changed
        const original = renderCanonical(map, ProcessMap);
        prepareToSave(original);
        const edited = withStringsReplaced(map, picks, texts);
        // when it is saved
        const saved = updateYamlText(original, edited).text;
        // then what is remembered for the saved text is what reading it gives
        const fresh = readYamlSubset(saved);
        const remembered = recallRead(saved);
        if (fresh && remembered) {
          expect(remembered.root).toEqual(fresh.root);
          expect(remembered.value).toEqual(fresh.value);
        }
        // and saving another edit over it reads back as that edit
        const later = withStringsReplaced(edited, laterPicks, [...texts].reverse());
        const savedAgain = updateYamlText(saved, later).text;
        expect(parseMap(savedAgain, 'm.yaml').data).toEqual(later);
      }),
      { numRuns: 300 },
    );
  });

  it('does not share objects with the map it was given', () => {
    // given a saved edit
    const map: ProcessMap = { format: 'swimlane/1', id: 'm', title: 'T', kind: 'reference', activities: { A: { name: 'One' }, B: { name: 'Two' } } };
    const original = renderCanonical(map, ProcessMap);
    prepareToSave(original);
    const edited = structuredClone(map);
    edited.activities['A']!.name = 'Uno';
    const saved = updateYamlText(original, edited).text;
    // when the caller then changes its map in place
    edited.activities['A']!.name = 'Eins';
    // then the remembered data of the saved text is unchanged, and the next save writes the change
    expect((recallRead(saved)?.value as ProcessMap).activities['A']!.name).toBe('Uno');
    expect(parseMap(updateYamlText(saved, edited).text, 'm.yaml').value?.activities['A']?.name).toBe('Eins');
  });

  it('reads a file ahead of its first save when asked to prepare', () => {
    // given a CRLF file with a BOM that was never read for saving
    const map: ProcessMap = { format: 'swimlane/1', id: 'prepared', title: 'Prepared', kind: 'reference', activities: { A: { name: 'One' } } };
    const text = `\uFEFF${renderCanonical(map, ProcessMap).replace(/\n/g, '\r\n')}`;
    const working = text.slice(1).replace(/\r\n/g, '\n');
    expect(recallRead(working)).toBeUndefined();
    // when the editor prepares it
    prepareToSave(text);
    // then its tree and data are at hand, and a save keeps the BOM and line ends
    expect(recallRead(working)?.value).toEqual(map);
    const saved = updateYamlText(text, { ...map, title: 'Renamed' }).text;
    expect(saved).toBe(text.replace('title: Prepared', 'title: Renamed'));
  });
});
