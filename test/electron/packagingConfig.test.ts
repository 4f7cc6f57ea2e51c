import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; mimeTypes: string[] };
  mac: { target: string[] };
  win: { target: string[] };
  fileAssociations: { ext: string | string[]; mimeType?: string }[];
  files: string[];
};

describe('electron-builder.yml', () => {
  it('names the app', () => {
    // given the packaging configuration
    // then the identity is set
    expect(config['appId']).toBe('org.swimlane-studio.app');
    expect(config['productName']).toBe('Swimlane Studio');
  });

  it('sets every security fuse', () => {
    // given the packaging configuration
    // then the fuses close ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect, and lock the app to a checked asar
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config['asar']).toBe(true);
  });

  it('builds AppImage and deb, dmg, and nsis', () => {
    // given the packaging configuration
    // then each platform has its targets
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('associates the map extension with the app', () => {
    // given the packaging configuration
    // then .swimlane.yaml opens in the app, with a MIME type Linux can register
    expect(config.fileAssociations[0]).toMatchObject({ ext: 'swimlane.yaml', mimeType: 'application/x-swimlane+yaml' });
    expect(config.linux.mimeTypes).toContain('application/x-swimlane+yaml');
  });

  it('ships the bundles only, with an icon that exists', () => {
    // given the packaging configuration
    // then only dist/ goes into the asar, and build/icon.png is a 1024 px PNG
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', '!node_modules/**/*']));
    const icon = readFileSync(resolve(root, String(config['icon'])));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBe(1024);
  });

  it('passes electron-builder\'s own schema validation (run before any download)', async () => {
    // given electron-builder's validator
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration: (config: unknown, logger: unknown) => Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (isEnabled: boolean) => unknown };

    // when the configuration, and a copy with a misspelt key, are validated
    const valid = validateConfiguration(config, new DebugLogger(false));
    const misspelt = validateConfiguration({ ...config, electronFuse: {} }, new DebugLogger(false));

    // then the real one passes and the misspelt one fails
    await expect(valid).resolves.toBeUndefined();
    await expect(misspelt).rejects.toThrow('Invalid configuration');
  });
});
