import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/main';
import { CLI_VERSION } from '../../cli/version';
import { parseMap } from '../../shared/yaml/parseMap';
import { installPackedCli, PROJECT_ROOT } from './installedCli';
import type { InstalledCli } from './installedCli';

let cli: InstalledCli;
beforeAll(() => {
  // given the project packed with npm and installed into an empty git repository
  cli = installPackedCli();
}, 180_000);
afterAll(() => cli?.remove());

describe('the packed swimlane-studio package', () => {
  it('ships only what runs: the bin, the built JavaScript, the schemas and the model library', () => {
    // then no TypeScript source, test or config is in the tarball
    expect(cli.packedFiles).toContain('cli/bin/swimlane.js');
    expect(cli.packedFiles).toContain('dist/cli/swimlane.js');
    expect(cli.packedFiles).toContain('schema/swimlane-map.schema.json');
    expect(cli.packedFiles).toContain('model-library/cert/D.yaml');
    const unexpected = cli.packedFiles.filter((file) => !/^(cli\/bin\/swimlane\.js|dist\/cli\/swimlane\.js|schema\/[^/]+\.json|model-library\/.+\.(yaml|json|md)|package\.json|README\.md|LICENSE)$/.test(file));
    expect(unexpected).toEqual([]);
  });

  it('is a package that can be installed and does not take the name of the registry package "swimlane"', () => {
    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string; private?: boolean; bin: Record<string, string>; version: string };
    expect(manifest.name).not.toBe('swimlane');
    expect(manifest.private).toBeUndefined();
    expect(Object.keys(manifest.bin)).toEqual(['swimlane']);
    expect(CLI_VERSION).toBe(manifest.version);
  });

  it('runs every command from the built JavaScript, without the TypeScript source or a loader', () => {
    // given the installed package holds no TypeScript
    const installed = path.join(cli.repo.dir, 'node_modules', 'swimlane-studio');
    expect(existsSync(path.join(installed, 'cli', 'main.ts'))).toBe(false);
    // when each command is asked for its help
    for (const command of COMMANDS) {
      const result = cli.run([command.name, '--help']);
      // then it answers with its own usage
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`swimlane ${command.name}`);
      expect(result.code).toBe(0);
    }
    expect(cli.run(['--version']).stdout).toBe(`${CLI_VERSION}\n`);
  });

  it('validates, formats and exports the CERT library it carries', () => {
    // when the installed library is validated and a map is exported as PNG (a native dependency)
    const library = path.join('node_modules', 'swimlane-studio', 'model-library', 'cert');
    const validated = cli.run(['validate', library]);
    const exported = cli.run(['export', path.join(library, 'D.yaml'), '--format', 'png', '-o', 'D.png']);
    // then both work from the installed package
    expect(validated.stdout).toMatch(/✔ \d+ maps checked, no problems/);
    expect(validated.code).toBe(0);
    expect(exported.code).toBe(0);
    expect(readFileSync(path.join(cli.repo.dir, 'D.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('sets a repository up with init, then merges and diffs a map through the installed drivers', () => {
    // given Acme's T map in maps/, and the repository set up by the installed `swimlane init`
    const { repo } = cli;
    mkdirSync(path.join(repo.dir, 'maps'));
    const file = path.join(repo.dir, 'maps', 'T.yaml');
    copyFileSync(path.join(PROJECT_ROOT, 'model-library/examples/acme/T-as-is.yaml'), file);
    expect(cli.run(['init', '--dry-run']).stdout).toContain('would run: git config merge.swimlane.driver "node_modules/.bin/swimlane merge-driver');
    expect(existsSync(path.join(repo.dir, '.gitattributes'))).toBe(false);
    expect(cli.run(['init']).code).toBe(0);
    expect(cli.run(['init']).stdout).toBe('nothing to do: the repository is set up\n');
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.swimlane\/swimlane-map\.schema\.json\n/);
    expect(parseMap(readFileSync(file, 'utf8'), 'T.yaml').issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    repo.git('add', 'maps', '.gitattributes', '.swimlane', 'swimlane.config.yaml');
    repo.git('commit', '-qm', 'base');
    // and a branch renaming T3 while main moves it to another lane (adjacent lines)
    repo.git('checkout', '-qb', 'feature');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Assign Events', 'name: Assign and Notify'));
    repo.git('commit', '-qam', 'rename T3');
    repo.git('checkout', '-q', 'main');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Assign Events\n    lane: csirt-manager', 'name: Assign Events\n    lane: soc'));
    repo.git('commit', '-qam', 'move T3');
    // when the branch is merged
    repo.git('merge', '-q', '--no-edit', 'feature');
    // then both changes are in the merged map
    expect(parseMap(readFileSync(file, 'utf8'), 'T.yaml').value!.activities.T3).toMatchObject({ name: 'Assign and Notify', lane: 'soc' });
    // and git diff shows the map change through the installed diff driver
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Assign and Notify', 'name: Assign'));
    expect(repo.git('diff')).toContain('activity T3');
  });
});
