import { describe, expect, it } from 'vitest';
import { isDirty } from '../../../renderer/session/editorStore';
import { sessionWithExample } from './memoryHost';

describe('save actions', () => {
  it('saves the edited map over its file, keeping the untouched lines, and is clean after', async () => {
    // given the example open with D1 renamed
    const { session, host } = await sessionWithExample();
    session.edit({ type: 'activity.rename', id: 'D1', name: 'Watch the queue' });
    // when saved
    await session.save();
    // then the file holds the new name and its comment line, and the document is clean
    const text = host.files.get('memory:acme-D.yaml')!.text;
    expect(text).toContain('name: Watch the queue');
    expect(text.split('\n')[0]).toBe('# A small tailored (as-is) map with actors, lanes and phases, used by the editor tests.');
    expect(isDirty(session.store.getState())).toBe(false);
    expect(session.store.getState().status).toBe('Saved acme-D.yaml');
  });

  it('does not overwrite a file changed on disk without asking, and overwrites when told to', async () => {
    // given the example open, edited, and changed on disk meanwhile (not announced)
    const { session, host } = await sessionWithExample();
    session.edit({ type: 'activity.rename', id: 'D1', name: 'Mine' });
    const file = host.files.get('memory:acme-D.yaml')!;
    host.files.set('memory:acme-D.yaml', { ...file, text: `${file.text}# theirs\n`, version: file.version + 1 });
    // when saved, then overwritten
    await session.save();
    const conflict = session.store.getState().doc?.saveConflict;
    const diskAfterRefusal = host.files.get('memory:acme-D.yaml')!.text;
    await session.overwriteOnDisk();
    // then the first save was refused with the disk text, and the overwrite wrote the user's map
    expect(conflict?.diskText).toContain('# theirs');
    expect(diskAfterRefusal).toContain('# theirs');
    expect(host.files.get('memory:acme-D.yaml')!.text).toContain('name: Mine');
    expect(session.store.getState().doc?.saveConflict).toBeUndefined();
  });

  it('saves a new map with Save As under the name the user gives', async () => {
    // given a new map
    const { session, host } = await sessionWithExample();
    await session.newMap();
    host.nextSaveAsName = 'mine.yaml';
    // when saved
    await session.save();
    // then it went through Save As to mine.yaml, which is now the document
    expect(host.files.get('memory:mine.yaml')?.text).toContain('id: new-map');
    expect(session.store.getState().doc?.name).toBe('mine.yaml');
  });
});
