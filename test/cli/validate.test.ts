import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const header = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\n';

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'swimlane-cli-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), text);
  }
  return folder;
}

describe('swimlane validate', () => {
  it('prints file:line:col severity message rule and exits 1 on errors', async () => {
    // given
    const cwd = await folderWith({ 'maps/m.yaml': `${header}activities:\n  A:\n    name: Stuck\n` });
    // when
    const result = await runCli(['validate', 'maps'], { cwd });
    // then
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('maps/m.yaml:6:3 error activity "A" (Stuck) is unreachable: no trigger, initiation or flow leads to it unreachable-activity\n');
    expect(result.stdout).toContain('maps/m.yaml:6:3 error activity "A" (Stuck) is a dead end: add a flow or a termination dead-end\n');
    expect(result.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\) in 1 map\n$/);
  });

  it('passes the model library with no errors', async () => {
    // when
    const result = await runCli(['validate', 'model-library', '--quiet']);
    // then
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes SARIF 2.1.0 with rule metadata and regions', async () => {
    // given
    const cwd = await folderWith({ 'm.yaml': `${header}activities:\n  A:\n    name: Stuck\n` });
    // when
    const result = await runCli(['validate', '--format', 'sarif', 'm.yaml'], { cwd });
    // then
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('dead-end');
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'dead-end',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'm.yaml' }, region: { startLine: 6, startColumn: 3 } } }],
    });
  });

  it('honours --max-warnings, --format json and the config file found upward', async () => {
    // given a map with one warning, and a config that makes dead-end a warning too
    const cwd = await folderWith({
      'swimlane.config.yaml': 'rules:\n  dead-end: warn\n  unreachable-activity: off\n',
      'sub/m.yaml': `${header}activities:\n  A:\n    name: Stuck\n`,
    });
    // when
    const json = await runCli(['validate', '--format', 'json', 'sub/m.yaml'], { cwd });
    const strict = await runCli(['validate', '--max-warnings', '0', 'sub/m.yaml'], { cwd });
    // then
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((issue: { rule: string; severity: string }) => [issue.rule, issue.severity])).toEqual([['dead-end', 'warning']]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 warnings exceed --max-warnings 0');
  });

  it('reports broken YAML, missing files and bad options clearly', async () => {
    // given
    const cwd = await folderWith({ 'bad.yaml': 'format: swimlane/1\nid: [oops\n' });
    // when
    const broken = await runCli(['validate', 'bad.yaml'], { cwd });
    const missing = await runCli(['validate', 'nope.yaml'], { cwd });
    const badOption = await runCli(['validate', '--colour', 'x.yaml'], { cwd });
    // then
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^bad\.yaml:\d+:\d+ error .* yaml-syntax$/m);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('nope.yaml: no such file or folder\n');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('unknown option "--colour"');
  });

  it('has --help for every command and an overview', async () => {
    const overview = await runCli(['--help']);
    expect(overview.code).toBe(0);
    for (const name of overview.stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)) {
      const help = await runCli([name[1]!, '--help']);
      expect(help.code, name[1]).toBe(0);
      expect(help.stdout, name[1]).toMatch(/^Usage: swimlane /);
    }
  });
});

describe('swimlane validate: the summary agrees with the exit code', () => {
  const warningsOnly = { 'swimlane.config.yaml': 'rules:\n  unreachable-activity: warn\n  dead-end: warn\n', 'maps/m.yaml': `${header}activities:\n  A:\n    name: Stuck\n` };

  it('says warnings were hidden by --quiet instead of "no problems"', async () => {
    // given a map with two warnings and no error
    const cwd = await folderWith(warningsOnly);
    // when it is validated with --quiet
    const result = await runCli(['validate', '--quiet', 'maps'], { cwd });
    // then the summary names what it hides
    expect(result.stdout).toBe('✔ 1 map checked, no errors (2 warnings or notes hidden by --quiet)\n');
    expect(result.code).toBe(0);
  });

  it('fails with --max-warnings and says so in the summary', async () => {
    // given the same map
    const cwd = await folderWith(warningsOnly);
    // when it is validated with --quiet --max-warnings 1
    const result = await runCli(['validate', '--quiet', '--max-warnings', '1', 'maps'], { cwd });
    // then the summary is a failure, as the exit code
    expect(result.stdout).toBe('✖ 0 problems (0 errors, 0 warnings, 2 more hidden by --quiet) in 1 map; 2 warnings exceed --max-warnings 1\n');
    expect(result.code).toBe(1);
  });

  it('is a usage error for a missing path or a folder with no maps, with a clear line', async () => {
    // given a folder with an empty subfolder
    const cwd = await folderWith({ 'empty/readme.txt': 'no maps here\n' });
    // when a mistyped and an empty folder are validated
    const missing = await runCli(['validate', 'mpas'], { cwd });
    const empty = await runCli(['validate', 'empty'], { cwd });
    // then both exit 2 and say why, with no "checked" summary
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'mpas: no such file or folder\n' });
    expect(empty).toMatchObject({ code: 2, stdout: '', stderr: 'swimlane validate: empty: no map files (*.yaml, *.yml) in this folder\n' });
  });

  it('names an unknown option with balanced quotes', async () => {
    // when
    const result = await runCli(['validate', '--bogus']);
    // then
    expect(result.stderr.split('\n')[0]).toBe('swimlane validate: unknown option "--bogus"');
    expect(result.code).toBe(2);
  });

  it('says "did you mean" for a lane, actor or activity id that names nothing', async () => {
    // given a map with a mistyped lane, actor and activity id
    const cwd = await folderWith({
      'm.yaml': `${header}actors:\n  legal-team: {name: Legal, kind: team}\nlanes:\n  legal: {actor: legal-tem}\nactivities:\n  Review: {name: Review, lane: legl}\n  Sign: {name: Sign, lane: legal}\ntriggers:\n  '1': {text: Contract arrives, starts: [Reveiw]}\nflows:\n  Review-Sign: {from: Reveiw, to: Sign}\n`,
    });
    // when
    const result = await runCli(['validate', 'm.yaml'], { cwd });
    // then each unknown id finding names the id that was probably meant
    expect(result.stdout).toContain('"legal-tem", which neither this map nor the actor catalogue defines (did you mean "legal-team"?) unknown-actor');
    expect(result.stdout).toContain('lane "legl", which this map does not define (did you mean "legal"?) unresolved-reference');
    expect(result.stdout).toContain('starts "Reveiw", which is no activity of this map (did you mean "Review"?) trigger-unknown-activity');
    expect(result.stdout).toContain('starts at "Reveiw", which is no activity, group or initiation of this map (did you mean "Review"?) unresolved-reference');
  });
});
