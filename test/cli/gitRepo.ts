// A real temporary git repository for CLI tests that use git (diff --git, rebase, merge-driver).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitRepo {
  readonly dir: string;
  git(...args: string[]): string;
  remove(): void;
}

export function createGitRepo(): GitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'swimlane-git-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  return { dir, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
