import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo } from './gitRepo';
import type { GitRepo } from './gitRepo';
import { runCli } from './runCli';

const LIBRARY = fileURLToPath(new URL('../../model-library/', import.meta.url));
let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

describe('swimlane rebase', () => {
  it('finds the version a map was tailored from in git history and applies the accepted upstream changes', async () => {
    // given a repo with the D reference, a map tailored from it, and then a newer D committed over it
    repo = createGitRepo();
    cpSync(path.join(LIBRARY, 'cert/D.yaml'), path.join(repo.dir, 'cert/D.yaml'));
    cpSync(path.join(LIBRARY, 'examples/acme/actors.yaml'), path.join(repo.dir, 'acme/actors.yaml'));
    const tailored = await runCli(['tailor', 'cert/D.yaml', '-o', 'acme/D.yaml', '--brief', '--assign', 'D1=employees,D2=help-desk,D3=siem,D4=soc'], { cwd: repo.dir });
    expect(tailored.code).toBe(0);
    repo.git('add', '.');
    repo.git('commit', '-qm', 'tailor');
    const reference = path.join(repo.dir, 'cert/D.yaml');
    writeFileSync(reference, readFileSync(reference, 'utf8').replace('name: Receive Information', 'name: Receive and Log Information').replace('version: "2004"', 'version: "2025"'));
    repo.git('commit', '-qam', 'new reference');
    const before = readFileSync(path.join(repo.dir, 'acme/D.yaml'), 'utf8');

    // when the changes are listed, then accepted
    const listed = await runCli(['rebase', 'acme/D.yaml', '--onto', 'cert/D.yaml'], { cwd: repo.dir });
    const afterListing = readFileSync(path.join(repo.dir, 'acme/D.yaml'), 'utf8');
    const applied = await runCli(['rebase', 'acme/D.yaml', '--onto', 'cert/D.yaml', '--accept', 'all'], { cwd: repo.dir });

    // then the old version came from history, and only the rename and derivedFrom lines changed
    expect(listed.stdout).toMatch(/1 upstream change from D \(git [0-9a-f]{12}\) to cert\/D\.yaml:\n {2}pending {7}activities\.D2\.name: /);
    expect(afterListing).toBe(before);
    expect(applied.code).toBe(0);
    const diff = repo.git('diff', '-U0', '--', 'acme/D.yaml');
    const changed = diff.split('\n').filter((line) => /^[+-] /.test(line));
    expect(changed).toEqual([
      '-  version: "2004"',
      expect.stringMatching(/^- {2}hash: sha256:/),
      '+  version: "2025"',
      expect.stringMatching(/^\+ {2}hash: sha256:/),
      '-    name: Receive Information',
      '+    name: Receive and Log Information',
    ]);
  });

  it('asks for --from when the tailored-from version cannot be found', async () => {
    // given a tailored map whose reference changed outside git
    repo = createGitRepo();
    cpSync(path.join(LIBRARY, 'cert/D.yaml'), path.join(repo.dir, 'cert/D.yaml'));
    await runCli(['tailor', 'cert/D.yaml', '-o', 'D-tailored.yaml'], { cwd: repo.dir });
    const reference = path.join(repo.dir, 'cert/D.yaml');
    writeFileSync(reference, readFileSync(reference, 'utf8').replace('name: Receive Information', 'name: Receive Reports'));
    // when rebased / then it says what to do
    const run = await runCli(['rebase', 'D-tailored.yaml', '--onto', 'cert/D.yaml'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pass it with --from');
  });
});
