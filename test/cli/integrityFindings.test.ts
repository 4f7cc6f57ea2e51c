/**
 * Issue 16 findings 5 and 10 through the CLI: validate on a map with 126,000 findings, and folders
 * holding a file that is not a map, a symlinked map, a symlink loop and several links to one map.
 */
import { mkdtemp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const header = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\n';

/** A map whose every activity is unreachable, a dead end and in an unknown lane: three findings each. */
function mapWithThreeFindingsPerActivity(activityCount: number): string {
  const lines = [header.trimEnd(), 'activities:'];
  for (let index = 1; index <= activityCount; index++) lines.push(`  A${index}:`, `    name: Step ${index}`, '    lane: nowhere');
  return `${lines.join('\n')}\n`;
}

describe('issue 16 findings through the CLI', () => {
  it('validates a 42,000-activity map with 126,000 findings without overflowing the stack (finding 5)', async () => {
    // given
    const cwd = await mkdtemp(path.join(tmpdir(), 'swimlane-many-'));
    await writeFile(path.join(cwd, 'big.yaml'), mapWithThreeFindingsPerActivity(42_000));
    // when
    const result = await runCli(['validate', 'big.yaml'], { cwd });
    // then every finding is counted and nothing crashed
    expect(result.stderr).not.toContain('RangeError');
    expect(result.code).toBe(1);
    const summary = /✖ (\d+) problems/.exec(result.stdout);
    expect(Number(summary?.[1])).toBeGreaterThanOrEqual(126_000);
  }, 120_000);

  it('fmt and validate <folder> skip a YAML file that is not a map, follow a symlinked map and report a loop (finding 10)', async () => {
    // given a folder with a CI file, a link to a map elsewhere and a link back to itself
    const root = await mkdtemp(path.join(tmpdir(), 'swimlane-folder-'));
    await mkdir(path.join(root, 'maps'));
    await mkdir(path.join(root, 'elsewhere'));
    const ci = 'on: push\njobs:\n  build:\n    runs-on:    ubuntu\n';
    await writeFile(path.join(root, 'maps/ci.yml'), ci);
    await writeFile(path.join(root, 'elsewhere/real.yaml'), `${header}activities:\n  A:\n    name:   Stuck\n`);
    await symlink('../elsewhere/real.yaml', path.join(root, 'maps/linked.yaml'));
    await symlink('.', path.join(root, 'maps/loop'));
    // when
    const validated = await runCli(['validate', 'maps'], { cwd: root });
    const formatted = await runCli(['fmt', 'maps'], { cwd: root });
    // then the CI file is skipped with the reason and left as it was
    for (const result of [validated, formatted]) {
      const output = result.stdout + result.stderr;
      expect(output).toMatch(/maps\/ci\.yml: skipped, not a map/);
      expect(output).toMatch(/maps\/loop: skipped, a symlink loop/);
    }
    expect(await readFile(path.join(root, 'maps/ci.yml'), 'utf8')).toBe(ci);
    // and the linked map is validated and formatted through its link
    expect(validated.stdout).toContain('maps/linked.yaml:6:3 error activity "A" (Stuck) is a dead end');
    expect(await readFile(path.join(root, 'elsewhere/real.yaml'), 'utf8')).toContain('    name: Stuck\n');
  });

  it('fmt and validate <folder> read a map reached by two links, or through a linked folder, only once (finding 10)', async () => {
    // given a map, a second link to it, and a link to its folder beside that folder
    const root = await mkdtemp(path.join(tmpdir(), 'swimlane-twice-'));
    await mkdir(path.join(root, 'maps/a'), { recursive: true });
    const map = `${header}activities:\n  A:\n    name:   Go\n`;
    await writeFile(path.join(root, 'maps/a/real.yaml'), map);
    await symlink('real.yaml', path.join(root, 'maps/a/alias.yaml'));
    await symlink('a', path.join(root, 'maps/b'));
    // when
    const validated = await runCli(['validate', 'maps'], { cwd: root });
    const formatted = await runCli(['fmt', 'maps'], { cwd: root });
    const beside = await runCli(['validate', 'maps/a/real.yaml'], { cwd: root });
    const bothFolders = await runCli(['validate', 'maps/a', 'maps/b'], { cwd: root });
    // then the map is not reported as its own twin, whether asked for by folder, by file or by two folders
    for (const result of [validated, beside, bothFolders]) {
      expect(result.stdout).not.toContain('duplicate-id');
      expect(result.stdout).toContain('in 1 map\n');
    }
    expect(bothFolders.stderr).toContain('maps/b/alias.yaml: skipped, the same file as maps/a/alias.yaml');
    // and every other way to the same file is skipped with the reason, for both commands
    for (const result of [validated, formatted]) {
      const output = result.stdout + result.stderr;
      expect(output).toMatch(/maps\/a\/real\.yaml: skipped, the same file as maps\/a\/alias\.yaml/);
      expect(output).toMatch(/maps\/b\/alias\.yaml: skipped, the same file as maps\/a\/alias\.yaml/);
      expect(output).toMatch(/maps\/b\/real\.yaml: skipped, the same file as maps\/a\/alias\.yaml/);
    }
    // and the map is formatted once, through the first path that reaches it
    expect(await readFile(path.join(root, 'maps/a/real.yaml'), 'utf8')).toContain('    name: Go\n');
  });

  it('names a file that is not UTF-8 once, with its line and column, and leaves it as it was', async () => {
    // given a map with a Latin-1 byte in its summary
    const cwd = await mkdtemp(path.join(tmpdir(), 'swimlane-latin1-'));
    const bytes = Buffer.concat([Buffer.from(`${header}summary: caf`), Buffer.from([0xe9]), Buffer.from('\n')]);
    await writeFile(path.join(cwd, 'm.yaml'), bytes);
    // when it is validated
    const result = await runCli(['validate', 'm.yaml'], { cwd });
    // then one line gives the file and the place, not the file twice, and the bytes are unchanged
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('m.yaml:5:13: not UTF-8 text (byte 0xe9');
    expect(result.stderr).not.toContain('m.yaml: m.yaml');
    expect(Buffer.compare(await readFile(path.join(cwd, 'm.yaml')), bytes)).toBe(0);
  });
});
