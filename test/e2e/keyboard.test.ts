import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const session = editorSessionForSpec();

/** What has keyboard focus: a canvas node's id, a lane header's id, or a control's accessible label. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    if (element.classList.contains('lane-header')) return `lane:${element.getAttribute('data-lane-id')}`;
    const node = element.closest<HTMLElement>('.react-flow__node');
    if (node) return `node:${node.dataset.id}`;
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
    return `${element.tagName.toLowerCase()}:${element.getAttribute('aria-label') ?? label ?? element.textContent ?? ''}`;
  });
}

/** Presses Tab until `want` has focus; fails after `limit` presses. */
async function tabTo(page: Page, want: string | RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const now = await focused(page);
    if (typeof want === 'string' ? now === want : want.test(now)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached ${want} with Tab; focus is on ${await focused(page)}`);
}

/** Presses Shift+Tab until `want` has focus. */
async function shiftTabTo(page: Page, want: string | RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const now = await focused(page);
    if (typeof want === 'string' ? now === want : want.test(now)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`never reached ${want} with Shift+Tab; focus is on ${await focused(page)}`);
}

describe.skipIf(!HAS_CHROMIUM)('keyboard only', () => {
  it('a new activity starts with its placeholder name selected, so the name typed replaces it', async () => {
    // given a tailored copy of E with E2 focused
    const editor = await session.open();
    const { page } = editor;
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    await tabTo(page, 'node:E2', 200);
    // when N adds an activity after it and a name is typed at once
    await page.keyboard.press('n');
    await expect.poll(() => focused(page)).toBe('input:Name');
    await page.keyboard.type('Page on-call Incident Commander');
    await page.keyboard.press('Escape');
    // then the name is the typed text alone, not appended to the placeholder
    const saved = parse((await editor.saveAs()).text);
    expect(saved.activities.E4.name).toBe('Page on-call Incident Commander');
  });

  it('tailors a map without the mouse: follow the flow, rename, change lane, describe a handoff, add an activity, save, undo', async () => {
    // given the library, reached by keyboard
    const editor = await session.open();
    const { page } = editor;
    await tabTo(page, 'button:New map from E: Handle Events');
    await page.keyboard.press('Enter');
    // and the tailoring dialog, keeping the default performers
    await page.getByRole('dialog', { name: 'New map from E: Handle Events' }).waitFor();
    await tabTo(page, 'button:Create map');
    await page.keyboard.press('Enter');
    await editor.canvas.waitForLayout();
    // then keyboard focus is on the canvas, not lost with the dialog's button
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Process map canvas"]') !== null);

    // when Tab enters the canvas: first the lane headers, then the first node in flow order; arrows follow the flow
    await tabTo(page, /^(lane|node):/);
    await expect.poll(() => focused(page)).toBe('lane:help-desk-staff');
    await tabTo(page, /^node:/);
    await expect.poll(() => focused(page)).toBe('node:outside');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page)).toBe('node:E1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page)).toBe('node:E2');
    expect(await page.locator('.react-flow__node[data-id="E2"]').getAttribute('aria-label')).toMatch(/^Activity E2: Check Report, in lane SOC analysts/);

    // and Enter edits it: the name field takes focus; Escape returns to the node
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Verify Report');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('node:E2');

    // and Alt+Up moves it to the lane above; N adds an activity after it, named at once
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('n');
    await expect.poll(() => focused(page)).toBe('input:Name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Escalate');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('node:E4');

    // and the flow E2 → E3 now crosses lanes: its handoff is described from the keyboard too
    await editor.problems.waitFor(/flow "E2-E3" hands work/);
    await tabTo(page, 'node:E2', 200);
    await page.keyboard.press('Enter');
    await shiftTabTo(page, /^button:→ E3/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'button:Add handoff for this flow', 200);
    await page.keyboard.press('Enter');
    await tabTo(page, 'button:Add person-to-person', 200);
    await page.keyboard.press('Enter');
    await tabTo(page, 'textarea:Sending actors');
    await page.keyboard.type('help-desk-staff');
    await tabTo(page, 'textarea:Receiving actors');
    await page.keyboard.type('soc-analysts');
    await tabTo(page, 'button:Add electronic');
    await page.keyboard.press('Enter');
    await tabTo(page, 'textarea:Electronic');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ticketing system');
    await editor.problems.waitFor(/E2-E3/, false);

    // and a lane header is reached with Tab; Alt+Down moves the lane below the other
    await tabTo(page, 'lane:help-desk-staff');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction(() => document.querySelector('.lane-header')?.getAttribute('data-lane-id') === 'soc-analysts');

    // and Ctrl+S saves (Save As for a new map)
    const saved = parse((await editor.download(() => page.keyboard.press('Control+s'))).text);

    // then the file has every change
    expect(saved.activities.E2).toMatchObject({ name: 'Verify Report', lane: 'help-desk-staff' });
    expect(saved.activities.E4).toEqual({ name: 'Escalate', lane: 'help-desk-staff' });
    expect(saved.flows['E2-E4']).toEqual({ from: 'E2', to: 'E4' });
    expect(Object.keys(saved.lanes)).toEqual(['soc-analysts', 'help-desk-staff']);
    expect(Object.values(saved.handoffs).find((handoff) => (handoff as { flows?: string[] }).flows?.includes('E2-E3'))).toMatchObject({
      kinds: { 'person-to-person': { sendingActors: ['help-desk-staff'], receivingActors: ['soc-analysts'], modes: { electronic: ['Ticketing system'] } } },
    });

    // and Ctrl+Z undoes the lane move, from the keyboard
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector('.lane-header')?.getAttribute('data-lane-id') === 'help-desk-staff');
  });

  it('buttons, lane headers and nodes show a visible focus indicator', async () => {
    // given the editor with a map
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    // when a toolbar button, a lane header and a node get keyboard focus
    await tabTo(editor.page, 'button:New');
    const buttonOutline = await editor.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    await tabTo(editor.page, /^lane:/);
    const laneStroke = await editor.page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.lane-header-box')!).strokeWidth);
    await tabTo(editor.page, /^node:/);
    const nodeOutline = await editor.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    // then each shows it: outlines, and a thick border on the lane header
    expect(buttonOutline).toBe('solid');
    expect(laneStroke).toBe('3px');
    expect(nodeOutline).toBe('solid');
  });

  it('Escape closes the gap report and the visual compare, and the keyboard carries on from the canvas', async () => {
    // given a tailored copy of E with the gap report open, focus on its Close button
    const editor = await session.open();
    const { page } = editor;
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    // (an untouched copy has no gaps, so the report is open once it is there)
    await editor.command('Gap').click();
    await editor.gap.region().getByRole('button', { name: 'Close gap report' }).focus();
    // when Escape is pressed
    await page.keyboard.press('Escape');
    // then the report is gone and focus is on the canvas
    await editor.gap.region().waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Process map canvas"]') !== null);

    // given the visual compare with E in place of the canvas, focus on its choice of map
    await editor.compare.withLibraryMap('E: Handle Events');
    await editor.compare.show('Side by side');
    await editor.compare.visual().waitFor();
    await editor.compare.region().getByLabel('Compare this map with').focus();
    // when Escape is pressed
    await page.keyboard.press('Escape');
    // then the compare view is gone, the canvas is back and has focus
    await editor.compare.region().waitFor({ state: 'detached' });
    await editor.canvas.waitForLayout();
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Process map canvas"]') !== null);
    // and Tab goes on into the map
    await tabTo(page, /^node:/);
  });

  it('a dragged box is selected after the drag', async () => {
    // given a tailored copy of E with E1 selected
    const editor = await session.open();
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    await editor.canvas.node('E1').click();
    expect(await editor.inspector.heading()).toContain('E1');
    // when E3 is dragged into the help desk lane
    const target = await editor.canvas.laneCentre('help-desk-staff');
    const box = await editor.canvas.node('E3').boundingBox();
    await editor.canvas.dragNodeTo('E3', (box?.x ?? 0) + (box?.width ?? 0) / 2, target.y);
    // then E3 is the selection: the inspector shows it, in its new lane
    await expect.poll(() => editor.inspector.heading()).toContain('E3');
    expect(await editor.inspector.field('Lane').inputValue()).toBe('help-desk-staff');
    expect(await editor.canvas.node('E3').getAttribute('class')).toContain('selected');
  });

  it('"Connect to" starts empty for each element, and Connect leaves focus on the new flow', async () => {
    // given a tailored copy of E where E1's "Connect to" was set to E3 but not used
    const editor = await session.open();
    const { page } = editor;
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    await editor.canvas.node('E1').click();
    await editor.inspector.choose('Connect to', 'E3');
    // when E2 is selected instead
    await editor.canvas.node('E2').click();
    await expect.poll(() => editor.inspector.heading()).toContain('E2');
    // then its "Connect to" is empty and Connect cannot act yet
    expect(await editor.inspector.field('Connect to').inputValue()).toBe('');
    expect(await editor.inspector.button('Connect').isDisabled()).toBe(true);

    // when a target is chosen and Connect pressed from the keyboard
    await editor.inspector.choose('Connect to', 'E1');
    await tabTo(page, 'button:Connect');
    await page.keyboard.press('Enter');
    // then the new flow is selected and focus is in its fields, not lost to the page
    await expect.poll(() => editor.inspector.heading()).toContain('E2-E1');
    expect(await page.evaluate(() => document.activeElement?.closest('aside.inspector') !== null)).toBe(true);
  });

  it('Add handoff leaves focus on the new handoff', async () => {
    // given a tailored copy of E with the flow E2 → E3, which no handoff describes, selected
    const editor = await session.open();
    const { page } = editor;
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    await editor.canvas.clickFlow('E2-E3');
    // when "Add handoff for this flow" is pressed from the keyboard
    await editor.inspector.button('Add handoff for this flow').focus();
    await page.keyboard.press('Enter');
    // then the handoff is selected and focus is in its fields
    await expect.poll(() => editor.inspector.heading()).toMatch(/^Handoff/);
    expect(await page.evaluate(() => document.activeElement?.closest('aside.inspector') !== null)).toBe(true);
  });
});
