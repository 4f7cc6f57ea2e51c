/** `swimlane tailor`: a new as-is or to-be map from a reference map, with the performers chosen. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareIssues } from '../../shared/model/issue';
import { displayPath, loadWorkspace } from '../../shared/node/loadWorkspace';
import { findActorCatalogue, mapText, readActorCatalogue, readMapFile, readTextIfExists, relativeRef, saveMapText, textHash } from '../../shared/node/mapFiles';
import { tailorMap } from '../../shared/tailor/tailorMap';
import { findingsOf } from '../checkMaps';
import { formatIssuesHuman } from '../issueFormats';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';

/** Parses repeated `KEY=VALUE` options into a record, or returns the first malformed one. */
export function parsePairs(values: readonly string[] | undefined): Record<string, string> | string {
  const pairs: Record<string, string> = {};
  for (const value of values ?? []) {
    for (const item of value.split(',')) {
      const at = item.indexOf('=');
      if (at <= 0 || at === item.length - 1) return item;
      pairs[item.slice(0, at).trim()] = item.slice(at + 1).trim();
    }
  }
  return pairs;
}

/** The reference's `yaml-language-server` schema, as a path from the new file (URLs kept as they are). */
function schemaCommentFor(referenceText: string, referenceFile: string, outputFile: string): string | undefined {
  const schema = /^# yaml-language-server: \$schema=(\S+)/m.exec(referenceText)?.[1];
  if (!schema || /^[a-z]+:\/\//i.test(schema)) return schema;
  return relativeRef(outputFile, path.resolve(path.dirname(referenceFile), schema));
}

export const tailorCommand: CommandSpec = {
  name: 'tailor',
  summary: 'start an as-is or to-be map from a reference map, choosing who performs each activity',
  usage: `Usage: swimlane tailor <reference> -o <file> [options]

Creates a tailored map from a reference map. Each activity is performed by the actor you assign:
an actor of the actor catalogue (id, name or alias) or one of the activity's key people in the
reference. One lane is made per chosen actor. The new map records the reference it derives from
(id, relative path, version, sha256 of the file) and every element keeps a "ref" to its reference
element. Activities you do not assign get no lane and are listed as a warning.

Options:
  -o, --output <file>     the new map file (required; refuses to overwrite without --force)
  --kind <as-is|to-be>    kind of the new map (default: as-is)
  --id <id>               map id (default: the output file name without extension)
  --title <text>          map title (default: the reference title with the kind)
  --assign <A=actor>      who performs activity A; repeatable, or comma-separated (D1=help-desk,D2=soc)
  --actors <file>         actor catalogue (default: the nearest actors.yaml from the output folder up)
  --link <MAP=ID>         point lines to map MAP at tailored map ID instead (e.g. T=acme-T-as-is)
  --brief                 copy names and structure only, not the reference's prose (summaries,
                          requirements, procedures, technology, workflow description)
  --force                 overwrite an existing file (its comments and untouched lines are kept)
  -h, --help              show this help

Exit codes: 0 written (warnings possible), 1 the reference does not load, 2 usage or bad choices.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        kind: { type: 'string', default: 'as-is' },
        id: { type: 'string' },
        title: { type: 'string' },
        assign: { type: 'string', multiple: true },
        actors: { type: 'string' },
        link: { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        brief: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    const fail = (message: string): number => {
      io.stderr(`swimlane tailor: ${message}\n`);
      return EXIT.usage;
    };
    if (positionals.length !== 1 || !values.output) return fail(`name one reference map and an output file (-o)\n\n${this.usage}`);
    if (values.kind !== 'as-is' && values.kind !== 'to-be') return fail(`--kind is as-is or to-be, not "${values.kind}"`);
    const assign = parsePairs(values.assign);
    if (typeof assign === 'string') return fail(`--assign takes ACTIVITY=ACTOR, not "${assign}"`);
    const links = parsePairs(values.link);
    if (typeof links === 'string') return fail(`--link takes MAP=ID, not "${links}"`);
    const cwd = io.cwd ?? process.cwd();
    const referenceFile = path.resolve(cwd, positionals[0]!);
    const outputFile = path.resolve(cwd, values.output);
    const shownOutput = displayPath(outputFile, cwd);
    const reference = await readMapFile(referenceFile, displayPath(referenceFile, cwd)).catch(() => undefined);
    if (!reference) return fail(`${displayPath(referenceFile, cwd)}: cannot read the reference map`);
    if (!reference.parsed.value) {
      io.stderr(formatIssuesHuman(reference.parsed.issues, 1));
      return EXIT.findings;
    }
    const existing = await readTextIfExists(outputFile);
    if (existing !== undefined && !values.force) return fail(`${shownOutput} exists; use --force to overwrite it`);
    const found = values.actors ? await readActorCatalogue(path.resolve(cwd, values.actors)).catch(() => undefined) : await findActorCatalogue(path.dirname(outputFile));
    if (values.actors && !found) return fail(`${values.actors}: cannot read the actor catalogue`);
    if (found?.problem) return fail(found.problem);

    const result = tailorMap(reference.parsed.value, {
      id: values.id ?? path.basename(outputFile).replace(/\.ya?ml$/i, ''),
      kind: values.kind,
      ...(values.title ? { title: values.title } : {}),
      referencePath: relativeRef(outputFile, referenceFile),
      referenceHash: textHash(reference.text),
      assign,
      ...(found?.catalogue ? { catalogue: found.catalogue.actors } : {}),
      mapLinks: links,
      brief: values.brief,
    });
    if (result.problems.length > 0) {
      for (const problem of result.problems) io.stderr(`swimlane tailor: ${problem}\n`);
      return EXIT.usage;
    }
    // The README's first command names maps/ before there is one.
    await mkdir(path.dirname(outputFile), { recursive: true });
    await saveMapText(outputFile, mapText(result.map, existing, schemaCommentFor(reference.text, referenceFile, outputFile)));
    const lanes = Object.keys(result.map.lanes ?? {});
    io.stdout(
      `${shownOutput}: ${result.map.kind} map "${result.map.id}" from ${reference.parsed.value.id} with ${Object.keys(result.map.activities).length} activities in ${lanes.length} lanes (${lanes.join(', ') || 'none'})\n`,
    );
    if (result.createdActors.length > 0) {
      io.stdout(`  actors made from key people (not in the catalogue): ${result.createdActors.join(', ')}\n`);
    }
    if (result.unassigned.length > 0) {
      io.stderr(`warning: ${result.unassigned.length} activities have no performer yet (no lane); assign them with --assign ID=ACTOR:\n`);
      for (const id of result.unassigned) {
        const activity = reference.parsed.value.activities[id]!;
        io.stderr(`  ${id} ${activity.name}${activity.keyPeople?.length ? ` — key people: ${activity.keyPeople.join('; ')}` : ''}\n`);
      }
    }
    // What the new map still lacks, as validate will say it, and how to get there.
    const loaded = await loadWorkspace([outputFile], cwd);
    const findings = (await findingsOf(loaded, cwd)).filter((issue) => issue.severity !== 'info').sort(compareIssues);
    if (findings.length > 0) {
      io.stderr(`${shownOutput} does not validate yet:\n${formatIssuesHuman(findings, 1)}`);
      const rules = new Set(findings.map((issue) => issue.rule));
      for (const [rule, advice] of Object.entries(RESOLUTIONS)) if (rules.has(rule)) io.stderr(`  to resolve ${rule}: ${advice}\n`);
    } else {
      io.stdout(`${shownOutput} validates with no errors or warnings\n`);
    }
    return EXIT.ok;
  },
};

/** How to resolve what a freshly tailored map typically lacks. */
const RESOLUTIONS: Record<string, string> = {
  'activity-without-lane': 'rerun with --force --assign ID=ACTOR for each activity (an actor id of the catalogue, or a new name), or add lanes in the editor',
  'handoff-without-description': 'describe the handoff in the editor (quick fix "Describe handoff"), or add it under handoffs:',
  'cross-map-reference': 'tailor the linked maps into the same folder (or pass --link MAP=ID to point at ones you have)',
  'unknown-actor': 'add the actor to actors.yaml, or pass --actors <catalogue>',
};
