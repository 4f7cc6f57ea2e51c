// Page object of the model library browser.
import type { Locator, Page } from 'playwright-core';

export class LibraryPanel {
  constructor(private readonly page: Page) {}

  card(title: string): Locator {
    return this.page.locator('.library-card').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The titles of the library's maps, once the library has loaded (it loads after the page). */
  async titles(): Promise<string[]> {
    await this.page.locator('.library-card h2').first().waitFor();
    return this.page.locator('.library-card h2').allInnerTexts();
  }

  async open(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open ${title}` }).click();
    await this.page.locator('.react-flow__node-activity').first().waitFor();
  }

  /** Starts a tailored map, keeping the default performers or choosing some (activity id → key person). */
  async newFromReference(title: string, performers: Readonly<Record<string, string>> = {}): Promise<void> {
    await this.page.getByRole('button', { name: `New map from ${title}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `New map from ${title}` });
    await dialog.waitFor();
    for (const [activity, person] of Object.entries(performers)) {
      await dialog.getByRole('combobox', { name: new RegExp(`^${activity} `) }).selectOption(person);
    }
    await dialog.getByRole('button', { name: 'Create map' }).click();
    await this.page.locator('.react-flow__node-activity').first().waitFor();
  }
}
