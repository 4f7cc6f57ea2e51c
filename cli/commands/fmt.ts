/** `swimlane fmt`: rewrites maps in canonical form (key order, styles), keeping comments. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { displayPath } from '../../shared/node/loadWorkspace';
import { scanMapFolder } from '../../shared/node/scanMapFolder';
import { terminalSafe } from '../../shared/text/terminalSafe';
import { atomicSave } from '../../shared/node/atomicSave';
import { parseYamlSource } from '../../shared/yaml/parseYamlSource';
import { z } from 'zod';
import { formatMapText } from '../../shared/yaml/formatMapText';
import { formatIssuesHuman } from '../issueFormats';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';
import { readTextFile } from '../../shared/node/readTextFile';

/** A unified diff from `text` to `formatted`, by git's own line diff (the CLI works in git repositories). */
async function unifiedDiff(shown: string, text: string, formatted: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'swimlane-fmt-'));
  try {
    await writeFile(path.join(folder, 'a'), text);
    await writeFile(path.join(folder, 'b'), formatted);
    const diff = await new Promise<string>((resolve) => {
      execFile('git', ['diff', '--no-index', '--no-ext-diff', '--no-color', '--', 'a', 'b'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (_error, stdout) => resolve(stdout));
    });
    const hunks = diff.slice(Math.max(0, diff.indexOf('\n@@') + 1));
    return `--- ${shown}\n+++ ${shown} (formatted)\n${hunks}`;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const fmtCommand: CommandSpec = {
  name: 'fmt',
  summary: 'format maps canonically (comments kept); --check for CI',
  usage: `Usage: swimlane fmt [--check] <file|folder|->...

Rewrites each map with keys in canonical order and canonical styles. Comments, and the file's
line endings and byte-order mark, are kept. Formatting is idempotent. "-" formats standard input
to standard output.

Options:
  --check      write nothing; list files that are not formatted (a unified diff of what fmt
               would change goes to standard error), and exit 1 if any
  -h, --help   show this help

Exit codes: 0 formatted (with --check: nothing to format), 1 not formatted (--check) or a file
that does not load, 2 usage or a missing path.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (positionals.length === 0) {
      io.stderr(`swimlane fmt: name at least one map file or folder\n\n${this.usage}\n`);
      return EXIT.usage;
    }
    const cwd = io.cwd ?? process.cwd();
    if (positionals.length === 1 && positionals[0] === '-') {
      const text = io.readStdin ? await io.readStdin() : '';
      const result = formatMapText(text, '<stdin>');
      if (result.text === undefined) {
        io.stderr(formatIssuesHuman(result.issues, 1));
        return EXIT.findings;
      }
      io.stdout(result.text);
      return EXIT.ok;
    }
    const files: string[] = [];
    for (const input of positionals) {
      const absolute = path.resolve(cwd, input);
      const info = await stat(absolute).catch(() => undefined);
      if (!info) {
        io.stderr(`${displayPath(absolute, cwd)}: no such file or folder\n`);
        return EXIT.usage;
      }
      if (!info.isDirectory()) files.push(absolute);
      else {
        const scan = await scanMapFolder(absolute, { shownAs: (file) => displayPath(file, cwd) });
        for (const file of scan.files) files.push(file);
        for (const { file, reason } of scan.skipped) io.stderr(terminalSafe(`${displayPath(file, cwd)}: skipped, ${reason}\n`));
      }
    }
    let unformatted = 0;
    let failed = 0;
    for (const file of files) {
      const shown = displayPath(file, cwd);
      let text: string;
      try {
        text = await readTextFile(file, { shownAs: shown });
      } catch (error) {
        failed++;
        io.stderr(`${(error as Error).message}\n`);
        continue;
      }
      const result = formatMapText(text, shown);
      if (result.text === undefined) {
        failed++;
        io.stderr(formatIssuesHuman(result.issues, 1));
        continue;
      }
      if (result.text === text) continue;
      unformatted++;
      if (values.check) {
        // The list stays on standard output (one file a line, for scripts); the diff is for people.
        io.stdout(`${shown}: not formatted\n`);
        io.stderr(await unifiedDiff(shown, text, result.text));
      }
      else {
        // Never write text that does not load back as YAML.
        await atomicSave(file, Buffer.from(result.text, 'utf8'), {
          validate: (bytes) => parseYamlSource(Buffer.from(bytes).toString('utf8'), shown, z.unknown()).issues[0]?.message,
        });
        io.stdout(`${shown}: formatted\n`);
      }
    }
    if (failed > 0) return EXIT.findings;
    if (values.check && unformatted > 0) {
      io.stderr(`${unformatted} file${unformatted === 1 ? '' : 's'} not formatted; run \`swimlane fmt\`\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};
