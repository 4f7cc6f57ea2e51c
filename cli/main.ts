/**
 * The `swimlane` command: validate, format, export and compare process maps from a terminal or CI.
 * Each command lives in `cli/commands/` and gets its output streams injected.
 */
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { fmtCommand } from './commands/fmt';
import { gapCommand } from './commands/gap';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { layoutCommand } from './commands/layout';
import { matrixCommand } from './commands/matrix';
import { mergeDriverCommand } from './commands/mergeDriver';
import { rebaseCommand } from './commands/rebase';
import { schemaCommand } from './commands/schema';
import { tailorCommand } from './commands/tailor';
import { validateCommand } from './commands/validate';
import { EXIT } from './io';
import { CLI_VERSION } from './version';
import type { CommandIo, CommandSpec } from './io';
import { decodeText } from '../shared/node/readTextFile';

export const COMMANDS: readonly CommandSpec[] = [validateCommand, fmtCommand, schemaCommand, exportCommand, importCommand, layoutCommand, matrixCommand, tailorCommand, gapCommand, diffCommand, rebaseCommand, mergeDriverCommand, initCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `Usage: swimlane <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run "swimlane <command> --help" for a command's options.
`;
}

const defaultIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decodeText(Buffer.concat(chunks), '<stdin>');
  },
};

/** Runs the CLI with `args` (without node and script) and returns the exit code. */
export async function main(args: readonly string[], io: CommandIo = defaultIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`swimlane: unknown command "${name}"\n\n${overview()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Bad options from parseArgs are the user's mistake: say which, with the command's usage.
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const option = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
      io.stderr(`swimlane ${name}: ${option ? `unknown option "${option}"` : (error as Error).message}\n\n${command.usage}\n`);
      return EXIT.usage;
    }
    io.stderr(`swimlane ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
