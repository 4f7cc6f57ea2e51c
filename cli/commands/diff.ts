/** `swimlane diff`: what changed between two maps, in process terms, for a terminal, a tool or a pull request. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffMaps } from '../../shared/diff/diffMaps';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../shared/diff/formatDiff';
import { displayPath } from '../../shared/node/loadWorkspace';
import { decodeText, readTextFile } from '../../shared/node/readTextFile';
import { terminalSafe } from '../../shared/text/terminalSafe';
import { parseMap } from '../../shared/yaml/parseMap';
import type { ParsedMap } from '../../shared/yaml/parseMap';
import { formatIssuesHuman } from '../issueFormats';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';

/** The text of `file` at git revision `rev` (`git show rev:./file`, run in the file's folder). */
export function gitShow(rev: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['show', `${rev}:./${path.basename(file)}`], { cwd: path.dirname(file), maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.toString('utf8').trim() || error.message));
      else {
        try {
          resolve(decodeText(stdout, `${rev}:${path.basename(file)}`));
        } catch (notText) {
          reject(notText as Error);
        }
      }
    });
  });
}

/** git's own line diff of two files (exit 1 just means they differ). */
function plainDiff(oldFile: string, newFile: string, cwd: string): Promise<string> {
  return new Promise((resolve) => {
    execFile('git', ['diff', '--no-index', '--no-ext-diff', '--', oldFile, newFile], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (_error, stdout) => resolve(stdout));
  });
}

export const diffCommand: CommandSpec = {
  name: 'diff',
  summary: 'show what changed between two maps in process terms (text, JSON or Markdown)',
  usage: `Usage: swimlane diff [options] <old.yaml> <new.yaml>
       swimlane diff [options] --git <rev>[..<rev>] <file>

Compares two maps element by element (matched by id) and names each change as a process change:
activity added, removed, renamed or moved to another lane (actor); flow added, removed, rewired,
condition or label changed; handoff added, removed, or its objects, actors, mechanisms or
procedures changed; trigger, lane, phase, group, actor, description and deviation changes.
Layout (pinned positions, layout hints) and file order are counted separately.

With --git, the old side is <file> at revision <rev> and the new side the working copy, or, with
<rev1>..<rev2>, the file at both revisions.

As a git diff driver (git passes seven arguments), "git diff" shows maps this way:
  .gitattributes:  *.yaml diff=swimlane
  git config diff.swimlane.command "node_modules/.bin/swimlane diff"

Options:
  --format <text|json|markdown>  output format (default: text; markdown suits a pull-request comment)
  --layout                       list the layout changes too (text output)
  --exit-code                    exit 1 when there are semantic changes (like git diff --exit-code)
  -h, --help                     show this help

Exit codes: 0 compared (with --exit-code: no semantic change), 1 semantic changes with
--exit-code, 2 usage, unreadable or invalid input.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        git: { type: 'string' },
        layout: { type: 'boolean', default: false },
        'exit-code': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    const fail = (message: string): number => {
      io.stderr(`swimlane diff: ${message}\n`);
      return EXIT.usage;
    };
    if (!['text', 'json', 'markdown'].includes(values.format!)) return fail(`unknown --format "${values.format}" (text, json or markdown)`);
    const cwd = io.cwd ?? process.cwd();
    const sides: Array<{ label: string; read: () => Promise<string> }> = [];
    if (values.git !== undefined) {
      if (positionals.length !== 1) return fail(`--git compares one file with itself at a revision: name exactly one file\n\n${this.usage}`);
      const file = path.resolve(cwd, positionals[0]!);
      const shown = displayPath(file, cwd);
      const [from, to] = values.git.includes('..') ? values.git.split('..') : [values.git, undefined];
      if (!from) return fail(`--git needs a revision, e.g. --git HEAD or --git main..HEAD`);
      sides.push({ label: `${from}:${shown}`, read: () => gitShow(from, file) });
      sides.push(to ? { label: `${to}:${shown}`, read: () => gitShow(to, file) } : { label: shown, read: () => readTextFile(file, { shownAs: shown }) });
    } else if (positionals.length === 7) {
      // Called by git as an external diff driver: path old-file old-hex old-mode new-file new-hex new-mode.
      const [shown, oldFile, , , newFile] = positionals as [string, string, string, string, string];
      for (const [file, side] of [
        [oldFile, 'a'],
        [newFile, 'b'],
      ] as const) {
        if (file === '/dev/null') {
          io.stdout(`${shown}: ${side === 'a' ? 'new' : 'deleted'} map\n`);
          return EXIT.ok;
        }
        sides.push({ label: `${side}/${shown}`, read: () => readTextFile(path.resolve(cwd, file), { shownAs: `${side}/${shown}` }) });
      }
    } else {
      if (positionals.length !== 2) return fail(`name the old and the new map\n\n${this.usage}`);
      for (const input of positionals) {
        const file = path.resolve(cwd, input);
        sides.push({ label: displayPath(file, cwd), read: () => readTextFile(file, { shownAs: displayPath(file, cwd) }) });
      }
    }
    const isGitDriver = positionals.length === 7;
    const maps: ParsedMap[] = [];
    for (const side of sides) {
      let text: string;
      try {
        text = await side.read();
      } catch (error) {
        return fail(`${side.label}: ${(error as Error).message}`);
      }
      const parsed = parseMap(text, side.label);
      if (!parsed.value) {
        // As git's diff driver, a file that is not a map (an actor catalogue, a broken file) gets git's own diff.
        if (isGitDriver) {
          io.stdout(await plainDiff(positionals[1]!, positionals[4]!, cwd));
          return EXIT.ok;
        }
        io.stderr(formatIssuesHuman(parsed.issues, 1));
        return EXIT.usage;
      }
      maps.push(parsed);
    }
    const diff = diffMaps(maps[0]!.value!, maps[1]!.value!, { renamedMapReferences: true });
    const labels = { from: sides[0]!.label, to: sides[1]!.label };
    io.stdout(
      values.format === 'json' ? formatDiffJson(diff, labels) : terminalSafe(values.format === 'markdown' ? formatDiffMarkdown(diff, labels) : formatDiffText(diff, labels, { showLayout: values.layout })),
    );
    return values['exit-code'] && diff.changes.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
