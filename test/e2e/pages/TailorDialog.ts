// Page object of the "New map from this reference" dialog: who performs each activity.
import type { Locator, Page } from 'playwright-core';

export class TailorDialog {
  constructor(
    private readonly page: Page,
    readonly title: string,
  ) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: `New map from ${this.title}` });
  }

  /** Opens the dialog from the library card of `title`. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: `New map from ${this.title}` }).click();
    await this.root.waitFor();
  }

  /** The "performed by" choice of one activity, found by its label (`D2 Receive Information`). */
  performer(activity: string): Locator {
    return this.root.getByRole('combobox', { name: new RegExp(`^${activity} `) });
  }

  /** The option labels offered for an activity, grouped as the dialog groups them. */
  offered(activity: string): Promise<Record<string, string[]>> {
    return this.performer(activity).evaluate((select) => {
      const groups: Record<string, string[]> = {};
      for (const group of Array.from(select.querySelectorAll('optgroup'))) groups[group.label] = Array.from(group.querySelectorAll('option')).map((option) => option.textContent ?? '');
      return groups;
    });
  }

  async choose(activity: string, label: string): Promise<void> {
    await this.performer(activity).selectOption({ label });
  }

  /** Types a new actor and adds it with the keyboard (Enter in the field). */
  async addActor(name: string): Promise<void> {
    const field = this.root.getByLabel('New actor');
    await field.fill(name);
    await field.press('Enter');
    await this.root.getByText(`Added: `, { exact: false }).filter({ hasText: name }).waitFor();
  }

  lanesSummary(): Promise<string> {
    return this.root.locator('p.muted').last().innerText();
  }

  async create(): Promise<void> {
    await this.root.getByRole('button', { name: 'Create map' }).click();
    await this.page.locator('.react-flow__node-activity').first().waitFor();
  }
}
