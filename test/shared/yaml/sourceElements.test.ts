import { describe, expect, it } from 'vitest';
import { elementAtOffset, elementRange } from '../../../shared/yaml/sourceElements';
import { parseMap } from '../../../shared/yaml/parseMap';

const text = `format: swimlane/1
id: m
title: Two lanes
kind: as-is
lanes:
  desk: {actor: desk-team}
  soc:
    actor: analysts
    label: SOC
activities:
  A: {name: Take call, lane: desk}
  B:
    name: Triage
    lane: soc
flows:
  A-B: {from: A, to: B}
`;

const tree = () => parseMap(text, 'm.yaml').tree!;
const at = (needle: string, after = 0) => text.indexOf(needle) + after;

describe('elementAtOffset', () => {
  it('names the element whose entry holds the cursor, on its key, inside its value, on a nested line', () => {
    // given the map's source tree / when the cursor is in various places / then each names its element
    expect(elementAtOffset(text, tree(), at('desk:', 1))).toMatchObject({ section: 'lanes', id: 'desk' });
    expect(elementAtOffset(text, tree(), at('label: SOC', 3))).toMatchObject({ section: 'lanes', id: 'soc' });
    expect(elementAtOffset(text, tree(), at('name: Triage', 7))).toMatchObject({ section: 'activities', id: 'B' });
    expect(elementAtOffset(text, tree(), at('to: B', 4))).toMatchObject({ section: 'flows', id: 'A-B' });
  });

  it('names nothing on the header, a section key or between entries of no element', () => {
    // given the tree / when the cursor is on the title, the "lanes:" key / then there is no element
    expect(elementAtOffset(text, tree(), at('Two lanes'))).toBeUndefined();
    expect(elementAtOffset(text, tree(), at('lanes:', 2))).toBeUndefined();
  });

  it('works on a map the schema rejects', () => {
    // given a lane without its actor
    const broken = parseMap(text.replace('    actor: analysts\n', ''), 'm.yaml');
    expect(broken.value).toBeUndefined();
    // when / then the cursor in it still names it
    expect(elementAtOffset(broken.text, broken.tree!, broken.text.indexOf('label: SOC'))).toMatchObject({ section: 'lanes', id: 'soc' });
  });
});

describe('elementRange', () => {
  it('gives the range of an element\'s entry, from its key to the end of its value', () => {
    // given the tree / when activity B is looked up
    const range = elementRange(text, tree(), 'activities', 'B')!;
    // then it spans its block, and the cursor anywhere in it names B again
    expect(text.slice(range.from, range.to)).toBe('B:\n    name: Triage\n    lane: soc');
    expect(elementAtOffset(text, tree(), range.to)).toMatchObject({ id: 'B' });
    expect(elementRange(text, tree(), 'activities', 'missing')).toBeUndefined();
    // and the start of the next section's line belongs to no element
    expect(elementAtOffset(text, tree(), at('flows:'))).toBeUndefined();
  });
});
