import { describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

// The real model library: the Acme example maps and the CERT references they derive from.
const session = editorSessionForSpec('model-library');

describe.skipIf(!HAS_CHROMIUM)('gap report and compare', () => {
  it('reports the Acme as-is map against its reference, and compares it with the to-be map', async () => {
    // given Acme's as-is Detect map, opened from the library
    const editor = await session.open();
    await editor.library.open('Acme: Detect Events (as-is)');
    await editor.canvas.waitForLayout();

    // when the gap report is opened
    await editor.gap.open();
    // then it names the reference, the handoffs Acme added, and the phone handoff across units without a procedure
    await editor.gap.region().getByRole('heading', { name: 'Gap report against D' }).waitFor();
    expect(await editor.gap.section(/^Added/).locator('.message').allInnerTexts()).toEqual([
      'handoff report-to-help-desk "Employees report suspicious activity to the help desk" is not in the reference',
      'handoff siem-alerts "SIEM alerts reach the SOC" is not in the reference',
    ]);
    await editor.gap.item(/handoff D-to-T .* crosses organisation units \(it-ops → infosec\) without a written procedure/).waitFor();
    // and an item of the reference that Acme lacks cannot be revealed here
    expect(await editor.gap.item(/initiation from-PI1/).isDisabled()).toBe(true);

    // when an added handoff is chosen
    await editor.gap.item(/report-to-help-desk/).click();
    // then the inspector shows it
    expect(await editor.inspector.heading()).toContain('report-to-help-desk');

    // when the map is compared with Acme's to-be map
    await editor.compare.withLibraryMap('Acme: Detect Events (to-be)');
    // then the handoff changes are listed under Handoffs: the phone call became a ticket
    const handoffChanges = await editor.compare.group('Handoffs').locator('.where').allInnerTexts();
    expect(handoffChanges).toEqual(['handoff.procedures-changed', 'handoff.mechanism-changed', 'handoff.changed']);
    // and the links to the as-is triage map, now to the to-be one, are said once, not per line and handoff
    await editor.compare.change(/references to map "acme-T-as-is" now name map "acme-T-to-be" \(2 places\)/).waitFor();
    await editor.compare.change(/mechanisms verbal: Phone → electronic: Ticketing system/).waitFor();
    // and no activity differs, so the canvas marks none
    expect(await editor.compare.markedNodes('changed')).toEqual([]);

    // when the mechanism change is chosen
    await editor.compare.change(/mechanisms verbal: Phone/).click();
    // then its handoff is selected
    expect(await editor.inspector.heading()).toContain('D-to-T');

    // when the map is compared with the reference, where nobody performs the activities yet
    await editor.compare.withLibraryMap('D: Detect Events');
    // then every activity is marked as moved (to no lane) on the canvas
    await editor.compare.change(/activity D1 "Notice Events \(Reactive\)" moved from lane employees to lane \(none\)/).waitFor();
    expect((await editor.compare.markedNodes('moved')).sort()).toEqual(['D1', 'D2', 'D3', 'D4']);

    // when the map is compared with the to-be map as a file
    await editor.compare.withFile('model-library/examples/acme/D-to-be.yaml');
    // then the same handoff changes are listed, and the open document is still the as-is map
    expect(await editor.compare.group('Handoffs').count()).toBe(3);
    expect(await editor.compare.markedNodes('moved')).toEqual([]);
    expect(await editor.documentName()).toContain('D-as-is.yaml');

    // when the compare view is closed
    await editor.compare.close();
    // then the marks are gone
    expect(await editor.compare.markedNodes('moved')).toEqual([]);
  }, 120_000);
});
