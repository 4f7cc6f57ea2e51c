// One built renderer, static server and Chromium per spec file; a fresh browser context per test.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { EditorPage } from '../pages/EditorPage';
import { buildRenderer } from './buildRenderer';
import { HAS_CHROMIUM, launchChromium } from './launchChromium';
import { serveStatic, type StaticServer } from './staticServer';

export const E2E_LIBRARY = 'test/fixtures/e2e-library';

export interface EditorSession {
  readonly url: string;
  open(): Promise<EditorPage>;
  close(): Promise<void>;
}

/** `headers` go on every response the page and its workers load (the desktop CSP, say). */
export async function startEditorSession(libraryDir = E2E_LIBRARY, headers: Record<string, string> = {}): Promise<EditorSession> {
  const outDir = await buildRenderer(libraryDir);
  const server: StaticServer = await serveStatic(outDir, headers);
  const browser: Browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    async open() {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(8_000);
      page.on('pageerror', (error) => {
        throw error;
      });
      const editor = new EditorPage(page);
      await editor.goto(server.url);
      return editor;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The session of one spec file: started before its tests where Chromium is present (the specs skip
 * themselves where it is not) and closed after them.
 */
export function editorSessionForSpec(libraryDir = E2E_LIBRARY, headers: Record<string, string> = {}): Pick<EditorSession, 'open'> {
  let session: EditorSession | undefined;
  beforeAll(async () => {
    if (HAS_CHROMIUM) session = await startEditorSession(libraryDir, headers);
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    open() {
      if (!session) throw new Error('the editor session did not start (is Chromium installed?)');
      return session.open();
    },
  };
}
