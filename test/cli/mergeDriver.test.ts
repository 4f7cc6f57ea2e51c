import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../shared/yaml/parseMap';
import { createGitRepo } from './gitRepo';
import type { GitRepo } from './gitRepo';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'cli/main.ts');
let repo: GitRepo;

/** Replaces `from` by `to` in the repo's map file; fails loudly when `from` is not there. */
function change(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

beforeEach(() => {
  // given a repo using the driver exactly as docs/tailoring.md sets it up, with Acme's as-is T map
  repo = createGitRepo();
  writeFileSync(path.join(repo.dir, '.gitattributes'), '*.yaml merge=swimlane\n');
  repo.git('config', 'merge.swimlane.name', 'Swimlane Studio map merge');
  repo.git('config', 'merge.swimlane.driver', `"${TSX}" "${CLI}" merge-driver %O %A %B %P --marker-size %L`);
  copyFileSync(path.join(ROOT, 'model-library/examples/acme/T-as-is.yaml'), path.join(repo.dir, 'T.yaml'));
  repo.git('add', '.');
  repo.git('commit', '-qm', 'base');
});
afterEach(() => repo.remove());

describe('swimlane merge-driver in a real git merge', () => {
  it('merges changes on adjacent lines of one element that a line merge would refuse', () => {
    const file = path.join(repo.dir, 'T.yaml');
    // given a branch that renames T3 while main moves T3 to another lane (the next line)
    repo.git('checkout', '-qb', 'feature');
    change(file, 'name: Assign Events', 'name: Assign and Notify');
    repo.git('commit', '-qam', 'rename T3');
    repo.git('checkout', '-q', 'main');
    change(file, 'name: Assign Events\n    lane: csirt-manager', 'name: Assign Events\n    lane: soc');
    repo.git('commit', '-qam', 'move T3');
    // when the branch is merged
    repo.git('merge', '-q', '--no-edit', 'feature');
    // then the merge commits cleanly with both changes
    const merged = parseMap(readFileSync(file, 'utf8'), 'T.yaml').value!;
    expect(merged.activities.T3).toMatchObject({ name: 'Assign and Notify', lane: 'soc' });
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('leaves conflict markers around the element changed on both sides only, and fails the merge', () => {
    const file = path.join(repo.dir, 'T.yaml');
    // given both branches rename T2 differently, and the branch also renames T1
    repo.git('checkout', '-qb', 'feature');
    change(file, 'name: Prioritize Events', 'name: Rank Events');
    change(file, 'name: Categorize and Correlate Events', 'name: Categorize Events');
    repo.git('commit', '-qam', 'feature renames');
    repo.git('checkout', '-q', 'main');
    change(file, 'name: Prioritize Events', 'name: Score Events');
    repo.git('commit', '-qam', 'main rename');
    // when the branch is merged
    expect(() => repo.git('merge', '-q', '--no-edit', 'feature')).toThrow();
    // then git reports the conflict, T2 alone is wrapped, and T1's rename is merged
    expect(repo.git('status', '--porcelain')).toContain('UU T.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.match(/^<<<<<<< ours \(T\.yaml\)$/gm)).toHaveLength(1);
    const block = text.slice(text.indexOf('<<<<<<<'), text.indexOf('>>>>>>> theirs') + 15);
    expect(block).toMatch(/^<<<<<<< ours \(T\.yaml\)\n {2}T2:\n {4}name: Score Events\n[\s\S]*\|\|\|\|\|\|\| base\n {2}T2:\n {4}name: Prioritize Events\n[\s\S]*=======\n {2}T2:\n {4}name: Rank Events\n[\s\S]*>>>>>>> theirs\n$/);
    expect(text).toContain('name: Categorize Events\n');
  });
});
