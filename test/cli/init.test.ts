import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GITLAB_JOB_FILE } from '../../cli/commands/init';
import { createGitRepo, type GitRepo } from './gitRepo';
import { runCli } from './runCli';

const MAP = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\nactivities:\n  A:\n    name: Stuck\n';

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

describe('swimlane init --ci gitlab', () => {
  it('writes a GitLab job that reports findings to Code Quality and keeps SARIF, and a pipeline that includes it', async () => {
    // given a repository with a map and no pipeline
    repo = createGitRepo();
    mkdirSync(path.join(repo.dir, 'maps'));
    writeFileSync(path.join(repo.dir, 'maps', 'm.yaml'), MAP);
    // when
    const result = await runCli(['init', '--ci', 'gitlab'], { cwd: repo.dir });
    // then the job runs the local CLI and hands GitLab a codequality report, SARIF as a plain artifact
    expect(result.code).toBe(0);
    const job = parse(readFileSync(path.join(repo.dir, GITLAB_JOB_FILE), 'utf8')) as { swimlane: { script: string[]; artifacts: { reports: Record<string, string>; paths: string[] } } };
    expect(job.swimlane.script).toContain('node_modules/.bin/swimlane validate --format codequality maps > gl-code-quality-report.json');
    expect(job.swimlane.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json' });
    expect(job.swimlane.artifacts.paths).toEqual(['swimlane.sarif']);
    expect(parse(readFileSync(path.join(repo.dir, '.gitlab-ci.yml'), 'utf8'))).toEqual({ include: [{ local: GITLAB_JOB_FILE }] });
    expect(existsSync(path.join(repo.dir, '.github'))).toBe(false);
  });

  it('leaves a pipeline the team has untouched and says which include to add', async () => {
    // given a repository with its own pipeline
    repo = createGitRepo();
    const pipeline = 'test:\n  script: [make test]\n';
    writeFileSync(path.join(repo.dir, '.gitlab-ci.yml'), pipeline);
    // when
    const result = await runCli(['init', '--ci', 'gitlab'], { cwd: repo.dir });
    // then
    expect(readFileSync(path.join(repo.dir, '.gitlab-ci.yml'), 'utf8')).toBe(pipeline);
    expect(result.stdout).toContain(`add to .gitlab-ci.yml to run the map checks:\ninclude:\n  - local: ${GITLAB_JOB_FILE}\n`);
  });

  it('rejects an unknown CI with the choices', async () => {
    // given
    repo = createGitRepo();
    // when
    const result = await runCli(['init', '--ci', 'jenkins'], { cwd: repo.dir });
    // then
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('swimlane init: unknown --ci "jenkins" (github, gitlab or none)\n');
  });
});

describe('swimlane validate --format codequality', () => {
  it('writes GitLab Code Quality entries with a line-independent fingerprint', async () => {
    // given the same finding at two different lines
    const dir = mkdtempSync(path.join(tmpdir(), 'swimlane-codequality-'));
    writeFileSync(path.join(dir, 'm.yaml'), MAP);
    const before = JSON.parse((await runCli(['validate', '--format', 'codequality', 'm.yaml'], { cwd: dir })).stdout) as Array<Record<string, unknown>>;
    writeFileSync(path.join(dir, 'm.yaml'), `# a comment moves every line\n${MAP}`);
    // when
    const after = JSON.parse((await runCli(['validate', '--format', 'codequality', 'm.yaml'], { cwd: dir })).stdout) as Array<Record<string, unknown>>;
    rmSync(dir, { recursive: true, force: true });
    // then
    expect(before).toContainEqual({
      description: 'activity "A" (Stuck) is unreachable: no trigger, initiation or flow leads to it',
      check_name: 'unreachable-activity',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'major',
      location: { path: 'm.yaml', lines: { begin: 6 } },
    });
    expect(after.map((entry) => entry['fingerprint'])).toEqual(before.map((entry) => entry['fingerprint']));
    expect(after.map((entry) => (entry['location'] as { lines: { begin: number } }).lines.begin)).toEqual([7, 7]);
  });
});

describe('docs/cli-in-your-repo.md', () => {
  it('shows the GitLab job init writes', async () => {
    // given the job init writes, without its comment lines
    repo = createGitRepo();
    await runCli(['init', '--ci', 'gitlab'], { cwd: repo.dir });
    const written = readFileSync(path.join(repo.dir, GITLAB_JOB_FILE), 'utf8').replace(/^#.*\n/gm, '');
    // when
    const doc = readFileSync(path.join(__dirname, '../../docs/cli-in-your-repo.md'), 'utf8');
    // then
    expect(doc).toContain(`\`\`\`yaml\n${written}\`\`\``);
  });
});
