// Page object of the whole editor window: toolbar commands, files through the browser host, and the panels.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { CanvasPanel } from './CanvasPanel';
import { ComparePanel } from './ComparePanel';
import { GapPanel } from './GapPanel';
import { InspectorPanel } from './InspectorPanel';
import { LibraryPanel } from './LibraryPanel';
import { ProblemsPanel } from './ProblemsPanel';
import { SourcePanel } from './SourcePanel';

export interface SavedFile {
  readonly name: string;
  readonly text: string;
}

export class EditorPage {
  readonly library: LibraryPanel;
  readonly canvas: CanvasPanel;
  readonly inspector: InspectorPanel;
  readonly problems: ProblemsPanel;
  readonly gap: GapPanel;
  readonly compare: ComparePanel;
  readonly source: SourcePanel;

  constructor(readonly page: Page) {
    this.library = new LibraryPanel(page);
    this.canvas = new CanvasPanel(page);
    this.inspector = new InspectorPanel(page);
    this.problems = new ProblemsPanel(page);
    this.gap = new GapPanel(page);
    this.compare = new ComparePanel(page);
    this.source = new SourcePanel(page);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Model library' }).waitFor();
  }

  command(name: string | RegExp): Locator {
    return this.page.getByRole('toolbar', { name: 'Commands' }).getByRole('button', { name, exact: typeof name === 'string' });
  }

  documentName(): Promise<string> {
    return this.page.getByTestId('document-name').innerText();
  }

  async isDirty(): Promise<boolean> {
    return (await this.documentName()).includes('•');
  }

  /** Runs `action` and returns the file the browser host downloaded because of it. */
  async download(action: () => Promise<unknown>): Promise<SavedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return readDownload(download);
  }

  saveAs(): Promise<SavedFile> {
    return this.download(() => this.command('Save As…').click());
  }

  save(): Promise<SavedFile> {
    return this.download(() => this.command('Save').click());
  }

  /** Opens a map file through the Open… command and the browser's file chooser. */
  async openFile(path: string, options: { hasCanvas?: boolean } = {}): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.command('Open…').click()]);
    await chooser.setFiles(path);
    const name = path.split(/[\\/]/).at(-1) ?? path;
    await this.page.getByTestId('document-name').filter({ hasText: name }).waitFor();
    if (options.hasCanvas ?? true) await this.canvas.waitForLayout();
  }
}

async function readDownload(download: Download): Promise<SavedFile> {
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
