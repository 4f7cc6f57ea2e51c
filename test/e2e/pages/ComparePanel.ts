// Page object of the compare view: the choice and change list beside the inspector, and the visual compare in place of the canvas.
import type { Locator, Page } from 'playwright-core';

export class ComparePanel {
  constructor(private readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Compare', exact: true });
  }

  /** The side-by-side or overlaid pictures in place of the canvas. */
  visual(): Locator {
    return this.page.getByRole('region', { name: 'Visual compare' });
  }

  async ensureOpen(): Promise<void> {
    if (!(await this.region().isVisible())) await this.page.getByRole('toolbar', { name: 'Commands' }).getByRole('button', { name: 'Compare', exact: true }).click();
  }

  /** Opens the view from the toolbar (unless open) and compares the open map with a library map, by its title. */
  async withLibraryMap(title: string): Promise<void> {
    await this.ensureOpen();
    const choice = this.region().getByLabel('Compare this map with');
    const value = await choice.locator('option', { hasText: title }).first().getAttribute('value');
    await choice.selectOption(value ?? title);
    await this.region().locator('.compare-summary').filter({ hasText: title }).waitFor();
  }

  /**
   * Compares the open map with a map file: through the browser's file chooser, or (`host: 'desktop'`)
   * through the desktop host, whose native dialog the test's bridge answers.
   */
  async withFile(path: string, host: 'browser' | 'desktop' = 'browser'): Promise<void> {
    await this.ensureOpen();
    const button = this.region().getByRole('button', { name: 'A map file…' });
    if (host === 'desktop') await button.click();
    else {
      const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), button.click()]);
      await chooser.setFiles(path);
    }
    const name = path.split(/[\\/]/).at(-1) ?? path;
    await this.region().locator('.compare-summary').filter({ hasText: name }).waitFor();
  }

  /** Compares with the reference the open map derives from, in one click. */
  async withReference(id: string): Promise<void> {
    await this.ensureOpen();
    await this.region().getByRole('button', { name: `Its reference (${id})` }).click();
    await this.region().locator('.compare-summary').waitFor();
  }

  /** Shows the comparison as "Side by side", "Overlay" or "Marks on the canvas". */
  async show(mode: 'Side by side' | 'Overlay' | 'Marks on the canvas'): Promise<void> {
    await this.region().getByRole('radio', { name: mode }).check();
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

  /** One pane of the visual compare, by its title ("This map: …", "Other: …", or the overlay's). */
  pane(title: string | RegExp): Locator {
    return this.visual().getByRole('region', { name: title });
  }

  /** Waits until the pane's picture is decoded and returns how many of its pixels are drawn (not paper white). */
  /** The lanes a pane's picture draws, top to bottom, as its description gives them. */
  async pictureLanes(pane: Locator): Promise<string[]> {
    const description = (await pane.locator('img.compare-picture').getAttribute('alt')) ?? '';
    return description.split(', lanes: ')[1]?.split(', ') ?? [];
  }

  async inkedPixels(pane: Locator): Promise<number> {
    const picture = pane.locator('img.compare-picture');
    await picture.waitFor();
    return picture.evaluate(async (element) => {
      const image = element as HTMLImageElement;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 && data[i + 3]! > 0) inked += 1;
      return inked;
    });
  }

  /** Element keys (`flows:T2-T3`) a pane marks with `mark`, ghosts included. */
  marked(pane: Locator, mark: string): Promise<string[]> {
    return pane.locator(`.compare-overlay [data-mark="${mark}"]`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-key') ?? ''));
  }

  ghost(pane: Locator, key: string): Locator {
    return pane.locator(`.compare-overlay .ghost[data-key="${key}"]`);
  }

  /** Clicks the middle of a drawn element (mark or ghost) in a pane, as a person would click the picture. */
  async clickElement(pane: Locator, key: string): Promise<void> {
    const box = await pane.locator(`.compare-overlay [data-key="${key}"] :is(rect, path)`).first().boundingBox();
    if (!box) throw new Error(`${key} is not drawn`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Presses the bar's "Zoom in" `times` times. */
  async zoomIn(times: number): Promise<void> {
    for (let count = 0; count < times; count++) await this.visual().getByRole('button', { name: 'Zoom in' }).click();
  }

  /** Turns scrolling both panes together on or off. */
  async setScrollTogether(on: boolean): Promise<void> {
    const toggle = this.visual().getByRole('button', { name: 'Scroll together' });
    if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  }

  /** Scrolls a pane with the mouse wheel, as a person would. */
  async scroll(pane: Locator, deltaX: number, deltaY: number): Promise<void> {
    await pane.locator('.compare-scroll').hover();
    await this.page.mouse.wheel(deltaX, deltaY);
  }

  /** A pane's scroll offsets, [left, top] in px. */
  scrollOffsets(pane: Locator): Promise<[number, number]> {
    return pane.locator('.compare-scroll').evaluate((element) => [Math.round(element.scrollLeft), Math.round(element.scrollTop)] as [number, number]);
  }

  focusRings(pane: Locator): Locator {
    return pane.locator('.compare-overlay .focus-ring');
  }

  /** Flow ids and line-end ids the canvas marks with `mark`; the canvas marks must be shown. */
  async markedLinesAndEnds(mark: string): Promise<{ flows: string[]; ends: string[] }> {
    const flows = await this.page.locator(`.flow.compare-${mark}`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-flow-id') ?? ''));
    const ends = await this.page.locator(`.react-flow__node:has(.terminal.compare-${mark})`).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.id ?? ''));
    return { flows: flows.sort(), ends: ends.sort() };
  }

  /** Activity ids the canvas marks with `mark` (removed, moved, changed); shows the canvas marks first. */
  async markedNodes(mark: string): Promise<string[]> {
    if (await this.region().isVisible()) await this.show('Marks on the canvas');
    return this.page.locator(`.react-flow__node:has(.activity.compare-${mark})`).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.id ?? ''));
  }
}
