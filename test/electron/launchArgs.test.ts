import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesFromArgv } from '../../electron/launchArgs';
import { withRecent } from '../../electron/recentFiles';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'swimlane-argv-'));
  await writeFile(join(folder, 'D.swimlane.yaml'), 'id: D\n');
  await writeFile(join(folder, 'T.yaml'), 'id: T\n');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('filesFromArgv', () => {
  it('finds the map files a packaged app was started with, relative to the caller\'s folder', () => {
    // given the argv of a packaged app opened by the OS with two maps, a flag and a missing file
    const argv = ['/opt/Swimlane Studio/swimlane-studio', '--no-sandbox', 'D.swimlane.yaml', join(folder, 'T.yaml'), 'missing.yaml', 'notes.txt'];

    // when parsed
    const files = filesFromArgv(argv, folder, true);

    // then the two existing maps are returned as absolute paths
    expect(files).toEqual([join(folder, 'D.swimlane.yaml'), join(folder, 'T.yaml')]);
  });

  it('skips the app folder in development (electron .)', () => {
    // given `electron . D.swimlane.yaml`
    // when parsed
    // then the app folder argument is not taken for a file
    expect(filesFromArgv(['/usr/bin/electron', '.', 'D.swimlane.yaml'], folder, false)).toEqual([join(folder, 'D.swimlane.yaml')]);
  });
});

describe('withRecent', () => {
  it('moves a path to the front without duplicates and keeps ten', () => {
    // given a full list
    const list = Array.from({ length: 10 }, (_, index) => `/maps/${index}.yaml`);

    // when a file in it and a new file are opened
    const once = withRecent(list, '/maps/5.yaml');
    const twice = withRecent(once, '/maps/new.yaml');

    // then the newest is first, no path appears twice, and the oldest falls off
    expect(once[0]).toBe('/maps/5.yaml');
    expect(new Set(once).size).toBe(10);
    expect(twice[0]).toBe('/maps/new.yaml');
    expect(twice).toHaveLength(10);
    expect(twice).not.toContain('/maps/9.yaml');
  });
});
