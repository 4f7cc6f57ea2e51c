import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo } from './gitRepo';
import type { GitRepo } from './gitRepo';
import { runCli } from './runCli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ACME = 'model-library/examples/acme';
let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

describe('swimlane diff', () => {
  it('shows the one deliberate improvement between the example as-is and to-be maps', async () => {
    // given Acme's Detect map as-is and to-be
    // when they are compared
    const run = await runCli(['diff', `${ACME}/D-as-is.yaml`, `${ACME}/D-to-be.yaml`, '--format', 'json'], { cwd: ROOT });
    // then the changes are the map identity, the links now naming the to-be triage map (said once
    // for its two places), and the handoff's new mechanism and procedure
    const diff = JSON.parse(run.stdout) as { changes: Array<{ kind: string; path: string[] }>; layout: unknown[] };
    expect(diff.changes.map((change) => `${change.kind} ${change.path.join('.')}`)).toEqual([
      'map.changed id',
      'map.changed title',
      'map.changed kind',
      'map.changed summary',
      'map.references-renamed mapReferences.acme-T-as-is',
      'handoff.procedures-changed handoffs.D-to-T.kinds.person-to-person.procedures',
      'handoff.mechanism-changed handoffs.D-to-T.kinds.person-to-person.modes',
      'handoff.changed handoffs.D-to-T.kinds.person-to-person.notes',
    ]);
    expect(diff.layout).toEqual([]);
  });

  it('writes Markdown for a pull request and text for a terminal', async () => {
    // given the same pair / when asked for Markdown and text
    const markdown = await runCli(['diff', '--format', 'markdown', `${ACME}/D-as-is.yaml`, `${ACME}/D-to-be.yaml`], { cwd: ROOT });
    const text = await runCli(['diff', `${ACME}/D-as-is.yaml`, `${ACME}/D-to-be.yaml`, '--exit-code'], { cwd: ROOT });
    // then both name the mechanism change, and --exit-code reports that there are changes
    expect(markdown.stdout).toContain('### Process changes: `model-library/examples/acme/D-as-is.yaml` → `model-library/examples/acme/D-to-be.yaml`');
    expect(markdown.stdout).toContain('- **handoff mechanism changed** `D-to-T`: handoff D-to-T');
    expect(text.stdout).toContain('mechanisms verbal: Phone → electronic: Ticketing system  [handoff.mechanism-changed]');
    expect(text.code).toBe(1);
  });

  it('compares a file with itself at a git revision', async () => {
    // given a committed map, then a lane reordered and an activity moved in the working copy
    repo = createGitRepo();
    const file = path.join(repo.dir, 'T.yaml');
    copyFileSync(path.join(ROOT, ACME, 'T-as-is.yaml'), file);
    repo.git('add', '.');
    repo.git('commit', '-qm', 'as-is');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Assign Events\n    lane: csirt-manager', 'name: Assign Events\n    lane: soc'));
    // when diffed against HEAD
    const run = await runCli(['diff', '--git', 'HEAD', 'T.yaml'], { cwd: repo.dir });
    // then the move is named with both lanes
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HEAD:T.yaml → T.yaml: 1 change');
    expect(run.stdout).toContain('~ activity T3 "Assign Events" moved from lane csirt-manager to lane soc  [activity.moved]');
    // and between two revisions
    repo.git('commit', '-qam', 'move');
    const between = await runCli(['diff', '--git', 'HEAD~1..HEAD', 'T.yaml', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(between.stdout).changes.map((change: { kind: string }) => change.kind)).toEqual(['activity.moved']);
  });

  it('rejects an unknown revision as a usage error', async () => {
    // given / when / then
    repo = createGitRepo();
    copyFileSync(path.join(ROOT, ACME, 'T-as-is.yaml'), path.join(repo.dir, 'T.yaml'));
    const run = await runCli(['diff', '--git', 'nope', 'T.yaml'], { cwd: repo.dir });
    expect(run.code).toBe(2);
  });
});

describe('swimlane diff as git diff driver', () => {
  it('makes "git diff" show maps as process changes and other YAML as lines', () => {
    // given a repo that routes *.yaml through the diff driver, a map and a catalogue both changed
    repo = createGitRepo();
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    writeFileSync(path.join(repo.dir, '.gitattributes'), '*.yaml diff=swimlane\n');
    repo.git('config', 'diff.swimlane.command', `"${tsx}" "${path.join(ROOT, 'cli/main.ts')}" diff`);
    copyFileSync(path.join(ROOT, ACME, 'D-as-is.yaml'), path.join(repo.dir, 'D.yaml'));
    copyFileSync(path.join(ROOT, ACME, 'actors.yaml'), path.join(repo.dir, 'actors.yaml'));
    repo.git('add', '.');
    repo.git('commit', '-qm', 'base');
    copyFileSync(path.join(ROOT, ACME, 'D-to-be.yaml'), path.join(repo.dir, 'D.yaml'));
    writeFileSync(path.join(repo.dir, 'actors.yaml'), readFileSync(path.join(repo.dir, 'actors.yaml'), 'utf8').replace('name: SOC\n', 'name: Security operations centre\n'));
    // when git diff runs
    const output = repo.git('diff');
    // then the map's change is named in process terms and the catalogue falls back to a line diff
    expect(output).toContain('a/D.yaml → b/D.yaml: 8 changes');
    expect(output).toContain('[handoff.mechanism-changed]');
    expect(output).toContain('+    name: Security operations centre');
  });
});
