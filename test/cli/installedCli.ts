// The CLI as a team gets it: `npm pack` of this project (which builds dist/cli), installed with
// `npm install -D` into a fresh git repository, run through node_modules/.bin/swimlane.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGitRepo } from './gitRepo';
import type { GitRepo } from './gitRepo';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface InstalledCli {
  readonly repo: GitRepo;
  /** Absolute path of the installed `swimlane` (node_modules/.bin/swimlane). */
  readonly bin: string;
  /** The packed tarball's file list, as npm reported it. */
  readonly packedFiles: readonly string[];
  run(args: string[], options?: { cwd?: string }): { code: number; stdout: string; stderr: string };
  remove(): void;
}

/** Packs the project and installs the tarball into a new git repository (a few seconds: once per test file). */
export function installPackedCli(): InstalledCli {
  const packDir = mkdtempSync(path.join(tmpdir(), 'swimlane-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = path.join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz'))!);
  const repo = createGitRepo();
  writeFileSync(path.join(repo.dir, 'package.json'), `${JSON.stringify({ name: 'process-team', version: '1.0.0', private: true }, null, 2)}\n`);
  execFileSync('npm', ['install', '-D', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: repo.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const bin = path.join(repo.dir, 'node_modules', '.bin', 'swimlane');
  return {
    repo,
    bin,
    packedFiles: packed[0]!.files.map((file) => file.path),
    run(args, options = {}) {
      const result = spawnSync(bin, args, { cwd: options.cwd ?? repo.dir, encoding: 'utf8' });
      return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
    },
    remove() {
      repo.remove();
      rmSync(packDir, { recursive: true, force: true });
    },
  };
}
