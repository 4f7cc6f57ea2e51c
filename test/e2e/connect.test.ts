// Connecting as in a diagram tool: drop a flow anywhere on a box, or on empty canvas for a new activity.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import type { EditorPage } from './pages/EditorPage';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const session = editorSessionForSpec();

/** Presses the mouse on a node's outgoing port and moves it a little, as a person starts a flow. */
async function startFlowOutOf(editor: EditorPage, id: string): Promise<void> {
  const node = editor.canvas.node(id);
  await node.hover();
  const port = node.locator('.react-flow__handle.source');
  const box = await port.boundingBox();
  if (!box) throw new Error(`no outgoing port on ${id}`);
  await editor.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await editor.page.mouse.down();
  await editor.page.mouse.move(box.x + 30, box.y + 20, { steps: 4 });
}

async function centreOf(editor: EditorPage, id: string): Promise<{ x: number; y: number }> {
  const box = await editor.canvas.node(id).boundingBox();
  if (!box) throw new Error(`node ${id} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function outlineOf(page: Page, id: string): Promise<string> {
  return page.evaluate((nodeId) => {
    const box = document.querySelector(`.react-flow__node[data-id="${nodeId}"] > *`);
    return box ? getComputedStyle(box).outlineStyle : 'missing';
  }, id);
}

async function tailoredE(): Promise<EditorPage> {
  const editor = await session.open();
  await editor.library.newFromReference('E: Handle Events');
  await editor.canvas.waitForLayout();
  return editor;
}

describe.skipIf(!HAS_CHROMIUM)('connect by dropping', () => {
  it('a flow dropped on the middle of a box connects to it, and the boxes that can take it are outlined while dragging', async () => {
    // given E, whose E1 does not flow into E3
    const editor = await tailoredE();
    const { page } = editor;
    const before = parse((await editor.saveAs()).text);
    expect(Object.values(before.flows ?? {})).not.toContainEqual(expect.objectContaining({ from: 'E1', to: 'E3' }));
    // when a flow is dragged out of E1's port
    await startFlowOutOf(editor, 'E1');
    const target = await centreOf(editor, 'E3');
    await page.mouse.move(target.x, target.y, { steps: 10 });
    // then, while dragging, E2 and E3 are outlined as targets, E1 (the source) is not
    expect(await outlineOf(page, 'E2')).toBe('dashed');
    expect(await outlineOf(page, 'E3')).not.toBe('none');
    expect(await outlineOf(page, 'E1')).toBe('none');
    await page.screenshot({ path: 'scratch/connect-dragging.png' });
    // when it is dropped on the middle of E3's body, far from its port
    await page.mouse.up();
    // then E1 flows into E3, and nothing is outlined any more
    await expect.poll(async () => Object.values(parse((await editor.saveAs()).text).flows ?? {})).toContainEqual({ from: 'E1', to: 'E3' });
    expect(await outlineOf(page, 'E2')).toBe('none');
  });

  it('a flow dropped on empty canvas appends a new activity in the lane under the pointer, connected, with its name ready to type', async () => {
    // given E, and an empty place of the help desk lane below E3's column
    const editor = await tailoredE();
    const { page } = editor;
    const lane = await editor.canvas.laneCentre('help-desk-staff');
    const column = await centreOf(editor, 'E3');
    const drop = { x: column.x, y: lane.y };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node') ?? null, drop)).toBeNull();
    // when a flow dragged out of E3 is dropped there and a name is typed at once
    await startFlowOutOf(editor, 'E3');
    await page.mouse.move(drop.x, drop.y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => document.querySelector(`label[for="${document.activeElement?.id}"]`)?.textContent ?? '')).toBe('Name');
    await page.keyboard.type('Log the handover');
    await page.keyboard.press('Enter');
    await editor.canvas.waitForLayout();
    await page.screenshot({ path: 'scratch/connect-dropped-on-canvas.png' });
    // then the new activity is in the help desk lane, named as typed, and E3 flows into it
    const saved = parse((await editor.saveAs()).text);
    const [id, activity] = Object.entries<{ name: string; lane: string }>(saved.activities).find(([, candidate]) => candidate.name === 'Log the handover')!;
    expect(activity.lane).toBe('help-desk-staff');
    expect(Object.values(saved.flows)).toContainEqual({ from: 'E3', to: id });
  });
});
