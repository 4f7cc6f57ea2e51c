/**
 * Builds a CLI command from what is its own (options, usage, run); the shared preamble lives here:
 * parsing arguments, `-h/--help`, checking `--format` against the allowed list, and usage errors.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { EXIT } from './io';
import type { CommandIo, CommandSpec } from './io';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: true }>>;

export interface CommandContext<O extends ParseArgsOptionsConfig> {
  readonly values: Parsed<O>['values'];
  readonly positionals: string[];
  readonly io: CommandIo;
  /** The folder relative paths are read against. */
  readonly cwd: string;
  readonly usage: string;
  /** Reports a usage error (`swimlane <name>: message`) and returns exit code 2. */
  fail(message: string): number;
}

export interface CommandDefinition<O extends ParseArgsOptionsConfig> {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: O;
  /** When given, `--format` must be one of these (the first is the default). */
  readonly formats?: readonly string[];
  run(context: CommandContext<O>): Promise<number>;
}

export function defineCommand<O extends ParseArgsOptionsConfig>(definition: CommandDefinition<O>): CommandSpec {
  const { name, summary, usage, formats } = definition;
  const options = { ...(formats ? { format: { type: 'string', default: formats[0] } } : {}), ...definition.options, ...HELP } as O & typeof HELP;
  return {
    name,
    summary,
    usage,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
      if ((values as { help?: boolean }).help) {
        io.stdout(`${usage}\n`);
        return EXIT.ok;
      }
      const fail = (message: string): number => {
        io.stderr(`swimlane ${name}: ${message}\n`);
        return EXIT.usage;
      };
      const format = (values as { format?: string }).format;
      if (formats && !formats.includes(format!)) return fail(`unknown --format "${format}" (${formats.slice(0, -1).join(', ')} or ${formats.at(-1)})`);
      return definition.run({ values, positionals, io, cwd: io.cwd ?? process.cwd(), usage, fail });
    },
  };
}
