// Page object of the gap report panel beside the inspector.
import type { Locator, Page } from 'playwright-core';

export class GapPanel {
  constructor(private readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: /^Gap report/ });
  }

  /** Opens the panel from the toolbar and waits for the report. */
  async open(): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Commands' }).getByRole('button', { name: 'Gap', exact: true }).click();
    await this.region().locator('.problem').first().waitFor();
  }

  /** The items of one section, e.g. "Added (not in the reference)". */
  section(title: string | RegExp): Locator {
    return this.region().getByRole('region', { name: title });
  }

  item(text: string | RegExp): Locator {
    return this.region().locator('.problem').filter({ hasText: text });
  }

  messages(): Promise<string[]> {
    return this.region().locator('.problem .message').allInnerTexts();
  }
}
