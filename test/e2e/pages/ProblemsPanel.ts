// Page object of the problems panel and the status bar's severity counts.
import type { Locator, Page } from 'playwright-core';

export class ProblemsPanel {
  constructor(private readonly page: Page) {}

  items(): Locator {
    return this.page.locator('.problems .problem');
  }

  messages(): Promise<string[]> {
    return this.page.locator('.problems .problem .message').allInnerTexts();
  }

  /** The rule ids of the listed problems (the end of each entry's location line). */
  async rules(): Promise<string[]> {
    return (await this.page.locator('.problems .problem .where').allInnerTexts()).map((where) => where.split(' · ').at(-1)!.trim());
  }

  /** The status bar's note of the rule configuration in effect. */
  ruleConfig(): Promise<string> {
    return this.page.getByTestId('rule-config').innerText();
  }

  problem(text: string | RegExp): Locator {
    return this.items().filter({ hasText: text });
  }

  async errorCount(): Promise<number> {
    return Number((await this.page.getByTestId('error-count').innerText()).replace(/\D/g, ''));
  }

  async warningCount(): Promise<number> {
    return Number((await this.page.getByTestId('warning-count').innerText()).replace(/\D/g, ''));
  }

  /** Errors plus warnings, as the status bar shows them. */
  async total(): Promise<number> {
    return (await this.errorCount()) + (await this.warningCount());
  }

  /** Waits until a problem matching `text` is listed (`present`) or gone. */
  async waitFor(text: string | RegExp, present = true): Promise<void> {
    await this.problem(text).first().waitFor({ state: present ? 'visible' : 'detached' });
  }
}
