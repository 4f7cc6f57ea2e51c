// Page object of the inspector: the fields of the selected element.
import type { Locator, Page } from 'playwright-core';

export class InspectorPanel {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('aside.inspector');
  }

  heading(): Promise<string> {
    return this.root.locator('h2').first().innerText();
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true }).first();
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async fill(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.fill(value);
    await field.blur();
  }

  /** Chooses from a drop-down the way a person does: focus it (long lists are built then), then pick. */
  async choose(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.focus();
    await field.selectOption(value);
  }

  /** A fieldset (group of fields) by its legend, e.g. a handoff kind. */
  group(legend: string): Locator {
    return this.root.locator('fieldset').filter({ has: this.page.locator('legend', { hasText: legend }) }).last();
  }
}
