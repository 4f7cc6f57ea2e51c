/** `swimlane rebase`: carry the changes of a new reference version into a tailored map. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProcessMap } from '../../shared/model/schema';
import { displayPath } from '../../shared/node/loadWorkspace';
import { mapText, readMapFile, relativeRef, saveMapText, textHash } from '../../shared/node/mapFiles';
import { readTextFile } from '../../shared/node/readTextFile';
import { rebaseOnReference } from '../../shared/tailor/rebaseOnReference';
import type { Acceptance, UpstreamChange } from '../../shared/tailor/rebaseOnReference';
import { parseMap } from '../../shared/yaml/parseMap';
import { formatIssuesHuman } from '../issueFormats';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';

function git(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => (error ? reject(new Error(stderr.trim() || error.message)) : resolve(stdout)));
  });
}

/**
 * The text of the reference version a map was tailored from: the file itself when its hash still
 * matches, else the version in the file's git history whose sha256 is the recorded hash.
 */
export async function findTailoredFromText(referenceFile: string, hash: string | undefined): Promise<{ text: string; where: string } | undefined> {
  const current = await readTextFile(referenceFile).catch(() => undefined);
  if (current !== undefined && (hash === undefined || textHash(current) === hash)) return { text: current, where: 'working copy' };
  if (hash === undefined) return undefined;
  const folder = path.dirname(referenceFile);
  const name = `./${path.basename(referenceFile)}`;
  const commits = await git(['log', '--format=%H', '--', name], folder).catch(() => '');
  for (const commit of commits.split('\n').filter(Boolean)) {
    const text = await git(['show', `${commit}:${name}`], folder).catch(() => undefined);
    if (text !== undefined && textHash(text) === hash) return { text, where: `git ${commit.slice(0, 12)}` };
  }
  return undefined;
}

function statusWord(item: UpstreamChange): string {
  return {
    applied: 'applied',
    'not-accepted': 'pending',
    'already-there': 'already there',
    'locally-changed': 'kept local',
    'removed-locally': 'not present',
    'not-copied': 'not copied',
  }[item.status];
}

export const rebaseCommand: CommandSpec = {
  name: 'rebase',
  summary: 'apply the changes of a new reference version to a tailored map',
  usage: `Usage: swimlane rebase <map> --onto <new-reference> [--accept all|ID,ID...] [--from <old-reference>]

Lists what changed between the reference version the map was tailored from and the new version,
and, with --accept, applies the accepted changes to the map through its "ref" links. A change is
applied only where the map still holds the old reference content; where the organisation changed
that content itself, the change is listed as "kept local" for a person to decide. derivedFrom then
points at the new version (path, version and hash).

The old version is --from if given, else the file named by derivedFrom.path if its sha256 still
matches derivedFrom.hash, else the version in that file's git history with that hash.

Options:
  --onto <file>       the new reference version (required)
  --accept <ids>      "all", or change ids as listed (activities.D2.name), or an element prefix
                      (activities.D2 accepts every change of D2); repeatable. Without it: list only.
  --from <file>       the reference version the map was tailored from
  --format <text|json> output format of the list (default: text)
  -h, --help          show this help

Exit codes: 0 listed or applied, 1 some accepted changes were kept local, 2 usage or unreadable input.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        onto: { type: 'string' },
        accept: { type: 'string', multiple: true },
        from: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    const fail = (message: string): number => {
      io.stderr(`swimlane rebase: ${message}\n`);
      return EXIT.usage;
    };
    if (positionals.length !== 1 || !values.onto) return fail(`name one tailored map and --onto <new-reference>\n\n${this.usage}`);
    if (values.format !== 'text' && values.format !== 'json') return fail(`unknown --format "${values.format}" (text or json)`);
    const cwd = io.cwd ?? process.cwd();
    const mapFile = path.resolve(cwd, positionals[0]!);
    const ontoFile = path.resolve(cwd, values.onto);
    const tailored = await readMapFile(mapFile, displayPath(mapFile, cwd)).catch(() => undefined);
    if (!tailored) return fail(`${displayPath(mapFile, cwd)}: cannot read`);
    const onto = await readMapFile(ontoFile, displayPath(ontoFile, cwd)).catch(() => undefined);
    if (!onto) return fail(`${displayPath(ontoFile, cwd)}: cannot read`);
    for (const parsed of [tailored.parsed, onto.parsed]) {
      if (!parsed.value) {
        io.stderr(formatIssuesHuman(parsed.issues, 1));
        return EXIT.usage;
      }
    }
    const derivedFrom = tailored.parsed.value!.derivedFrom;
    if (!derivedFrom) return fail(`${tailored.parsed.file} has no derivedFrom: it is not a tailored map`);
    let oldText: { text: string; where: string } | undefined;
    if (values.from) {
      const text = await readTextFile(path.resolve(cwd, values.from), { shownAs: values.from }).catch((error: Error) => error);
      if (text instanceof Error) return fail(`${values.from}: cannot read: ${text.message}`);
      oldText = { text, where: values.from };
    } else if (derivedFrom.path) {
      oldText = await findTailoredFromText(path.resolve(path.dirname(mapFile), derivedFrom.path), derivedFrom.hash);
    }
    if (!oldText) return fail(`cannot find the reference version ${tailored.parsed.file} was tailored from (hash ${derivedFrom.hash ?? 'not recorded'}); pass it with --from`);
    const old = parseMap(oldText.text, `${derivedFrom.path ?? derivedFrom.map} (${oldText.where})`);
    if (!old.value) {
      io.stderr(formatIssuesHuman(old.issues, 1));
      return EXIT.usage;
    }
    const accept: Acceptance = values.accept === undefined ? [] : values.accept.includes('all') ? 'all' : values.accept.flatMap((value) => value.split(',')).map((value) => value.trim());
    // The raw data keeps the file's key order, so only the changed lines are rewritten.
    const result = rebaseOnReference(tailored.parsed.data as ProcessMap, old.value, onto.parsed.value!, accept, { path: relativeRef(mapFile, ontoFile), hash: textHash(onto.text) });
    if (values.format === 'json') io.stdout(`${JSON.stringify({ map: tailored.parsed.value!.id, from: oldText.where, onto: onto.parsed.file, upstream: result.upstream }, null, 2)}\n`);
    else {
      io.stdout(`${result.upstream.length} upstream change${result.upstream.length === 1 ? '' : 's'} from ${old.value.id} (${oldText.where}) to ${onto.parsed.file}:\n`);
      for (const item of result.upstream) io.stdout(`  ${statusWord(item).padEnd(13)} ${item.id}: ${item.change.message}${item.note ? ` — ${item.note}` : ''}\n`);
    }
    if (values.accept === undefined) {
      if (values.format === 'text') io.stdout('Nothing written: choose with --accept all or --accept <id>,<id>.\n');
      return EXIT.ok;
    }
    await saveMapText(mapFile, mapText(result.map, tailored.text));
    if (values.format === 'text') io.stdout(`${tailored.parsed.file}: rebased onto ${onto.parsed.file}\n`);
    return result.upstream.some((item) => item.status === 'locally-changed') ? EXIT.findings : EXIT.ok;
  },
};
