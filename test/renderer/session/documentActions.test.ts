import { describe, expect, it } from 'vitest';
import { createEditorSession } from '../../../renderer/session/editorSession';
import { initialEditorState } from '../../../renderer/session/editorStore';
import { createInlineAnalysis, createMemoryHost, EXAMPLE_TEXT, sessionWithExample } from './memoryHost';

describe('document actions', () => {
  it('opens a picked file as the document, laid out and named in the title', async () => {
    // given / when the example map is opened from the host
    const { session, host, analysed } = await sessionWithExample();
    // then it is the clean document in the editor, and layout was asked for once
    const state = session.store.getState();
    expect(state.doc?.name).toBe('acme-D.yaml');
    expect(state.view).toBe('editor');
    expect(state.status).toBe('Opened acme-D.yaml');
    expect(analysed).toEqual(['acme-D-as-is']);
    expect(host.documentStates.at(-1)).toEqual({ title: 'acme-D.yaml', isDirty: false });
  });

  it('opens a file that is not a map with its problems, what can be drawn, and the text as the document', async () => {
    // given a session with nothing open
    const session = createEditorSession(createMemoryHost(), { analysis: () => createInlineAnalysis().analysis, initialState: initialEditorState('light') });
    // when a file without the map fields is opened
    const isOpen = await session.openDocument({ handle: 'h', name: 'bad.yaml', text: 'title: no id\n' });
    // then it is open, with its problems listed, its text kept as typed, and the source view showing
    expect(isOpen).toBe(true);
    const state = session.store.getState();
    expect(state.doc?.brokenText).toBe('title: no id\n');
    expect(state.doc?.history.present.title).toBe('no id');
    expect(state.issues.length).toBeGreaterThan(0);
    expect(state.sourceMode).toBe('source');
    expect(state.status).toMatch(/^Opened bad\.yaml with \d+ problems?: fix them in the source view/);
  });

  it('opens a file with merge-conflict markers read-only, showing our side', async () => {
    // given the example with a conflict in its title
    const conflicted = EXAMPLE_TEXT.replace('title: "Acme: Detect Events (as-is)"\n', '<<<<<<< HEAD\ntitle: Ours\n=======\ntitle: Theirs\n>>>>>>> other\n');
    const { session } = await sessionWithExample();
    // when it is opened
    await session.openDocument({ handle: 'c', name: 'c.yaml', text: conflicted });
    // then it is read-only with our title, and an edit is refused
    const doc = session.store.getState().doc!;
    expect(doc.isReadOnly).toBe(true);
    expect(doc.history.present.title).toBe('Ours');
    expect(session.edit({ type: 'activity.rename', id: 'D1', name: 'x' })).toBe(false);
  });

  it('asks before New drops unsaved changes, and keeps them when the answer is no', async () => {
    // given the example map with an unsaved rename
    const { session } = await sessionWithExample();
    session.edit({ type: 'activity.rename', id: 'D1', name: 'Watch' });
    // when New is chosen and the question answered "keep editing"
    const asked = session.newMap();
    const question = session.store.getState().confirmation;
    session.answerConfirmation(false);
    await asked;
    // then the question was asked and the map with its change is still open
    expect(question?.confirmLabel).toBe('Discard changes');
    expect(session.store.getState().doc?.history.present.activities.D1?.name).toBe('Watch');
  });

  it('reloads a file changed on disk when nothing is unsaved, and keeps unsaved work otherwise', async () => {
    // given the example map open and clean
    const { session, host } = await sessionWithExample();
    // when the file changes on disk
    host.changeOnDisk('memory:acme-D.yaml', EXAMPLE_TEXT.replace('Notice Events (Reactive)', 'Notice Events on disk'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reloaded = session.store.getState().doc!.history.present.activities.D1?.name;
    // and changes again while the user has an unsaved edit
    session.edit({ type: 'activity.rename', id: 'D2', name: 'Mine' });
    host.changeOnDisk('memory:acme-D.yaml', EXAMPLE_TEXT);
    // then the first change was loaded and the second is only announced
    expect(reloaded).toBe('Notice Events on disk');
    expect(session.store.getState().doc?.externalChange).toBeDefined();
    expect(session.store.getState().doc?.history.present.activities.D2?.name).toBe('Mine');
  });
});
