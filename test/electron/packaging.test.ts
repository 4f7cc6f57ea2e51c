/**
 * Packages the app offline with electron-builder (`--dir`, Linux) from a copy of the project, using
 * a stand-in Electron distribution whose "binary" carries a real fuse wire (sentinel, version,
 * length, one byte per fuse, as in Electron 45). That checks, without downloading Electron, that
 * the fuses of electron-builder.yml are flipped in the packaged executable and that the app.asar
 * holds only the bundles.
 */
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ElectronBuilder from 'electron-builder';
import type * as Fuses from '@electron/fuses';
import type * as Asar from '@electron/asar';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's default fuse states, in FuseV1Options order ('1' on, '0' off). */
const DEFAULT_WIRE = '10110001';

let work: string;
let unpacked: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'swimlane-package-'));
  const project = join(work, 'project');
  const electronDist = join(work, 'electron-dist');

  // 1. A copy of the project: configuration, icon, library, and freshly built bundles.
  await mkdir(join(project, 'dist', 'renderer'), { recursive: true });
  for (const file of ['package.json', 'electron-builder.yml', 'build/icon.png']) await cp(join(root, file), join(project, file));
  await cp(join(root, 'test/fixtures/maps/worked-example.yaml'), join(project, 'model-library/examples/worked-example.yaml'));
  await writeFile(join(project, 'dist/renderer/index.html'), '<!doctype html><title>Swimlane Studio</title>');
  await symlink(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  execFileSync(process.execPath, [join(root, 'scripts/build-electron.mjs'), '--outdir', join(project, 'dist/electron')], { cwd: root });

  // 2. The stand-in Electron: an executable carrying the fuse wire.
  await mkdir(electronDist);
  await writeFile(join(electronDist, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n# ${SENTINEL}`), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(`${DEFAULT_WIRE}\n`)]));
  await chmod(join(electronDist, 'electron'), 0o755);
  await writeFile(join(electronDist, 'version'), 'v45.4.1');

  // 3. Package, with the project's configuration plus the offline Electron and a temp output.
  // builder-util hard-links files whenever VITEST is set, and then fails on its own second copy
  // of extraResources (EEXIST); packaging as a user runs it means copying.
  const vitestFlag = process.env['VITEST'];
  delete process.env['VITEST'];
  const { build, Platform } = require('electron-builder') as typeof ElectronBuilder;
  process.env['VITEST'] = vitestFlag;
  const config = parse(readFileSync(join(project, 'electron-builder.yml'), 'utf8'));
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir'),
    config: { ...config, electronDist, directories: { ...config.directories, output: join(work, 'out') } },
  });
  unpacked = join(work, 'out', 'linux-unpacked');
}, 180_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('packaging with electron-builder (offline, --dir)', () => {
  it('flips every fuse in the packaged executable', async () => {
    // given the packaged executable
    const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as typeof Fuses;

    // when its fuse wire is read back
    const wire = (await getCurrentFuseWire(join(unpacked, 'swimlane-studio'))) as unknown as Record<number, number>;
    const state = (option: number) => String.fromCharCode(wire[option] as number);

    // then Node-as-a-runtime doors are shut and only the checked asar loads
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
  });

  it('ships the bundles and package.json in app.asar, no node_modules, no source maps, and the library beside it', () => {
    // given the packaged resources
    const { listPackage } = require('@electron/asar') as typeof Asar;

    // when the asar is listed
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((path) => path.replace(/\\/g, '/'));

    // then it holds exactly what the app runs
    expect(files).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.js', '/dist/electron/preload.cjs', '/dist/renderer/index.html']));
    expect(files.filter((path) => path.startsWith('/node_modules') || path.endsWith('.map'))).toEqual([]);
    expect(readFileSync(join(unpacked, 'resources', 'model-library', 'examples', 'worked-example.yaml'), 'utf8')).toContain('format: swimlane/1');
  });
});
