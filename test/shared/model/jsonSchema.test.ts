import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueJsonSchema, mapJsonSchema } from '../../../shared/model/jsonSchema';

describe('committed JSON Schema', () => {
  it('is exactly what the zod schema generates (run `npm run generate:schema` after a format change)', () => {
    // given / when
    const committed = JSON.parse(readFileSync('schema/swimlane-map.schema.json', 'utf8'));
    const committedActors = JSON.parse(readFileSync('schema/swimlane-actors.schema.json', 'utf8'));
    // then
    expect(committed).toEqual(mapJsonSchema());
    expect(committedActors).toEqual(catalogueJsonSchema());
  });

  it('is draft-07 and forbids unknown keys, so the YAML language server agrees with the app', () => {
    const schema = mapJsonSchema() as { $schema: string; additionalProperties: boolean };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
  });
});
