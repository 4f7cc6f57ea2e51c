/** `swimlane init`: sets up a team's repository for maps (git drivers, config, schema, modelines, CI). */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { atomicSave } from '../../shared/node/atomicSave';
import { findMapFiles } from '../../shared/node/loadWorkspace';
import { relativeRef } from '../../shared/node/mapFiles';
import { mapJsonSchema } from '../../shared/model/jsonSchema';
import { CONFIG_FILE_NAME } from '../../shared/rules/config';
import { defineCommand } from '../defineCommand';
import { EXIT } from '../io';

/** Only the locally installed CLI: a bin path can never resolve a registry package, unlike bare `npx`. */
export const LOCAL_CLI = 'node_modules/.bin/swimlane';
const SCHEMA_FILE = '.swimlane/swimlane-map.schema.json';
const MODELINE = /^# yaml-language-server: \$schema=\S*\n/;

export function gitConfigLines(): Array<[string, string]> {
  return [
    ['diff.swimlane.command', `${LOCAL_CLI} diff`],
    ['merge.swimlane.name', 'Swimlane Studio map merge'],
    ['merge.swimlane.driver', `${LOCAL_CLI} merge-driver %O %A %B %P --marker-size %L`],
  ];
}

function githubWorkflow(maps: string): string {
  return `# Checks the process maps on every push and pull request; findings show as code-scanning annotations.
name: swimlane
on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  maps:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npm ci
      - run: ${LOCAL_CLI} fmt --check ${maps}
      - run: ${LOCAL_CLI} validate --format sarif ${maps} > swimlane.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: swimlane.sarif
`;
}

/** The GitLab job, in a file of its own so a team's existing .gitlab-ci.yml only needs to include it. */
export const GITLAB_JOB_FILE = '.gitlab/swimlane.gitlab-ci.yml';

function gitlabJob(maps: string): string {
  return `# Checks the process maps in every pipeline. GitLab reads no SARIF in merge requests: the findings
# go to the Code Quality widget (artifacts:reports:codequality); swimlane.sarif is kept as a plain
# artifact for tools that read SARIF.
swimlane:
  image: node:22
  script:
    - npm ci
    - ${LOCAL_CLI} fmt --check ${maps}
    - ${LOCAL_CLI} validate --format sarif ${maps} > swimlane.sarif || true
    - ${LOCAL_CLI} validate --format codequality ${maps} > gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
    paths:
      - swimlane.sarif
`;
}

const GITLAB_INCLUDE = `include:\n  - local: ${GITLAB_JOB_FILE}\n`;

interface PlannedFile {
  readonly file: string;
  readonly text: string;
  /** Text already there (undefined: a new file). */
  readonly before: string | undefined;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `text` with `lines` appended that it does not already hold (never drops a line the user wrote). */
function withLines(text: string | undefined, lines: readonly string[]): string {
  const existing = text ?? '';
  const missing = lines.filter((line) => !existing.split('\n').includes(line));
  if (missing.length === 0) return existing;
  return `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`;
}

export const initCommand = defineCommand({
  name: 'init',
  summary: 'set up a repository for maps: git diff/merge drivers, config, schema, modelines, CI',
  usage: `Usage: swimlane init [options]

Run in the root of the team's repository, after "npm install -D swimlane-studio". Writes:
  .gitattributes               <maps>/**/*.yaml diff=swimlane merge=swimlane
  git config (this clone)      diff and merge drivers that run ${LOCAL_CLI} (never a registry package)
  ${CONFIG_FILE_NAME}         the rule configuration, if there is none
  ${SCHEMA_FILE}  the JSON Schema, and a modeline pointing at it in every map
  .github/workflows/swimlane.yml  an example CI job uploading SARIF (--ci none to skip), or with
                               --ci gitlab: ${GITLAB_JOB_FILE} (Code Quality report, SARIF artifact)
                               and a .gitlab-ci.yml including it, if there is none
Running it again changes only what is missing or out of date. Each clone runs it once for the git
config (which git does not version).

Options:
  --maps <folder>    the folder that holds the maps (default: maps)
  --ci <github|gitlab|none> the CI example to write (default: github)
  --dry-run          show what would be written, write nothing
  -h, --help         show this help

Exit codes: 0 set up (or nothing to do), 2 usage, not a git repository, or a file that cannot be written.`,
  options: { maps: { type: 'string', default: 'maps' }, ci: { type: 'string', default: 'github' }, 'dry-run': { type: 'boolean', default: false } },
  async run({ values, io, cwd, fail }) {
    if (!['github', 'gitlab', 'none'].includes(values.ci!)) return fail(`unknown --ci "${values.ci}" (github, gitlab or none)`);
    const git = (...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    let root: string;
    try {
      root = git('rev-parse', '--show-toplevel');
    } catch {
      return fail(`${cwd} is not inside a git repository (run "git init" first)`);
    }
    const maps = values.maps!.replace(/\/+$/, '');
    const planned: PlannedFile[] = [];
    const plan = async (relative: string, next: (before: string | undefined) => string): Promise<void> => {
      const file = path.join(root, relative);
      const before = await readIfExists(file);
      planned.push({ file, text: next(before), before });
    };
    await plan('.gitattributes', (before) => withLines(before, [`${maps}/**/*.yaml diff=swimlane merge=swimlane`, `${maps}/**/*.yml diff=swimlane merge=swimlane`]));
    await plan(CONFIG_FILE_NAME, (before) => before ?? `# Rule configuration for swimlane validate and the editor: off, info, warn or error per rule id.\nroot: true\nextends: swimlane:recommended\nrules: {}\n`);
    await plan(SCHEMA_FILE, () => `${JSON.stringify(mapJsonSchema(), null, 2)}\n`);
    if (values.ci === 'github') await plan('.github/workflows/swimlane.yml', (before) => before ?? githubWorkflow(maps));
    let gitlabIncludeMissing = false;
    if (values.ci === 'gitlab') {
      await plan(GITLAB_JOB_FILE, (before) => before ?? gitlabJob(maps));
      // A pipeline the team already has is theirs to edit: we only say what to add.
      await plan('.gitlab-ci.yml', (before) => {
        gitlabIncludeMissing = before !== undefined && !before.includes(GITLAB_JOB_FILE);
        return before ?? GITLAB_INCLUDE;
      });
    }
    const mapFolder = path.join(root, maps);
    // Actor catalogues have a schema of their own (swimlane schema --actors).
    const mapFiles = (await findMapFiles(mapFolder).catch(() => [] as string[])).filter((file) => !/^actors\.ya?ml$/.test(path.basename(file)));
    for (const file of mapFiles) {
      const modeline = `# yaml-language-server: $schema=${relativeRef(file, path.join(root, SCHEMA_FILE))}\n`;
      await plan(path.relative(root, file), (before) => (before === undefined ? '' : MODELINE.test(before) ? before.replace(MODELINE, modeline) : `${modeline}${before}`));
    }
    const changed = planned.filter((entry) => entry.text !== entry.before);
    const configLines = gitConfigLines().filter(([key, value]) => {
      try {
        return git('config', '--local', '--get', key) !== value;
      } catch {
        return true;
      }
    });
    const shown = (file: string): string => path.relative(root, file) || file;
    if (values['dry-run']) {
      for (const entry of changed) io.stdout(`would ${entry.before === undefined ? 'create' : 'update'} ${shown(entry.file)}:\n${entry.text.replace(/^/gm, '  | ')}\n`);
      for (const [key, value] of configLines) io.stdout(`would run: git config ${key} "${value}"\n`);
      if (gitlabIncludeMissing) io.stdout(`would ask to add to .gitlab-ci.yml:\n${GITLAB_INCLUDE}`);
      if (changed.length === 0 && configLines.length === 0) io.stdout('nothing to do: the repository is set up\n');
      return EXIT.ok;
    }
    try {
      for (const entry of changed) {
        await mkdir(path.dirname(entry.file), { recursive: true });
        await atomicSave(entry.file, Buffer.from(entry.text, 'utf8'));
        io.stdout(`${entry.before === undefined ? 'created' : 'updated'} ${shown(entry.file)}\n`);
      }
      for (const [key, value] of configLines) {
        git('config', '--local', key, value);
        io.stdout(`git config ${key} "${value}"\n`);
      }
    } catch (error) {
      io.stderr(`swimlane init: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    if (gitlabIncludeMissing) io.stdout(`add to .gitlab-ci.yml to run the map checks:\n${GITLAB_INCLUDE}`);
    if (changed.length === 0 && configLines.length === 0 && !gitlabIncludeMissing) io.stdout('nothing to do: the repository is set up\n');
    return EXIT.ok;
  },
});
