import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRuleConfig } from '../../electron/ruleConfig';
import type { EditorPage } from './pages/EditorPage';
import { editorSessionForSpec } from './support/editorSession';
import { emitBridgeEvent, useFakeDesktopBridge } from './support/fakeDesktopBridge';
import { HAS_CHROMIUM } from './support/launchChromium';

const TAILORED = fileURLToPath(new URL('../fixtures/maps/tailored-example.yaml', import.meta.url));

const session = editorSessionForSpec();
let folder: string;
let map: string;

beforeAll(async () => {
  map = await readFile(TAILORED, 'utf8');
  folder = await mkdtemp(join(tmpdir(), 'swimlane-e2e-config-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The rule configuration the desktop host resolves for a map in `sub` beside `config` (the real electron module). */
async function configFor(sub: string, config: string) {
  await mkdir(join(folder, sub), { recursive: true });
  await writeFile(join(folder, sub, 'swimlane.config.yaml'), config);
  await writeFile(join(folder, sub, 'D.yaml'), map);
  return resolveRuleConfig(join(folder, sub, 'D.yaml'), { boundary: folder });
}

async function startDesktop(ruleConfig?: unknown): Promise<EditorPage> {
  const editor = await session.open();
  await useFakeDesktopBridge(editor.page, { file: { handle: 'h1', name: 'D.yaml', text: map, fingerprint: 'on-open' } }, ...(ruleConfig ? [ruleConfig] : []));
  await editor.page.getByTestId('document-name').filter({ hasText: 'D.yaml' }).waitFor();
  return editor;
}

describe.skipIf(!HAS_CHROMIUM)('rule configuration in the editor', () => {
  it('a rule turned off in swimlane.config.yaml disappears from the problems panel when the config changes', async () => {
    // given the desktop editor showing a map with handoff problems, under the default rules
    const editor = await startDesktop();
    await editor.problems.waitFor(/no handoff describes it/);
    expect(await editor.problems.ruleConfig()).toBe('Rules: default rules');
    const before = await editor.problems.rules();
    expect(before).toContain('handoff-without-description');
    // when the host reports that a config file beside the map now turns that rule off
    const config = await configFor('off', 'rules:\n  handoff-without-description: off\n');
    await emitBridgeEvent(editor.page, 'config:changed', { handle: 'h1', config });
    // then its problems are gone, the others stay, and the status bar names the config file
    await editor.problems.waitFor(/no handoff describes it/, false);
    const after = await editor.problems.rules();
    expect(after).not.toContain('handoff-without-description');
    expect(after).toEqual(before.filter((rule) => rule !== 'handoff-without-description'));
    expect(await editor.problems.ruleConfig()).toBe('Rules: swimlane.config.yaml');
  });

  it('a broken config is listed as an error at its location, and the default rules apply meanwhile', async () => {
    // given a config that turns a rule off but misspells a key, so the file is not a valid config
    const config = await configFor('bad', 'rules:\n  handoff-without-description: off\nrulez: {}\n');
    // when the map is opened under it
    const editor = await startDesktop(config);
    // then the config problem is listed at its line, and the status bar says the config has a problem
    await editor.problems.waitFor(/rulez/);
    expect(await editor.problems.problem(/rulez/).locator('.where').innerText()).toMatch(/^swimlane\.config\.yaml:3:\d+ · config$/);
    expect(await editor.problems.ruleConfig()).toMatch(/^Rules: default rules \(1 config problem\)$/);
    await editor.problems.waitFor(/no handoff describes it/);
    expect(await editor.problems.problem(/rulez/).getAttribute('class')).toContain('error');
  });
});
