import { describe, expect, it } from 'vitest';
import { createEditorSession } from '../../../renderer/session/editorSession';
import { initialEditorState, isDirty } from '../../../renderer/session/editorStore';
import { documentText } from '../../../renderer/session/mapText';
import { createInlineAnalysis, createMemoryHost, EXAMPLE_TEXT, sessionWithExample } from '../session/memoryHost';

/** The example with the `actor` line of its first lane taken out: a schema error. */
function withoutFirstLaneActor(): { text: string; line: string } {
  const lines = EXAMPLE_TEXT.split('\n');
  const at = lines.findIndex((line, index) => /^\s+actor: /.test(line) && lines.slice(0, index).some((above) => above.startsWith('lanes:')));
  return { text: [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n'), line: lines[at]! };
}

async function openBroken() {
  const host = createMemoryHost();
  const session = createEditorSession(host, { analysis: () => createInlineAnalysis().analysis, initialState: initialEditorState('light') });
  const broken = withoutFirstLaneActor();
  host.nextPick = { handle: 'memory:broken.yaml', name: 'broken.yaml', text: broken.text };
  await session.openFile();
  return { session, host, broken };
}

describe('source actions', () => {
  it('a map with a schema error opens read-only on the canvas, and saving writes exactly its text', async () => {
    // given a file whose lane lacks its actor
    const { session, host, broken } = await openBroken();
    // when it is opened, a canvas edit is tried, and it is saved
    const state = session.store.getState();
    expect(session.addActivity()).toBeNull();
    await session.save();
    // then the salvage is drawn, the canvas refused the edit, and the file is byte for byte the text
    expect(state.doc?.brokenText).toBe(broken.text);
    expect(Object.keys(state.doc!.history.present.activities).length).toBeGreaterThan(0);
    expect(state.sourceMode).toBe('split');
    expect(state.issues.some((issue) => issue.rule === 'schema' && issue.line !== undefined)).toBe(true);
    expect(host.files.get('memory:broken.yaml')!.text).toBe(broken.text);
  });

  it('fixing the text makes it the map; the save differs from the file by exactly the typed line', async () => {
    // given the broken file open
    const { session, host, broken } = await openBroken();
    // when the missing line is typed back and the file saved
    session.typeText(EXAMPLE_TEXT);
    session.settleNow();
    await session.save();
    // then the map is editable again and the file on disk is the example, with its comments
    expect(session.store.getState().doc?.brokenText).toBeUndefined();
    expect(host.files.get('memory:broken.yaml')!.text).toBe(EXAMPLE_TEXT);
    expect(EXAMPLE_TEXT.split('\n').length - broken.text.split('\n').length).toBe(1);
    expect(EXAMPLE_TEXT).toContain(broken.line);
  });

  it('a canvas edit after typing splices the typed text, and one undo takes back the typing', async () => {
    // given the example open, with a comment typed into its source
    const { session } = await sessionWithExample();
    const typed = `# typed here\n${EXAMPLE_TEXT}`;
    session.typeText(typed);
    session.settleNow();
    expect(documentText(session.store.getState().doc!)).toBe(typed);
    // when an activity is added on the canvas, then both steps are undone
    const added = session.addActivity()!;
    const afterAdd = documentText(session.store.getState().doc!);
    session.undo();
    const afterFirstUndo = documentText(session.store.getState().doc!);
    session.undo();
    // then the typed comment stayed through the canvas edit, and undo went back step by step to the file
    expect(afterAdd.startsWith('# typed here\n')).toBe(true);
    expect(afterAdd).toContain(`${added}:`);
    expect(afterFirstUndo).toBe(typed);
    expect(documentText(session.store.getState().doc!)).toBe(EXAMPLE_TEXT);
    expect(isDirty(session.store.getState())).toBe(false);
  });

  it('typing that breaks the map keeps the text, and undo returns to the text of the map on the canvas', async () => {
    // given the example open
    const { session } = await sessionWithExample();
    const present = session.store.getState().doc!.history.present;
    // when a text that is not YAML is typed
    session.typeText(`${EXAMPLE_TEXT}\n  : : [\n`);
    session.settleNow();
    const broken = session.store.getState().doc!;
    session.undo();
    // then the typed text was the document until undone, and the map never changed
    expect(broken.brokenText).toContain(': : [');
    expect(broken.history.present).toBe(present);
    expect(isDirty({ ...session.store.getState(), doc: broken })).toBe(true);
    expect(session.store.getState().doc?.brokenText).toBeUndefined();
    expect(documentText(session.store.getState().doc!)).toBe(EXAMPLE_TEXT);
  });
});

describe('source actions over a file opened broken', () => {
  it('undoing the fix brings the file\'s broken text back, and the canvas is read-only again', async () => {
    // given the broken file open and fixed in the source
    const { session, broken } = await openBroken();
    session.typeText(EXAMPLE_TEXT);
    session.settleNow();
    // when the fix is undone
    session.undo();
    // then the document is the file's text again, as it was, not the salvage written out
    const doc = session.store.getState().doc!;
    expect(doc.brokenText).toBe(broken.text);
    expect(documentText(doc)).toBe(broken.text);
    expect(session.addActivity()).toBeNull();
  });
});
