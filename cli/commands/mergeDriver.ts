/** `swimlane merge-driver`: a git merge driver that merges maps by element id. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { atomicSave } from '../../shared/node/atomicSave';
import { saveMapText } from '../../shared/node/mapFiles';
import { mergeMapTexts } from '../../shared/merge/mergeMapTexts';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';
import { readTextFile } from '../../shared/node/readTextFile';

/** Line-based merge by git itself, for files that are not valid maps; writes into `ours`. */
function gitMergeFile(ours: string, base: string, theirs: string, markerSize: number, label: string): Promise<number> {
  return new Promise((resolve) => {
    execFile('git', ['merge-file', `--marker-size=${markerSize}`, '-L', `ours (${label})`, '-L', 'base', '-L', 'theirs', ours, base, theirs], (error) => {
      if (!error) resolve(EXIT.ok);
      else {
        const code = (error as { code?: number | string }).code;
        resolve(typeof code === 'number' && code > 0 && code < 128 ? EXIT.findings : EXIT.usage);
      }
    });
  });
}

export const mergeDriverCommand: CommandSpec = {
  name: 'merge-driver',
  summary: 'git merge driver: three-way merge of maps by element id',
  usage: `Usage: swimlane merge-driver <base> <ours> <theirs> [<path>] [--marker-size <n>]

A git merge driver for map files. Git passes the common ancestor (%O), our version (%A, which
receives the result) and their version (%B); %P is the path shown in messages and %L the marker
size. Elements are matched by id and merged field by field: independent changes are combined;
where the same field of the same element changed differently on both sides, conflict markers
surround that element's YAML only (ours, base, theirs) and the exit code is 1. Files that are not
valid maps are merged line by line by "git merge-file".

Set it up once per repository:
  .gitattributes:  *.yaml merge=swimlane
  git config merge.swimlane.name "Swimlane Studio map merge"
  git config merge.swimlane.driver "node_modules/.bin/swimlane merge-driver %O %A %B %P --marker-size %L"

Exit codes: 0 merged cleanly, 1 conflicts left in <ours>, 2 usage or unreadable input.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'marker-size': { type: 'string', default: '7' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    const markerSize = Number(values['marker-size']);
    if (positionals.length < 3 || positionals.length > 4 || !Number.isInteger(markerSize) || markerSize < 1) {
      io.stderr(`swimlane merge-driver: expected <base> <ours> <theirs> [<path>] and a whole --marker-size\n\n${this.usage}\n`);
      return EXIT.usage;
    }
    const cwd = io.cwd ?? process.cwd();
    const [base, ours, theirs] = positionals.slice(0, 3).map((file) => path.resolve(cwd, file)) as [string, string, string];
    const shown = positionals[3] ?? positionals[1]!;
    let texts: string[];
    try {
      // Bytes that are not UTF-8 are refused before anything is written: git then keeps its own result.
      texts = await Promise.all([base, ours, theirs].map((file, index) => readTextFile(file, { shownAs: `${shown} (${['base', 'ours', 'theirs'][index]})` })));
    } catch (error) {
      io.stderr(`swimlane merge-driver: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    const result = mergeMapTexts(texts[0]!, texts[1]!, texts[2]!, { markerSize, labels: { ours: `ours (${shown})`, base: 'base', theirs: 'theirs' } });
    if (result.status === 'unmergeable') {
      io.stderr(`swimlane merge-driver: ${shown}: ${result.reason}; merging line by line instead\n`);
      return gitMergeFile(ours, base, theirs, markerSize, shown);
    }
    if (result.status === 'merged') {
      await saveMapText(ours, result.text);
      return EXIT.ok;
    }
    // Conflict markers make the file unreadable as YAML until resolved: written as is, on purpose.
    await atomicSave(ours, Buffer.from(result.text, 'utf8'));
    for (const conflict of result.conflicts) {
      io.stderr(`swimlane merge-driver: ${shown}: conflict in ${conflict.path.join('.')}${conflict.fields.length ? ` (${conflict.fields.join(', ')})` : ''}\n`);
    }
    return EXIT.findings;
  },
};
