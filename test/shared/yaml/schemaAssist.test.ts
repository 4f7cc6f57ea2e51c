import { describe, expect, it } from 'vitest';
import { mapJsonSchema } from '../../../shared/model/jsonSchema';
import { describeKeyAt, suggestionsAt, yamlPlaceAt } from '../../../shared/yaml/schemaAssist';

const text = `format: swimlane/1
id: m
title: T
kind: as-is
lanes:
  desk:
    actor: help
activities:
  A:
    name: Take call
    lane: de
  B:
    na
`;
const ids = { lanes: ['desk', 'soc'], activities: ['A', 'B'], actors: ['help-desk', 'soc-team'] };
const end = (needle: string) => text.indexOf(needle) + needle.length;

describe('yamlPlaceAt', () => {
  it('reads the path and the key being given a value from the indentation above', () => {
    // given the text / when the cursor is after "lane: de" / then it is in activities.A, on the lane value
    expect(yamlPlaceAt(text, end('lane: de'))).toEqual({ path: ['activities', 'A'], key: 'lane', prefix: 'de', prefixStart: end('lane: ') });
    expect(yamlPlaceAt(text, text.length - 1)).toMatchObject({ path: ['activities', 'B'], prefix: 'na' });
  });
});

describe('suggestionsAt', () => {
  const schema = mapJsonSchema();
  it('completes the keys a mapping may have, with their descriptions', () => {
    // given the cursor after "na" in activity B / when completed / then "name" is offered, described
    const suggestions = suggestionsAt(text, text.length - 1, schema, ids);
    expect(suggestions.map((suggestion) => suggestion.label)).toEqual(['name']);
    expect(suggestions[0]!.detail).toContain('Activity name');
  });

  it('completes the ids a field names, and the values of an enum', () => {
    // given the lane and actor values, and kind / when completed / then the map's ids and the enum's values
    expect(suggestionsAt(text, end('lane: de'), schema, ids)).toEqual([{ label: 'desk', kind: 'id', detail: 'lanes' }]);
    expect(suggestionsAt(text, end('actor: help'), schema, ids).map((suggestion) => suggestion.label)).toEqual(['help-desk']);
    const kinds = `${text.slice(0, end('kind: '))}`;
    expect(suggestionsAt(kinds, kinds.length, schema, ids).map((suggestion) => suggestion.label)).toEqual(['reference', 'as-is', 'to-be']);
  });
});

describe('describeKeyAt', () => {
  it('gives the schema description of the key under the cursor', () => {
    // given the cursor on "actor" / when hovered / then its description; on a value, nothing
    expect(describeKeyAt(text, text.indexOf('actor:') + 2, mapJsonSchema())?.description).toContain('Actor id');
    expect(describeKeyAt(text, end('actor: he'), mapJsonSchema())).toBeUndefined();
  });
});
