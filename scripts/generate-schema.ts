/** Writes the committed JSON Schemas from the zod schema: `npm run generate:schema`. */
import { writeFileSync } from 'node:fs';
import { catalogueJsonSchema, mapJsonSchema } from '../shared/model/jsonSchema';

writeFileSync('schema/swimlane-map.schema.json', `${JSON.stringify(mapJsonSchema(), null, 2)}\n`);
writeFileSync('schema/swimlane-actors.schema.json', `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
console.log('wrote schema/swimlane-map.schema.json and schema/swimlane-actors.schema.json');
