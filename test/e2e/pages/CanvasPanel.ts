// Page object of the swimlane canvas: nodes, lanes and flows as the user sees them.
import type { Locator, Page } from 'playwright-core';

export class CanvasPanel {
  constructor(private readonly page: Page) {}

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  laneHeader(id: string): Locator {
    return this.page.locator(`.lane-header[data-lane-id="${id}"]`);
  }

  flow(id: string): Locator {
    return this.page.locator(`[data-flow-id="${id}"] .flow-hit`);
  }

  /** Clicks a flow's line at the middle of its longest segment (where a person would click it). */
  async clickFlow(id: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    const line = this.flow(id);
    await line.waitFor({ state: 'attached' });
    const point = await line.evaluate((element) => {
      const polyline = element as SVGPolylineElement;
      const points = Array.from({ length: polyline.points.numberOfItems }, (_, i) => polyline.points.getItem(i));
      let best = { x: points[0]!.x, y: points[0]!.y, length: -1 };
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1]!;
        const b = points[i]!;
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        if (length > best.length) best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length };
      }
      const matrix = polyline.getScreenCTM()!;
      return { x: matrix.a * best.x + matrix.c * best.y + matrix.e, y: matrix.b * best.x + matrix.d * best.y + matrix.f };
    });
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.click(point.x, point.y);
    for (const key of modifiers) await this.page.keyboard.up(key);
  }

  /** Text shown in a node, lines joined by spaces. */
  async nodeText(id: string): Promise<string> {
    const lines = await this.node(id).locator('.activity-text > div, .activity-text.live, .terminal-text > div').allInnerTexts();
    return lines.join(' ').replace(/\s+/g, ' ').trim();
  }

  /** Lane ids top to bottom as drawn. */
  async laneOrder(): Promise<string[]> {
    return this.page.locator('.lane-header').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-lane-id') ?? ''));
  }

  /** Waits until the layout worker has drawn the present map (no pending live text). */
  async waitForLayout(): Promise<void> {
    await this.page.locator('.canvas[data-layout="current"] svg.backdrop').waitFor({ state: 'attached' });
    await this.page.waitForFunction(() => document.querySelectorAll('.activity-text.live').length === 0);
  }

  /** Centre of a lane band on screen, for dropping a node into it. */
  async laneCentre(id: string): Promise<{ x: number; y: number }> {
    const box = await this.laneHeader(id).boundingBox();
    if (!box) throw new Error(`lane ${id} is not visible`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Drags a node with the mouse so that its centre ends at (x, y) on screen. */
  async dragNodeTo(id: string, x: number, y: number): Promise<void> {
    const box = await this.node(id).boundingBox();
    if (!box) throw new Error(`node ${id} is not visible`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
    await this.page.mouse.move(x, y, { steps: 12 });
    await this.page.mouse.up();
  }
}
