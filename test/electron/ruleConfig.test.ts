import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleConfigChange, RuleConfigMessage } from '../../shared/ipc/contract';
import { RuleConfigSchema } from '../../shared/ipc/contract';
import { BackupScheduler, BackupStore } from '../../shared/node/backupStore';
import { PathCapabilities } from '../../shared/node/pathCapability';
import { DocumentSession } from '../../electron/documentSession';
import { LibraryCatalog } from '../../electron/libraryCatalog';
import { validateMapText } from '../../electron/mapValidator';
import { resolveRuleConfig, watchRuleConfig } from '../../electron/ruleConfig';

const MAP = await readFile(resolve(import.meta.dirname, '../fixtures/maps/worked-example.yaml'), 'utf8');

let root: string;
const closers: (() => void)[] = [];

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'swimlane-config-')));
});
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await rm(root, { recursive: true, force: true });
});

async function put(relativePath: string, text: string): Promise<string> {
  const file = join(root, relativePath);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, text);
  return file;
}

describe('resolveRuleConfig', () => {
  it('finds config files upward from the map and applies rules, extends and per-path overrides as the CLI does', async () => {
    // given a repository config turning a rule off, with an override for drafts, and a map two folders down
    await put('repo/swimlane.config.yaml', 'rules:\n  empty-lane: off\noverrides:\n  - files: ["maps/drafts/**"]\n    rules:\n      dead-end: warn\n');
    await put('repo/maps/drafts/swimlane.config.yaml', 'rules:\n  flow-without-label: [error, {}]\n');
    const map = await put('repo/maps/drafts/a.yaml', MAP);
    // when its configuration is resolved
    const config = await resolveRuleConfig(map);
    // then both files apply, farthest first, shown relative to the map's folder
    expect(config.files).toEqual(['../../swimlane.config.yaml', 'swimlane.config.yaml']);
    expect(config.rules['empty-lane']?.severity).toBe('off');
    expect(config.rules['dead-end']?.severity).toBe('warning');
    expect(config.rules['flow-without-label']?.severity).toBe('error');
    expect(config.rules['unknown-actor']?.severity).toBe('error');
    expect(config.issues).toEqual([]);
    expect(RuleConfigSchema.safeParse(config).success).toBe(true);
  });

  it('uses the default rules where there is no config file', async () => {
    // given a map with no config anywhere below the temporary root (and a root: true guard above it)
    await put('swimlane.config.yaml', 'root: true\n');
    const map = await put('maps/a.yaml', MAP);
    // when its configuration is resolved with the search bounded to its folder
    const config = await resolveRuleConfig(map, { boundary: join(root, 'maps') });
    // then no file applies and every rule has its default severity
    expect(config.files).toEqual([]);
    expect(config.rules['empty-lane']?.severity).toBe('warning');
  });

  it('reports a bad config file as a located error instead of failing, and keeps the default rules', async () => {
    // given a config file with an unknown key and one that is not YAML
    await put('repo/swimlane.config.yaml', 'root: true\nrulez:\n  empty-lane: off\n');
    const map = await put('repo/a.yaml', MAP);
    await put('other/swimlane.config.yaml', 'rules: [unclosed\n');
    const other = await put('other/b.yaml', MAP);
    // when their configurations are resolved
    const config = await resolveRuleConfig(map);
    const broken = await resolveRuleConfig(other);
    // then each says what is wrong, where, and the rules stay at their defaults
    expect(config.issues).toEqual([expect.objectContaining({ rule: 'config', severity: 'error', file: 'swimlane.config.yaml', line: 2 })]);
    expect(config.issues[0]!.message).toMatch(/rulez/);
    expect(config.rules['empty-lane']?.severity).toBe('warning');
    expect(broken.issues[0]).toMatchObject({ severity: 'error', file: 'swimlane.config.yaml', line: expect.any(Number) });
    expect(RuleConfigSchema.safeParse(broken).success).toBe(true);
  });

  it('does not look above the boundary (a library map ignores config where the app is installed)', async () => {
    // given a config above the library folder
    await put('swimlane.config.yaml', 'rules:\n  empty-lane: off\n');
    const map = await put('library/cert/D.yaml', MAP);
    // when the map is resolved with the library as boundary, and without
    const bounded = await resolveRuleConfig(map, { boundary: join(root, 'library') });
    const unbounded = await resolveRuleConfig(map);
    // then only the unbounded search sees it
    expect(bounded.files).toEqual([]);
    expect(unbounded.files).toContain('../../swimlane.config.yaml');
  });
});

describe('watchRuleConfig', () => {
  it('re-resolves when a config file appears next to the map or changes', async () => {
    // given a watched map without config
    await put('swimlane.config.yaml', 'root: true\n');
    const map = await put('maps/a.yaml', MAP);
    const seen: RuleConfigMessage[] = [];
    const watch = await watchRuleConfig(map, { debounceMs: 20, onChange: (config) => seen.push(config) });
    closers.push(() => watch.close());
    expect(watch.config.files).toEqual(['../swimlane.config.yaml']);
    // when a config file is written beside it, then changed
    await put('maps/swimlane.config.yaml', 'rules:\n  empty-lane: off\n');
    await expect.poll(() => seen.at(-1)?.rules['empty-lane']?.severity, { timeout: 5_000 }).toBe('off');
    await put('maps/swimlane.config.yaml', 'rules:\n  empty-lane: error\n');
    // then each change is reported with the new rules
    await expect.poll(() => seen.at(-1)?.rules['empty-lane']?.severity, { timeout: 5_000 }).toBe('error');
    expect(seen.at(-1)?.files).toEqual(['../swimlane.config.yaml', 'swimlane.config.yaml']);
  });
});

describe('DocumentSession.ruleConfig', () => {
  it('re-resolves when a config file appears above the one in use, which cascades into it', async () => {
    // given a watched map whose folder has a config file (not root), inside a project folder without one
    await put('project/maps/swimlane.config.yaml', 'rules:\n  empty-lane: off\n');
    const map = await put('project/maps/a.yaml', MAP);
    const seen: RuleConfigMessage[] = [];
    const watch = await watchRuleConfig(map, { boundary: root, debounceMs: 20, onChange: (config) => seen.push(config) });
    closers.push(() => watch.close());
    expect(watch.config.files).toEqual(['swimlane.config.yaml']);
    // when a config file turning another rule off is created in the project folder above
    await put('project/swimlane.config.yaml', 'root: true\nrules:\n  dead-end: off\n');
    // then both files apply, as the CLI would apply them
    await expect.poll(() => seen.at(-1)?.files, { timeout: 5_000 }).toEqual(['../swimlane.config.yaml', 'swimlane.config.yaml']);
    expect(seen.at(-1)?.rules['dead-end']?.severity).toBe('off');
    expect(seen.at(-1)?.rules['empty-lane']?.severity).toBe('off');
  });

  it('answers the open document its config, tells the window when it changes, and bounds library maps to the library', async () => {
    // given a window showing a map in a repository with a config, and a library with a config above it
    await put('swimlane.config.yaml', 'root: true\nrules:\n  dead-end: off\n');
    const map = await put('repo/a.yaml', MAP);
    await put('repo/swimlane.config.yaml', 'rules:\n  empty-lane: off\n');
    await put('library/cert/D.yaml', MAP);
    const capabilities = new PathCapabilities();
    await capabilities.grantFolder(join(root, 'library'));
    const changes: RuleConfigChange[] = [];
    const session = new DocumentSession({
      windowId: 1,
      dialogs: { pickMapToOpen: async () => map, pickMapToRead: async () => null, pickSaveLocation: async () => null },
      capabilities,
      claims: { claim: () => true, release: () => undefined },
      library: new LibraryCatalog(join(root, 'library')),
      backups: new BackupScheduler(new BackupStore(join(root, 'backups')), 1000),
      validateMap: validateMapText,
      emitExternalChange: () => undefined,
      emitRuleConfigChange: (change) => changes.push(change),
      watchDebounceMs: 20,
    });
    closers.push(() => session.dispose());
    const opened = await session.open();
    // when the renderer asks for the document's and a library map's configuration
    const config = await session.ruleConfig({ handle: opened!.handle });
    const library = await session.ruleConfig({ handle: (await session.readLibrary({ path: 'cert/D.yaml' })).handle });
    // then the document gets both files; the library map none (the config above the library is not its own)
    expect(config.files).toEqual(['../swimlane.config.yaml', 'swimlane.config.yaml']);
    expect([config.rules['dead-end']?.severity, config.rules['empty-lane']?.severity]).toEqual(['off', 'off']);
    expect(library.files).toEqual([]);
    // and a change of the document's config reaches the window
    await put('repo/swimlane.config.yaml', 'rules:\n  empty-lane: error\n');
    await expect.poll(() => changes.at(-1)?.config.rules['empty-lane']?.severity, { timeout: 5_000 }).toBe('error');
    expect(changes.at(-1)?.handle).toBe(opened!.handle);
  });
});
