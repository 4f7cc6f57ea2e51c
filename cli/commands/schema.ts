/** `swimlane schema`: the JSON Schema of the map format, generated from the zod schema. */
import { parseArgs } from 'node:util';
import { mapJsonSchema, catalogueJsonSchema } from '../../shared/model/jsonSchema';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';

export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'print the JSON Schema (draft-07) of map files, for editors',
  usage: `Usage: swimlane schema [--actors]

Prints the JSON Schema (draft-07) generated from the format's zod schema. The same file is
committed as schema/swimlane-map.schema.json; point VS Code's YAML extension at it with a first
line "# yaml-language-server: $schema=<path>/swimlane-map.schema.json".

Options:
  --actors     the schema of actor catalogues (actors.yaml) instead
  -h, --help   show this help

Exit codes: 0 printed, 2 usage.`,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { actors: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    io.stdout(`${JSON.stringify(values.actors ? catalogueJsonSchema() : mapJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
