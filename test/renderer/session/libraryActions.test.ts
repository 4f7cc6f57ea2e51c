import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../renderer/host/host';
import { createEditorSession } from '../../../renderer/session/editorSession';
import { initialEditorState } from '../../../renderer/session/editorStore';
import { createInlineAnalysis, createMemoryHost, EXAMPLE_TEXT } from './memoryHost';

const ENTRY: LibraryEntry = { id: 'acme-D-as-is', title: 'Acme D', kind: 'as-is', path: 'acme/D.yaml' };
const CATALOGUE = 'format: swimlane-actors/1\nactors:\n  ciso:\n    name: CISO\n    kind: role\n';

function librarySession() {
  const host = createMemoryHost({ 'acme/D.yaml': EXAMPLE_TEXT, 'acme/actors.yaml': CATALOGUE }, [ENTRY]);
  const inline = createInlineAnalysis();
  return { host, ...inline, session: createEditorSession(host, { analysis: () => inline.analysis, initialState: initialEditorState('light') }) };
}

describe('library actions', () => {
  it('lists the library and shares its maps and catalogues with validation once', async () => {
    // given a library of one map and its folder's catalogue
    const { session, workspace } = librarySession();
    // when the library is loaded twice
    await session.loadLibrary();
    await session.loadLibrary();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // then it is listed, and both files went to the workspace once
    expect(session.store.getState().library).toEqual([ENTRY]);
    expect(workspace).toHaveLength(1);
    expect(workspace[0]!.map((file) => file.name)).toEqual(['model-library/acme/D.yaml', 'model-library/acme/actors.yaml']);
  });

  it('opens a library map read-only, remembering where it came from', async () => {
    // given the library / when its map is opened
    const { session } = librarySession();
    await session.openLibraryMap(ENTRY);
    // then it is the document, read-only, with its library path
    expect(session.store.getState().doc).toMatchObject({ libraryPath: 'acme/D.yaml', isReadOnly: true });
  });

  it('reads a reference with its catalogue, and says so when it cannot', async () => {
    // given the library
    const { session } = librarySession();
    // when the map and an entry that is not there are read
    const reference = await session.readReference(ENTRY);
    const missing = await session.readReference({ ...ENTRY, title: 'Gone', path: 'gone.yaml' });
    // then the first comes with the folder's actors, the second is null with a status
    expect(Object.keys(reference?.catalogue ?? {})).toEqual(['ciso']);
    expect(missing).toBeNull();
    expect(session.store.getState().status).toBe('Gone could not be read');
  });
});
