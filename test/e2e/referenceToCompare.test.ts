// From the CERT reference to a tailored map with catalogue and new actors, and the visual compare of
// Acme's as-is and to-be triage maps: both panes drawn, the removed elements as ghosts, the change list clickable.
import { describe, expect, it } from 'vitest';
import { TailorDialog } from './pages/TailorDialog';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

// The real model library: the CERT references with their actor catalogue, and the Acme example maps.
const session = editorSessionForSpec('model-library');

describe.skipIf(!HAS_CHROMIUM)('from the reference to the compare view', () => {
  it('tailors D with a performer from the actor catalogue and a new actor, which become lanes and actors of the map', async () => {
    // given the tailoring dialog of the CERT reference D
    const editor = await session.open();
    const dialog = new TailorDialog(editor.page, 'D: Detect Events');
    await dialog.open();

    // when D2 is offered its performers
    const offered = await dialog.offered('D2');
    // then its key people come first, then the 54 actors of cert/actors.yaml
    expect(offered['Key people of this activity']).toContain('help desk staff');
    expect(offered['Actor catalogue (54)']).toHaveLength(54);
    expect(offered['Actor catalogue (54)']).toContain('incident handlers');

    // when D2 is given to a catalogue actor and D4 to a new actor typed in the dialog
    await dialog.choose('D2', 'incident handlers');
    await dialog.addActor('Night shift');
    await dialog.choose('D4', 'Night shift (new)');
    // then the lanes to be made name both
    expect(await dialog.lanesSummary()).toMatch(/incident handlers.*Night shift|Night shift.*incident handlers/);

    // when the map is created and saved
    await dialog.create();
    await editor.canvas.waitForLayout();
    const saved = await editor.saveAs();

    // then D2 and D4 sit in lanes bound to those actors, which the map defines itself, and nothing is unknown
    expect(saved.text).toMatch(/\n {2}D2:\n {4}name: Receive Information\n {4}lane: incident-handlers\n/);
    expect(saved.text).toMatch(/\n {2}D4:\n {4}name: Analyze Indicators\n {4}lane: night-shift\n/);
    expect(saved.text).toMatch(/\nactors:\n(?: {2}.*\n| {4}.*\n)* {2}incident-handlers:\n {4}name: incident handlers\n/);
    expect(saved.text).toMatch(/\n {2}night-shift:\n {4}name: Night shift\n {4}kind: role\n/);
    expect(saved.text).toContain('derivedFrom:\n  map: D\n  path: model-library/cert/D.yaml\n');
    // and validation, once it has run, finds no unknown actor
    await editor.page.waitForTimeout(1500);
    expect((await editor.problems.messages()).filter((message) => /neither this map nor the actor catalogue/.test(message))).toEqual([]);
  }, 120_000);

  it('draws Acme as-is and to-be triage side by side and overlaid, with the removed elements as ghosts, and reveals a chosen change', async () => {
    // given Acme's as-is triage map, opened from the library
    const editor = await session.open();
    await editor.library.open('Acme: Triage Events (as-is)');
    await editor.canvas.waitForLayout();

    // when it is compared with the to-be map
    await editor.compare.withLibraryMap('Acme: Triage Events (to-be)');
    // then both maps are drawn side by side in place of the canvas
    const mine = editor.compare.pane('This map: T-as-is.yaml');
    const theirs = editor.compare.pane('Other: Acme: Triage Events (to-be)');
    expect(await editor.compare.inkedPixels(mine)).toBeGreaterThan(2000);
    expect(await editor.compare.inkedPixels(theirs)).toBeGreaterThan(2000);
    expect(await editor.page.locator('.react-flow').count()).toBe(0);
    // and lane headers name the actors from the example's catalogue in both panes, as the canvas does
    for (const pane of [mine, theirs]) expect(await editor.compare.pictureLanes(pane)).toEqual(['SOC', 'CSIRT manager']);
    // and the as-is pane marks what the to-be drops, which the to-be pane does not draw
    expect((await editor.compare.marked(mine, 'removed')).sort()).toEqual(['flows:T1-to-other-organizational-processes', 'terminations:to-other-organizational-processes']);
    expect(await editor.compare.marked(theirs, 'removed')).toEqual([]);
    // and the flow whose handoff was ticketed is marked changed in both
    expect(await editor.compare.marked(mine, 'changed')).toContain('flows:T2-T3');
    expect(await editor.compare.marked(theirs, 'changed')).toContain('flows:T2-T3');
    // and the line ends that now name the to-be response map are not marked: the rename is said once
    expect(await editor.compare.marked(mine, 'changed')).not.toContain('terminations:to-R1');

    // when the pictures are zoomed in and the open map's pane is scrolled
    await editor.compare.zoomIn(3);
    await editor.compare.scroll(mine, 240, 60);
    // then the other map's pane scrolls along to the same place
    await expect.poll(() => editor.compare.scrollOffsets(mine)).not.toEqual([0, 0]);
    await expect.poll(() => editor.compare.scrollOffsets(theirs)).toEqual(await editor.compare.scrollOffsets(mine));
    // when scrolling together is turned off and the other pane is scrolled back
    await editor.compare.setScrollTogether(false);
    const mineBefore = await editor.compare.scrollOffsets(mine);
    await editor.compare.scroll(theirs, -240, -60);
    await expect.poll(() => editor.compare.scrollOffsets(theirs)).toEqual([0, 0]);
    // then the open map's pane stays where it was
    expect(await editor.compare.scrollOffsets(mine)).toEqual(mineBefore);
    await editor.compare.setScrollTogether(true);

    // when the removed flow is chosen in the change list
    await editor.compare.change(/flow T1-to-other-organizational-processes .* removed/).click();
    // then it is outlined in the pane that draws it, and selected in the inspector
    await editor.compare.focusRings(mine).first().waitFor();
    expect(await editor.compare.focusRings(theirs).count()).toBe(0);
    expect(await editor.inspector.heading()).toContain('T1-to-other-organizational-processes');

    // when the maps are shown overlaid
    await editor.compare.show('Overlay');
    const overlay = editor.compare.pane('T-as-is.yaml over Acme: Triage Events (to-be)');
    // then one picture holds both, and the removed line end and flow are ghosts where they were
    expect(await editor.compare.inkedPixels(overlay)).toBeGreaterThan(2000);
    await editor.compare.ghost(overlay, 'terminations:to-other-organizational-processes').waitFor();
    expect(await editor.compare.ghost(overlay, 'terminations:to-other-organizational-processes').getAttribute('data-mark')).toBe('removed');
    expect(await editor.compare.ghost(overlay, 'flows:T1-to-other-organizational-processes').textContent()).toContain('− removed');
    // and the chosen change is still outlined
    expect(await editor.compare.focusRings(overlay).count()).toBe(1);

    // when a change to T2-T3's handoff is chosen
    await editor.compare.change(/mechanisms verbal: Phone; electronic: Email → electronic: Ticketing system, Pager/).click();
    // then its handoff is selected, and its flow outlined
    expect(await editor.inspector.heading()).toContain('T2-to-T3');
    await editor.page.waitForFunction(() => document.querySelectorAll('.compare-overlay .focus-ring').length === 1);

    // when the ghost of the removed line end is clicked in the picture
    await editor.compare.clickElement(overlay, 'terminations:to-other-organizational-processes');
    // then the open map's line end is selected
    expect(await editor.inspector.heading()).toContain('to-other-organizational-processes');

    // when the comparison goes back to marks on the canvas
    await editor.compare.show('Marks on the canvas');
    // then the canvas is back
    await editor.canvas.waitForLayout();
    expect(await editor.compare.visual().count()).toBe(0);
    // and it marks the dropped line end and its flow as removed, and the ticketed handoff's flow as changed
    await expect.poll(() => editor.compare.markedLinesAndEnds('removed')).toEqual({ flows: ['T1-to-other-organizational-processes'], ends: ['to-other-organizational-processes'] });
    expect((await editor.compare.markedLinesAndEnds('changed')).flows).toEqual(['T2-T3']);
  }, 120_000);

  it('compares a tailored map with the reference it derives from in one click', async () => {
    // given Acme's as-is detect map
    const editor = await session.open();
    await editor.library.open('Acme: Detect Events (as-is)');
    await editor.canvas.waitForLayout();

    // when it is compared with its reference
    await editor.compare.withReference('D');
    // then the reference is the other side, whose line start from PI1 Acme lacks is drawn there, marked added
    await editor.compare.region().locator('.compare-summary').filter({ hasText: 'D: Detect Events' }).waitFor();
    const theirs = editor.compare.pane('Other: D: Detect Events');
    expect(await editor.compare.inkedPixels(theirs)).toBeGreaterThan(2000);
    expect(await editor.compare.marked(theirs, 'added')).toContain('initiations:from-PI1');
  }, 120_000);
});
