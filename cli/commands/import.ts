/** `swimlane import`: BPMN 2.0 XML to maps (one per collaboration or process) and an actor catalogue. */
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importBpmn } from '../../shared/bpmn/importBpmn';
import { ActorCatalogue, ProcessMap } from '../../shared/model/schema';
import { readBpmnFile } from '../../shared/node/readBpmnFile';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { EXIT } from '../io';
import type { CommandIo, CommandSpec } from '../io';

const USAGE = `Usage: swimlane import <file.bpmn> -o <folder> [--force]

Reads a BPMN 2.0 file and writes one map per collaboration (or per process outside one) and the
actor catalogue actors.yaml into the folder. Prints every element or attribute not carried over,
with its BPMN id; the maps list them as notes too.

Options:
  -o, --output <folder>  folder for the maps (required)
  --force                replace files of the same names in the folder
  -h, --help             show this help

Exit codes: 0 imported, 1 imported with losses listed, 2 usage, unreadable or not BPMN.`;

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

/** Runs `swimlane import`; returns the exit code. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || !values.output) {
    io.stderr(`swimlane import: name one BPMN file and an output folder with -o\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const cwd = io.cwd ?? process.cwd();
  const input = positionals[0]!;
  const read = await readBpmnFile(path.resolve(cwd, input)).catch((error: Error) => ({ error: { message: error.message, line: 1, column: 1 } }));
  if ('error' in read) {
    io.stderr(`${input}:${read.error.line}:${read.error.column}: ${read.error.message}\n`);
    return EXIT.usage;
  }
  const result = await importBpmn(read.text);
  if (!result.ok) {
    io.stderr(`${input}:${result.line ?? 1}:${result.column ?? 1}: ${result.message}\n`);
    return EXIT.usage;
  }
  const folder = path.resolve(cwd, values.output);
  const files: [string, string][] = [
    ...result.maps.map((map): [string, string] => [`${map.id}.yaml`, `# yaml-language-server: $schema=https://swimlane-studio.invalid/schema/swimlane-map.schema.json\n${renderCanonical(map, ProcessMap)}`]),
    ['actors.yaml', renderCanonical(result.actors, ActorCatalogue)],
  ];
  if (!values.force) {
    for (const [name] of files) {
      if (await exists(path.join(folder, name))) {
        io.stderr(`swimlane import: ${path.join(values.output, name)} exists; use --force to replace it\n`);
        return EXIT.usage;
      }
    }
  }
  await mkdir(folder, { recursive: true });
  for (const [name, text] of files) {
    await writeFile(path.join(folder, name), text);
    io.stdout(`wrote ${path.join(values.output, name)}\n`);
  }
  for (const loss of result.losses) io.stdout(`not carried over: ${loss.id}: ${loss.message}\n`);
  io.stdout(`${result.maps.length} map(s), ${Object.keys(result.actors.actors).length} actor(s), ${result.losses.length} element(s) or attribute(s) not carried over\n`);
  return result.losses.length > 0 ? EXIT.findings : EXIT.ok;
}

export const importCommand: CommandSpec = { name: 'import', summary: 'read a BPMN 2.0 file into maps and an actor catalogue', usage: USAGE, run };
