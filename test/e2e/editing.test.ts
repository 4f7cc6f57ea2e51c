import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const session = editorSessionForSpec();

describe.skipIf(!HAS_CHROMIUM)('editing with the mouse', () => {
  it('dragging an activity into another lane changes its lane and pins where it was dropped', async () => {
    // given a tailored copy of E
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    // when E3 is dragged into the help desk lane
    const target = await editor.canvas.laneCentre('help-desk-staff');
    const box = await editor.canvas.node('E3').boundingBox();
    await editor.canvas.dragNodeTo('E3', (box?.x ?? 0) + (box?.width ?? 0) / 2, target.y);
    // then the saved map has E3 in that lane, pinned
    await editor.canvas.node('E3').click();
    expect(await editor.inspector.field('Lane').inputValue()).toBe('help-desk-staff');
    const saved = parse((await editor.saveAs()).text);
    expect(saved.activities.E3.lane).toBe('help-desk-staff');
    expect(Object.keys(saved.layout.pinned)).toEqual(['E3']);
  });

  it('dragging a lane header below another reorders the lanes with their activities', async () => {
    // given a tailored copy of E with the help desk lane on top
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    expect(await editor.canvas.laneOrder()).toEqual(['help-desk-staff', 'soc-analysts']);
    // when the help desk header is dragged below the SOC lane
    const from = await editor.canvas.laneCentre('help-desk-staff');
    const to = await editor.canvas.laneCentre('soc-analysts');
    await editor.page.mouse.move(from.x, from.y);
    await editor.page.mouse.down();
    await editor.page.mouse.move(from.x, to.y + 30, { steps: 10 });
    await editor.page.mouse.up();
    // then the lanes swap, and E1 is still in the help desk lane, now drawn at the bottom
    await editor.page.waitForFunction(() => document.querySelector('.lane-header')?.getAttribute('data-lane-id') === 'soc-analysts');
    const saved = parse((await editor.saveAs()).text);
    expect(Object.keys(saved.lanes)).toEqual(['soc-analysts', 'help-desk-staff']);
    expect(saved.activities.E1.lane).toBe('help-desk-staff');
    await editor.canvas.waitForLayout();
    const e1 = await editor.canvas.node('E1').boundingBox();
    const e2 = await editor.canvas.node('E2').boundingBox();
    expect(e1!.y).toBeGreaterThan(e2!.y);
  });

  it('undo and redo step through every edit, and undo back to the saved state clears the dirty marker', async () => {
    // given a saved tailored copy
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    await editor.saveAs();
    // when an activity is renamed and a lane moved
    await editor.canvas.node('E2').click();
    await editor.inspector.fill('Name', 'Verify Report');
    await editor.canvas.laneHeader('soc-analysts').click();
    await editor.inspector.button('Move lane up').click();
    await editor.canvas.waitForLayout();
    expect(await editor.canvas.nodeText('E2')).toBe('E2: Verify Report');
    expect(await editor.canvas.laneOrder()).toEqual(['soc-analysts', 'help-desk-staff']);
    expect(await editor.isDirty()).toBe(true);
    // then undo reverts the lane move, then the rename (typing was one step)
    await editor.command(/^Undo/).click();
    await editor.page.waitForFunction(() => document.querySelector('.lane-header')?.getAttribute('data-lane-id') === 'help-desk-staff');
    await editor.command(/^Undo/).click();
    await editor.canvas.waitForLayout();
    expect(await editor.canvas.nodeText('E2')).toBe('E2: Check Report');
    expect(await editor.isDirty()).toBe(false);
    expect(await editor.command(/^Undo/).isDisabled()).toBe(true);
    // and redo (Ctrl+Shift+Z) brings both back
    await editor.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await editor.page.keyboard.press('Control+Shift+Z');
    await editor.page.keyboard.press('Control+Shift+Z');
    await editor.canvas.waitForLayout();
    expect(await editor.canvas.nodeText('E2')).toBe('E2: Verify Report');
    expect(await editor.canvas.laneOrder()).toEqual(['soc-analysts', 'help-desk-staff']);
    expect(await editor.isDirty()).toBe(true);
  });

  it('copy and paste duplicate activities with fresh ids in this map, and carry them into another map', async () => {
    // given two activities selected
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    await editor.canvas.node('E2').click();
    await editor.canvas.node('E3').click({ modifiers: ['Shift'] });
    // when they are copied and pasted
    await editor.page.keyboard.press('Control+c');
    await editor.page.keyboard.press('Control+v');
    await editor.canvas.waitForLayout();
    // then copies with the flow between them exist
    const saved = parse((await editor.saveAs()).text);
    expect(saved.activities['E2-copy'].name).toBe('Check Report');
    expect(saved.activities['E3-copy'].lane).toBe('soc-analysts');
    expect(saved.flows['E2-E3']).toBeDefined();
    expect(Object.values(saved.flows).filter((flow) => (flow as { from: string }).from === 'E2-copy')).toEqual([
      { from: 'E2-copy', to: 'E3-copy', outputs: ['Checked events'], condition: 'If the event needs handling', outputFork: 'check' },
    ]);
    // when a new map is started and the clip pasted there
    await editor.command('New').click();
    await editor.canvas.waitForLayout();
    await editor.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await editor.page.keyboard.press('Control+v');
    await editor.canvas.waitForLayout();
    // then the activities keep their ids there and land in its lane
    const other = parse((await editor.saveAs()).text);
    expect(Object.keys(other.activities)).toEqual(['A1', 'E2', 'E3']);
    expect(other.activities.E2.lane).toBe('lane-1');
    expect(other.flows['E2-E3'].from).toBe('E2');
  });

  it('connects two activities by dragging from one port to the other', async () => {
    // given a tailored copy of E
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    // when a line is dragged from E1's out-port to E3's in-port
    const { page } = editor;
    await editor.canvas.node('E1').hover();
    const source = await editor.canvas.node('E1').locator('.react-flow__handle.source').boundingBox();
    await editor.canvas.node('E3').hover();
    const target = await editor.canvas.node('E3').locator('.react-flow__handle.target').boundingBox();
    await page.mouse.move(source!.x + source!.width / 2, source!.y + source!.height / 2);
    await page.mouse.down();
    await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, { steps: 15 });
    await page.mouse.up();
    // then the new flow is selected in the inspector and saved
    expect(await editor.inspector.heading()).toBe('Flow E1-E3');
    const saved = parse((await editor.saveAs()).text);
    expect(saved.flows['E1-E3']).toEqual({ from: 'E1', to: 'E3' });
  });

  it('validates inspector fields as you type and does not apply an invalid value', async () => {
    // given E2 selected
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    await editor.canvas.node('E2').click();
    // when an id-valued field gets a value the format forbids, and the required name is emptied
    await editor.inspector.field('Ref').fill('not an id!');
    await editor.inspector.field('Name').fill('');
    // then both fields say why, mark themselves invalid, and the map keeps its values
    await editor.inspector.root.getByText(/an id uses letters, digits/).waitFor();
    await editor.inspector.root.getByText('required', { exact: true }).waitFor();
    expect(await editor.inspector.field('Ref').getAttribute('aria-invalid')).toBe('true');
    const saved = parse((await editor.saveAs()).text);
    expect(saved.activities.E2).toMatchObject({ name: 'Check Report', ref: 'E2' });
  });

  it('selects groups and trigger notes on the canvas, and groups selected activities', async () => {
    // given the worked example, with a group and a trigger note
    const editor = await session.open();
    await editor.openFile(fileURLToPath(new URL('../fixtures/maps/worked-example.yaml', import.meta.url)));
    // when the group's label and the trigger note are clicked
    await editor.page.locator('[data-element="group:reporting"]').click();
    expect(await editor.inspector.heading()).toBe('Coordination group reporting');
    await editor.page.locator('[data-element="trigger:1"]').click();
    expect(await editor.inspector.heading()).toBe('Trigger 1');
    // and when D1 and D2 are selected and grouped
    await editor.canvas.node('D1').click();
    await editor.canvas.node('D2').click({ modifiers: ['Shift'] });
    await editor.inspector.button('Group').click();
    // then a second group holds both
    expect(await editor.inspector.heading()).toBe('Coordination group group');
    const saved = parse((await editor.saveAs()).text);
    expect(saved.groups.group).toEqual({ label: 'Coordination', members: ['D1', 'D2'] });
  });
});
