import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExternalChange } from '../../shared/ipc/contract';
import { BackupScheduler, BackupStore } from '../../shared/node/backupStore';
import { PathCapabilities } from '../../shared/node/pathCapability';
import { DocumentSession } from '../../electron/documentSession';
import type { DialogEdge, DocumentClaims } from '../../electron/documentSession';
import { LibraryCatalog } from '../../electron/libraryCatalog';
import { validateMapText } from '../../electron/mapValidator';

const MAP = await readFile(resolve(import.meta.dirname, '../fixtures/maps/worked-example.yaml'), 'utf8');

let root: string;
let repo: string;
let libraryFolder: string;
let capabilities: PathCapabilities;
let backupStore: BackupStore;
let sessions: DocumentSession[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'swimlane-session-'));
  repo = join(root, 'repo');
  libraryFolder = join(root, 'library');
  await mkdir(repo);
  await mkdir(join(libraryFolder, 'cert'), { recursive: true });
  await writeFile(join(libraryFolder, 'cert', 'D.yaml'), MAP);
  await writeFile(join(root, 'secret.yaml'), 'password: hunter2\n');
  capabilities = new PathCapabilities();
  await capabilities.grantFolder(libraryFolder);
  backupStore = new BackupStore(join(root, 'userData', 'backups'));
  sessions = [];
});
afterEach(async () => {
  for (const session of sessions) session.dispose();
  await rm(root, { recursive: true, force: true });
});

/** Dialogs answered by the test: each call takes the next queued answer. */
function scriptedDialogs(answers: (string | null)[]): DialogEdge {
  return {
    pickMapToOpen: async () => answers.shift() ?? null,
    pickMapToRead: async () => answers.shift() ?? null,
    pickSaveLocation: async () => answers.shift() ?? null,
  };
}

const sharedOwners = new Map<string, number>();
const claims: DocumentClaims = {
  claim: (path, owner) => {
    const current = sharedOwners.get(path);
    if (current !== undefined && current !== owner) return false;
    sharedOwners.set(path, owner);
    return true;
  },
  release: (path, owner) => {
    if (sharedOwners.get(path) === owner) sharedOwners.delete(path);
  },
};

function newSession(options: { dialogs?: (string | null)[]; windowId?: number; changes?: ExternalChange[]; backups?: BackupScheduler } = {}) {
  const session = new DocumentSession({
    windowId: options.windowId ?? 1,
    dialogs: scriptedDialogs(options.dialogs ?? []),
    capabilities,
    claims,
    library: new LibraryCatalog(libraryFolder),
    backups: options.backups ?? new BackupScheduler(backupStore, 1000),
    validateMap: validateMapText,
    emitExternalChange: (change) => options.changes?.push(change),
    watchDebounceMs: 30,
  });
  sessions.push(session);
  return session;
}

async function openMap(text = MAP, name = 'D.yaml', options: Parameters<typeof newSession>[0] = {}) {
  const path = join(repo, name);
  await writeFile(path, text);
  const session = newSession({ ...options, dialogs: [path, ...(options.dialogs ?? [])] });
  const opened = await session.open();
  if (!opened) throw new Error('not opened');
  return { path, session, opened };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('DocumentSession: open and save', () => {
  it('opens a picked file behind an opaque handle and saves an edit atomically', async () => {
    // given a map opened through the dialog
    const { path, session, opened } = await openMap();
    expect(opened.handle).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(opened.handle).not.toContain('repo');

    // when an edited text is saved
    const edited = MAP.replace('Detect Events (example)', 'Detect Events (edited)');
    const result = await session.save({ handle: opened.handle, text: edited, fingerprint: opened.fingerprint });

    // then the file holds it, and no temp file is left
    expect(result).toMatchObject({ status: 'saved', name: 'D.yaml' });
    expect(await readFile(path, 'utf8')).toBe(edited);
    expect(await readdir(repo)).toEqual(['D.yaml']);
  });

  it('skips the write when nothing changed', async () => {
    // given an opened map
    const { path, session, opened } = await openMap();
    const before = await stat(path);

    // when it is saved unchanged
    const result = await session.save({ handle: opened.handle, text: opened.text, fingerprint: opened.fingerprint });

    // then nothing was written
    expect(result.status).toBe('unchanged');
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('keeps BOM and CRLF line endings byte for byte', async () => {
    // given a Windows-style map with a BOM
    const windowsText = `\uFEFF${MAP.replace(/\n/g, '\r\n')}`;
    const { path, session, opened } = await openMap(windowsText);

    // when the text the renderer got back is saved with an edit that keeps its conventions
    expect(opened.text).toBe(windowsText);
    const edited = opened.text.replace('(example)', '(edited)');
    await session.save({ handle: opened.handle, text: edited, fingerprint: opened.fingerprint });

    // then BOM and CRLF are still there
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(edited);
    expect(bytes.toString('utf8').split('\r\n').length).toBe(MAP.split('\n').length);
  });

  it('never writes a map that would not load back', async () => {
    // given an opened map
    const { path, session, opened } = await openMap();

    // when text with a schema error is saved
    const saving = session.save({ handle: opened.handle, text: MAP.replace('kind: reference', 'kind: sideways'), fingerprint: opened.fingerprint });

    // then it is refused with the loader's message and the file is untouched
    await expect(saving).rejects.toThrow(/not saved: D\.yaml:\d+:\d+: kind/);
    expect(await readFile(path, 'utf8')).toBe(MAP);
  });

  it('refuses an unknown handle', async () => {
    // given a session
    const session = newSession();

    // when a handle it never issued is used
    // then it is refused
    await expect(session.save({ handle: 'x'.repeat(24), text: MAP })).rejects.toThrow('unknown file handle');
  });
});

describe('DocumentSession: changes on disk', () => {
  it('answers conflict with the disk text instead of overwriting an external change', async () => {
    // given an opened map that someone else changes on disk (e.g. git checkout)
    const { path, session, opened } = await openMap();
    const theirs = MAP.replace('(example)', '(their branch)');
    await writeFile(path, theirs);

    // when the user saves their edit with the fingerprint the file was read with
    const mine = MAP.replace('(example)', '(my edit)');
    const result = await session.save({ handle: opened.handle, text: mine, fingerprint: opened.fingerprint });

    // then nothing is written and the conflict carries their version
    expect(result.status).toBe('conflict');
    if (result.status === 'conflict') {
      expect(result.diskText).toBe(theirs);
      expect(result.message).toContain('changed on disk');
      expect(result.fingerprint).toMatch(/^v1:/);
    }
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('writes after the user chooses Overwrite, and saves normally after Reload', async () => {
    // given a conflict
    const { path, session, opened } = await openMap();
    await writeFile(path, MAP.replace('(example)', '(theirs)'));
    const mine = MAP.replace('(example)', '(mine)');
    await session.save({ handle: opened.handle, text: mine, fingerprint: opened.fingerprint });

    // when the user overwrites
    const overwritten = await session.save({ handle: opened.handle, text: mine, fingerprint: opened.fingerprint, overwrite: true });

    // then their change is replaced by the user's explicit choice
    expect(overwritten.status).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe(mine);

    // and after another external change, Reload gives a fingerprint that saves without conflict
    await writeFile(path, MAP.replace('(example)', '(theirs again)'));
    const reloaded = await session.reload({ handle: opened.handle });
    const next = await session.save({ handle: opened.handle, text: reloaded.text.replace('(theirs again)', '(merged)'), fingerprint: reloaded.fingerprint });
    expect(next.status).toBe('saved');
  });

  it('treats a file deleted on disk as a conflict', async () => {
    // given an opened map that is deleted on disk
    const { path, session, opened } = await openMap();
    await rm(path);

    // when saved
    const result = await session.save({ handle: opened.handle, text: MAP, fingerprint: opened.fingerprint });

    // then the user is asked first
    expect(result.status).toBe('conflict');
  });

  it('reports an external change of the open document through the folder watcher', async () => {
    // given an opened map being watched
    const changes: ExternalChange[] = [];
    const { path, opened } = await openMap(MAP, 'D.yaml', { changes });

    // when another program changes it
    await writeFile(path, MAP.replace('(example)', '(external)'));
    for (let i = 0; i < 200 && changes.length === 0; i++) await sleep(10);

    // then the renderer is told, with the new text and fingerprint
    expect(changes).toHaveLength(1);
    expect(changes[0]?.handle).toBe(opened.handle);
    expect(changes[0]?.text).toContain('(external)');
  });

  it('does not report its own save as an external change', async () => {
    // given an opened, watched map
    const changes: ExternalChange[] = [];
    const { session, opened } = await openMap(MAP, 'D.yaml', { changes });

    // when the app saves it
    await session.save({ handle: opened.handle, text: MAP.replace('(example)', '(saved)'), fingerprint: opened.fingerprint });
    await sleep(250);

    // then no external change is reported
    expect(changes).toEqual([]);
  });
});

describe('DocumentSession: read-only files', () => {
  it('opens a map with git merge-conflict markers read-only with a clear message, and refuses to save it', async () => {
    // given a map left with conflict markers by a merge
    const conflicted = MAP.replace('title: "D: Detect Events (example)"', '<<<<<<< HEAD\ntitle: "D: Detect Events (ours)"\n=======\ntitle: "D: Detect Events (theirs)"\n>>>>>>> feature');
    const { session, opened } = await openMap(conflicted);

    // then it is read-only, and the reason names the markers and the line
    expect(opened.isReadOnly).toBe(true);
    expect(opened.readOnlyReason).toContain('merge-conflict markers');
    expect(opened.readOnlyReason).toMatch(/line \d+/);
    await expect(session.save({ handle: opened.handle, text: MAP, fingerprint: opened.fingerprint })).rejects.toThrow('read-only');
  });

  it('opens a file that is not UTF-8 read-only (saving would change bytes)', async () => {
    // given a Latin-1 file
    const path = join(repo, 'latin1.yaml');
    await writeFile(path, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
    const session = newSession({ dialogs: [path] });

    // when opened
    const opened = await session.open();

    // then it is read-only
    expect(opened?.isReadOnly).toBe(true);
    expect(opened?.readOnlyReason).toContain('UTF-8');
  });
});

describe('DocumentSession: the read-only guard on every read (issue 16, findings 3, 11, 13)', () => {
  const conflicted = MAP.replace('title: "D: Detect Events (example)"', '<<<<<<< HEAD\ntitle: "D: Detect Events (ours)"\n=======\ntitle: "D: Detect Events (theirs)"\n>>>>>>> feature');
  const latin1 = Buffer.concat([Buffer.from(MAP.replace('(example)', '(caf')), Buffer.from([0xe9])]);

  it('makes the document read-only when a reload finds conflict markers or bytes that are not UTF-8', async () => {
    // given an editable map that a checkout turns into a conflicted file
    const { path, session, opened } = await openMap();
    expect(opened.isReadOnly).toBeUndefined();
    await writeFile(path, conflicted);

    // when reloaded
    const reloaded = await session.reload({ handle: opened.handle });

    // then it is read-only and Save refuses to write
    expect(reloaded.isReadOnly).toBe(true);
    expect(reloaded.readOnlyReason).toContain('merge-conflict markers');
    await expect(session.save({ handle: opened.handle, text: reloaded.text, fingerprint: reloaded.fingerprint })).rejects.toThrow('read-only');

    // and when the file becomes Latin-1 instead, the reason names the first bad byte
    await writeFile(path, latin1);
    const again = await session.reload({ handle: opened.handle });
    expect(again.readOnlyReason).toMatch(/UTF-8.*:\d+:\d+:.*offset \d+/);
    await expect(session.save({ handle: opened.handle, text: again.text, fingerprint: again.fingerprint })).rejects.toThrow('read-only');
    expect(await readFile(path)).toEqual(latin1);

    // and once it is clean again, it is editable again
    await writeFile(path, MAP);
    expect((await session.reload({ handle: opened.handle })).isReadOnly).toBeUndefined();
  });

  it('reports an external change to non-UTF-8 bytes as read-only, and Save then writes no U+FFFD', async () => {
    // given an opened, watched map
    const changes: ExternalChange[] = [];
    const { path, session, opened } = await openMap(MAP, 'D.yaml', { changes });

    // when another program writes Latin-1 bytes
    await writeFile(path, latin1);
    for (let i = 0; i < 200 && changes.length === 0; i++) await sleep(10);

    // then the change says read-only, and saving its text (with U+FFFD) is refused
    expect(changes[0]?.isReadOnly).toBe(true);
    expect(changes[0]?.readOnlyReason).toContain('UTF-8');
    await expect(session.save({ handle: opened.handle, text: changes[0]!.text, fingerprint: changes[0]!.fingerprint })).rejects.toThrow('read-only');
    expect(await readFile(path)).toEqual(latin1);
  });

  it('gives no fingerprint with a conflict whose disk bytes are not editable, so Reload cannot adopt them', async () => {
    // given an opened map that becomes Latin-1 on disk (no watcher event seen yet)
    const { path, session, opened } = await openMap();
    await writeFile(path, latin1);

    // when the user saves
    const result = await session.save({ handle: opened.handle, text: MAP.replace('(example)', '(mine)'), fingerprint: opened.fingerprint });

    // then it is a conflict without a fingerprint, and the file is untouched
    expect(result.status).toBe('conflict');
    expect(result).not.toHaveProperty('fingerprint');
    expect(await readFile(path)).toEqual(latin1);
  });

  it.each(['', 'v1:garbage', 'not a fingerprint'])('keeps the on-disk conflict check when the renderer sends the malformed fingerprint %j', async (fingerprint) => {
    // given an opened map changed on disk by someone else
    const { path, session, opened } = await openMap();
    const theirs = MAP.replace('(example)', '(theirs)');
    await writeFile(path, theirs);

    // when the renderer saves with a fingerprint that does not parse
    const result = await session.save({ handle: opened.handle, text: MAP.replace('(example)', '(mine)'), fingerprint });

    // then the session falls back to its own fingerprint: a conflict, their text kept
    expect(result.status).toBe('conflict');
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('refuses a file over the size limit at open, from its size, before reading it', async () => {
    // given a sparse 40 MB file (its size says too big without a byte being read)
    const path = join(repo, 'huge.yaml');
    await writeFile(path, '');
    await truncate(path, 40 * 1024 * 1024);
    const session = newSession({ dialogs: [path, path] });

    // when opened or read for comparison
    // then both refuse it, naming the limit
    await expect(session.open()).rejects.toThrow(/too big to be a map/);
    await expect(session.readFile()).rejects.toThrow(/too big to be a map/);
  });
});

describe('DocumentSession: file access', () => {
  it('reads library maps and refuses ../ and symlink escapes out of the library', async () => {
    // given a library with a symlink pointing outside it
    await symlink(join(root, 'secret.yaml'), join(libraryFolder, 'cert', 'evil.yaml'));
    const session = newSession();

    // when library paths are requested
    const good = await session.readLibrary({ path: 'cert/D.yaml' });

    // then the map is read, and escapes are denied
    expect(good.text).toBe(MAP);
    await expect(session.readLibrary({ path: '../secret.yaml' })).rejects.toThrow('access denied');
    await expect(session.readLibrary({ path: 'cert/../../secret.yaml' })).rejects.toThrow('access denied');
    await expect(session.readLibrary({ path: 'cert/evil.yaml' })).rejects.toThrow('access denied');
    await expect(session.readLibrary({ path: join(root, 'secret.yaml') })).rejects.toThrow('access denied');
  });

  it('refuses to save over a library map', async () => {
    // given a library map read by the renderer
    const session = newSession();
    const map = await session.readLibrary({ path: 'cert/D.yaml' });

    // when saved through its handle
    // then it is refused
    await expect(session.save({ handle: map.handle, text: MAP })).rejects.toThrow('Save As');
  });

  it('lists the library maps with their ids and counts', async () => {
    // given the library
    const session = newSession();

    // when listed
    const entries = await session.listLibrary();

    // then the map is there
    expect(entries).toEqual([expect.objectContaining({ id: 'example-detect', path: 'cert/D.yaml', kind: 'reference' })]);
  });

  it('opens one window per document: a second window cannot open the same file', async () => {
    // given a map open in window 1
    const { path } = await openMap();

    // when window 2 tries to open it
    const second = newSession({ windowId: 2, dialogs: [path] });

    // then it is refused (main focuses window 1 instead)
    expect(await second.open()).toBeNull();
  });

  it('saves under a new name chosen in the dialog and keeps working with the new file', async () => {
    // given an untitled document
    const target = join(repo, 'new.swimlane.yaml');
    const session = newSession({ dialogs: [target] });

    // when saved as
    const result = await session.saveAs({ suggestedName: 'new.swimlane.yaml', text: MAP });

    // then the file exists, and its handle saves further edits
    expect(result).toMatchObject({ status: 'saved', name: 'new.swimlane.yaml' });
    if (result.status !== 'saved') throw new Error('not saved');
    const again = await session.save({ handle: result.handle, text: MAP.replace('(example)', '(2)'), fingerprint: result.fingerprint });
    expect(again.status).toBe('saved');
    expect(await readFile(target, 'utf8')).toContain('(2)');
  });

  it('makes a library derivedFrom.path relative to the file at the first Save As, and says what it wrote', async () => {
    // given an untitled map tailored in the editor, naming its reference the editor's way
    const tailored = MAP.replace(/^(tags: .*)$/m, 'derivedFrom:\n  map: D\n  path: model-library/cert/D.yaml\n$1');
    const target = join(repo, 'acme', 'D-as-is.yaml');
    await mkdir(join(repo, 'acme'));
    const session = newSession({ dialogs: [target] });

    // when it is saved as a file in another folder
    const result = await session.saveAs({ suggestedName: 'D-as-is.yaml', text: tailored });

    // then the file names the library map relative to itself, only that line changed, and the answer carries the text
    const written = await readFile(target, 'utf8');
    expect(written).toContain('  path: ../../library/cert/D.yaml\n');
    expect(written.replace('../../library/cert/D.yaml', 'model-library/cert/D.yaml')).toBe(tailored);
    expect(result).toMatchObject({ status: 'saved', text: written });
  });

  it('writes the text unchanged, and answers without text, when there is no library reference to rewrite', async () => {
    // given an untitled map without derivedFrom
    const target = join(repo, 'plain.yaml');
    const session = newSession({ dialogs: [target] });

    // when saved as
    const result = await session.saveAs({ suggestedName: 'plain.yaml', text: MAP });

    // then the bytes are the renderer's
    expect(await readFile(target, 'utf8')).toBe(MAP);
    expect(result).not.toHaveProperty('text');
  });

  it('reads a map picked to compare with: its name and text, without a handle or any grant', async () => {
    // given a map outside the library and the repo that the user picks in the dialog
    const other = join(root, 'elsewhere.yaml');
    await writeFile(other, MAP.replace('(example)', '(other)'));
    const session = newSession({ dialogs: [other, null] });

    // when the renderer asks to read a file, twice (the second time the user cancels)
    const read = await session.readFile();
    const cancelled = await session.readFile();

    // then it gets the text once, nothing it could save through, and the file stays ungranted
    expect(read).toEqual({ name: 'elsewhere.yaml', text: MAP.replace('(example)', '(other)') });
    expect(cancelled).toBeNull();
    expect(capabilities.isGranted(other)).toBe(false);
  });

  it('refuses to hand over a picked file that is not UTF-8 text', async () => {
    // given a binary file picked in the dialog
    const binary = join(root, 'picture.yaml');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x80]));
    const session = newSession({ dialogs: [binary] });

    // when it is read
    // then the renderer gets an error, not bytes
    await expect(session.readFile()).rejects.toThrow(/not UTF-8/);
  });

  it('exports bytes to the picked file, never over the open map', async () => {
    // given an open map, and a user who picks D.png and then the map itself as export targets
    const { path, session } = await openMap(MAP, 'D.yaml', { dialogs: [join(repo, 'D.png'), join(repo, 'D.yaml')] });

    // when a PNG is exported, then another export is aimed at the map
    const exported = await session.exportFile({ suggestedName: 'D.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mimeType: 'image/png' });
    const overMap = await session.exportFile({ suggestedName: 'D.yaml', data: 'not a map', mimeType: 'text/plain' }).catch((error: Error) => error);

    // then the PNG is written, and the map is protected
    expect(exported).toBe(true);
    expect([...(await readFile(join(repo, 'D.png')))]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(String(overMap)).toContain('cannot replace the map');
    expect(await readFile(path, 'utf8')).toBe(MAP);
  });
});

describe('DocumentSession: backups and restore', () => {
  it('backs up unsaved work outside the document folder and restores it with the disk version', async () => {
    // given an opened map with an unsaved edit that was backed up
    const scheduler = new BackupScheduler(backupStore, 1000);
    const { path, session, opened } = await openMap(MAP, 'D.yaml', { backups: scheduler });
    const unsaved = MAP.replace('(example)', '(unsaved)');
    session.writeBackup({ handle: opened.handle, name: 'D.yaml', text: unsaved });
    await scheduler.flush();
    expect(await readdir(repo)).toEqual(['D.yaml']);

    // when the app starts again after a crash and restores the backup in a new window
    session.dispose();
    const [backup] = await backupStore.list();
    if (!backup) throw new Error('no backup');
    const restoredSession = newSession({ windowId: 3 });
    const startup = await restoredSession.restoreAtStartup(backup);

    // then the window gets the disk version and the unsaved text, for a diff
    expect(backup.documentPath).toBe(path);
    expect(startup?.file?.text).toBe(MAP);
    expect(startup?.restored?.text).toBe(unsaved);
    expect(restoredSession.startup()).toEqual(startup);
  });

  it('drops the backup once the work is saved', async () => {
    // given a backed-up edit
    const scheduler = new BackupScheduler(backupStore, 1000);
    const { session, opened } = await openMap(MAP, 'D.yaml', { backups: scheduler });
    const edited = MAP.replace('(example)', '(edited)');
    session.writeBackup({ handle: opened.handle, name: 'D.yaml', text: edited });
    await scheduler.flush();
    expect(await backupStore.list()).toHaveLength(1);

    // when saved
    await session.save({ handle: opened.handle, text: edited, fingerprint: opened.fingerprint });
    await scheduler.flush();
    await sleep(20);

    // then no backup is left
    expect(await backupStore.list()).toEqual([]);
  });
});
