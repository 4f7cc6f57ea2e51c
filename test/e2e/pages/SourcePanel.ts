// Page object of the YAML source view (CodeMirror): its lines, its diagnostics, and typing into it.
import type { Locator, Page } from 'playwright-core';

export class SourcePanel {
  constructor(private readonly page: Page) {}

  editor(): Locator {
    return this.page.getByTestId('source-view');
  }

  /** The text as shown, line by line (CodeMirror draws only what is on screen: scroll first for far lines). */
  lines(): Promise<string[]> {
    return this.editor().locator('.cm-line').allInnerTexts();
  }

  line(text: string | RegExp): Locator {
    return this.editor().locator('.cm-line').filter({ hasText: text });
  }

  /** The line holding the cursor. */
  async cursorLine(): Promise<string> {
    return this.editor().locator('.cm-activeLine').innerText();
  }

  /** Lines marked with an error diagnostic. */
  errorMarks(): Locator {
    return this.editor().locator('.cm-lintRange-error');
  }

  /** Clicks into the first line matching `text` and goes to its end, as a person would to type after it. */
  async clickEndOf(text: string | RegExp): Promise<void> {
    // Lines are as wide as the longest: click near the start, which is on screen.
    await this.line(text).first().click({ position: { x: 12, y: 6 } });
    await this.page.keyboard.press('End');
  }

  viewButton(name: 'Canvas' | 'Source' | 'Split'): Locator {
    return this.page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });
  }
}
