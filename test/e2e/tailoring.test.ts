import { describe, expect, it } from 'vitest';
import type { EditorPage } from './pages/EditorPage';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';
import { lineDiff } from './support/lineDiff';

const session = editorSessionForSpec();

/** Describes the handoff of a selected flow: adds it, then names who sends, who receives, and how. */
async function describeHandoff(editor: EditorPage, flowId: string, sending: string, receiving: string, mechanism: string): Promise<void> {
  await editor.canvas.clickFlow(flowId);
  await editor.inspector.button('Add handoff for this flow').click();
  await editor.inspector.button('Add person-to-person').click();
  const kind = editor.inspector.group('Person-to-person');
  await kind.getByLabel('Sending actors', { exact: true }).fill(sending);
  await kind.getByLabel('Receiving actors', { exact: true }).fill(receiving);
  await kind.getByRole('button', { name: 'Add electronic', exact: true }).click();
  await kind.getByLabel('Electronic', { exact: true }).fill(mechanism);
}

describe.skipIf(!HAS_CHROMIUM)('tailoring a library map', () => {
  it('opens a reference, tailors it, shows and clears a handoff problem, and saves only the intended lines', async () => {
    // given a new as-is map from the library's reference "E", saved once
    const editor = await session.open();
    expect(await editor.library.titles()).toContain('E: Handle Events');
    await editor.library.newFromReference('E: Handle Events');
    await editor.canvas.waitForLayout();
    const original = await editor.saveAs();
    expect(original.name).toBe('E-as-is.yaml');
    expect(await editor.isDirty()).toBe(false);

    // when the SOC lane is renamed
    await editor.canvas.laneHeader('soc-analysts').click();
    await editor.inspector.fill('Label', 'Security operations');
    // then the lane header shows it
    await editor.page.getByRole('button', { name: /^Lane Security operations, role, 2 of 2/ }).waitFor();

    // when E3 moves to the help desk lane, its incoming flow starts to cross lanes
    await editor.canvas.node('E3').click();
    await editor.inspector.button('To lane above').click();
    // then a handoff problem appears for that flow
    await editor.problems.waitFor(/flow "E2-E3" hands work/);

    // when the handoff is described
    await describeHandoff(editor, 'E2-E3', 'soc-analysts', 'help-desk-staff', 'Ticketing system');
    // then the problem is gone
    await editor.problems.waitFor(/E2-E3/, false);

    // when an activity is added after E3, named, and placed in the SOC lane, with its handoff
    await editor.canvas.node('E3').click();
    await editor.inspector.button('Add activity after').click();
    await editor.inspector.fill('Name', 'Confirm Receipt');
    await editor.inspector.choose('Lane', 'soc-analysts');
    await editor.problems.waitFor(/flow "E3-E4" hands work/);
    await describeHandoff(editor, 'E3-E4', 'help-desk-staff', 'soc-analysts', 'Email');
    await editor.problems.waitFor(/flow "E3-E4" hands work/, false);
    // and the new flow gets its label, which clears the last warning
    await editor.canvas.clickFlow('E3-E4');
    await editor.inspector.fill('Outputs', 'Receipt confirmation');
    await editor.problems.waitFor(/E3-E4/, false);
    // and the new activity's work goes on to triage, which ends its dead end
    await editor.canvas.node('E4').click();
    await editor.inspector.choose('Connect to', 'to-triage');
    await editor.inspector.button('Connect').click();
    await editor.inspector.fill('Outputs', 'Confirmed events');
    await editor.problems.waitFor(/E4/, false);
    expect(await editor.problems.messages()).toEqual([]);
    await editor.canvas.waitForLayout();
    expect(await editor.canvas.nodeText('E4')).toContain('Confirm Receipt');
    expect(await editor.isDirty()).toBe(true);

    // and the map is saved
    const saved = await editor.save();

    // then exactly the intended lines changed
    expect(saved.name).toBe('E-as-is.yaml');
    expect(await editor.isDirty()).toBe(false);
    const diff = lineDiff(original.text, saved.text);
    expect(diff.removed).toEqual(['    lane: soc-analysts']);
    expect(diff.added).toEqual([
      '    label: Security operations',
      '    lane: help-desk-staff',
      '  E4:',
      '    name: Confirm Receipt',
      '    lane: soc-analysts',
      '  E3-E4:',
      '    from: E3',
      '    to: E4',
      '    outputs: [Receipt confirmation]',
      '  E4-to-triage:',
      '    from: E4',
      '    to: to-triage',
      '    outputs: [Confirmed events]',
      '  soc-analysts-to-help-desk-staff:',
      '    title: Handoff from E2 to E3',
      '    sending:',
      '      - activity: E2',
      '    receiving:',
      '      - activity: E3',
      '    flows: [E2-E3]',
      '    kinds:',
      '      person-to-person:',
      '        sendingActors: [soc-analysts]',
      '        receivingActors: [help-desk-staff]',
      '        modes:',
      '          electronic: [Ticketing system]',
      '  help-desk-staff-to-soc-analysts:',
      '    title: Handoff from E3 to E4',
      '    sending:',
      '      - activity: E3',
      '    receiving:',
      '      - activity: E4',
      '    flows: [E3-E4]',
      '    kinds:',
      '      person-to-person:',
      '        sendingActors: [help-desk-staff]',
      '        receivingActors: [soc-analysts]',
      '        modes:',
      '          electronic: [Email]',
    ]);
  }, 120_000);
});
