// Page object of the compare view beside the inspector.
import type { Locator, Page } from 'playwright-core';

export class ComparePanel {
  constructor(private readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Compare' });
  }

  /** Opens the view from the toolbar (unless open) and compares the open map with a library map, by its title. */
  async withLibraryMap(title: string): Promise<void> {
    if (!(await this.region().isVisible())) await this.page.getByRole('toolbar', { name: 'Commands' }).getByRole('button', { name: 'Compare', exact: true }).click();
    const choice = this.region().getByLabel('Compare this map with');
    const value = await choice.locator('option', { hasText: title }).first().getAttribute('value');
    await choice.selectOption(value ?? title);
    await this.region().locator('.compare-summary').filter({ hasText: title }).waitFor();
  }

  /** Compares the open map with a map file, chosen through the browser's file chooser. */
  async withFile(path: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.region().getByRole('button', { name: 'A map file…' }).click()]);
    await chooser.setFiles(path);
    const name = path.split(/[\\/]/).at(-1) ?? path;
    await this.region().locator('.compare-summary').filter({ hasText: name }).waitFor();
  }

  async close(): Promise<void> {
    await this.region().getByRole('button', { name: 'Close compare' }).click();
    await this.region().waitFor({ state: 'detached' });
  }

  /** The changes listed under one group, e.g. "Handoffs". */
  group(title: string): Locator {
    return this.region().getByRole('region', { name: title }).locator('.problem');
  }

  change(text: string | RegExp): Locator {
    return this.region().locator('.problem').filter({ hasText: text });
  }

  /** Activity ids the canvas marks with `mark` (removed, moved, changed). */
  markedNodes(mark: string): Promise<string[]> {
    return this.page.locator(`.react-flow__node:has(.activity.compare-${mark})`).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.id ?? ''));
  }
}
