/** The text-reading gate (issue 16, finding 1): every reader refuses bytes that are not UTF-8, by place, and writes nothing. */
import { copyFile, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../shared/node/loadWorkspace';
import { findInvalidUtf8, readTextFile } from '../../../shared/node/readTextFile';
import { runCli } from '../../cli/runCli';

const MAP_FILE = path.resolve(import.meta.dirname, '../../fixtures/maps/worked-example.yaml');
let folder: string;
let latin1Map: Buffer;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'swimlane-gate-'));
  // A valid map whose title ends in a Latin-1 'é' (0xe9): the bytes an old editor writes.
  const text = await readFile(MAP_FILE, 'utf8');
  const at = text.indexOf('(example)');
  latin1Map = Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from('(caf'), Buffer.from([0xe9]), Buffer.from(text.slice(at + 8), 'utf8')]);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('findInvalidUtf8', () => {
  it.each([
    ['a Latin-1 byte', [0x61, 0x0a, 0x62, 0xe9], { offset: 3, line: 2, column: 2 }],
    ['an overlong encoding', [0xc0, 0xaf], { offset: 0, line: 1, column: 1 }],
    ['a UTF-16 surrogate', [0x41, 0xed, 0xa0, 0x80], { offset: 1, line: 1, column: 2 }],
    ['a truncated sequence', [0xe2, 0x82], { offset: 0, line: 1, column: 1 }],
    ['a byte after a CRLF and a 4-byte character', [0x0d, 0x0a, 0xf0, 0x9f, 0x98, 0x80, 0xff], { offset: 6, line: 2, column: 3 }],
  ])('locates %s', (_name, bytes, expected) => {
    // given bytes that are not UTF-8
    // when checked
    // then the first bad byte is named by offset, line and column
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toEqual(expected);
  });

  it('accepts UTF-8 with a BOM, 2-, 3- and 4-byte characters', () => {
    // given valid UTF-8
    const bytes = Buffer.from('\uFEFFcafé → 😀\n', 'utf8');
    // then nothing is reported
    expect(findInvalidUtf8(bytes)).toBeUndefined();
  });
});

describe('readTextFile', () => {
  it('refuses a file over the limit from its size, and keeps the BOM of a good one', async () => {
    // given a sparse file over the limit and a small file with a BOM
    const big = path.join(folder, 'big.yaml');
    await writeFile(big, '');
    await truncate(big, 2048);
    const bom = path.join(folder, 'bom.yaml');
    await writeFile(bom, '\uFEFFa: 1\n');

    // when read
    // then the big one is refused naming the limit, the other read whole
    await expect(readTextFile(big, { maxBytes: 1024 })).rejects.toThrow(/2048 bytes is too big to be a map \(the limit is 1024 bytes\)/);
    expect(await readTextFile(bom)).toBe('\uFEFFa: 1\n');
  });
});

describe('every CLI reader refuses bytes that are not UTF-8', () => {
  it('fmt names the byte, exits non-zero and leaves the file untouched', async () => {
    // given a map with a Latin-1 byte
    const file = path.join(folder, 'map.yaml');
    await writeFile(file, latin1Map);

    // when formatted
    const result = await runCli(['fmt', file], { cwd: folder });

    // then it is refused with offset, line and column, and not a byte changed
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/map\.yaml:\d+:\d+: not UTF-8 text \(byte 0xe9 at offset \d+\)/);
    expect(await readFile(file)).toEqual(latin1Map);
  });

  it('the merge driver refuses to merge and writes nothing', async () => {
    // given base and theirs as UTF-8 maps, ours with a Latin-1 byte
    const [base, ours, theirs] = ['base.yaml', 'ours.yaml', 'theirs.yaml'].map((name) => path.join(folder, name)) as [string, string, string];
    await copyFile(MAP_FILE, base);
    await copyFile(MAP_FILE, theirs);
    await writeFile(ours, latin1Map);

    // when git calls the driver
    const result = await runCli(['merge-driver', base, ours, theirs, 'map.yaml'], { cwd: folder });

    // then it fails (git keeps its own result), ours is untouched
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/not UTF-8 text/);
    expect(await readFile(ours)).toEqual(latin1Map);
  });

  it('validate, diff and loadWorkspace report the file as unreadable instead of accepting U+FFFD', async () => {
    // given a Latin-1 map beside a good one
    const file = path.join(folder, 'map.yaml');
    await writeFile(file, latin1Map);
    const good = path.join(folder, 'good.yaml');
    await copyFile(MAP_FILE, good);

    // when validated, diffed and loaded
    const validated = await runCli(['validate', file], { cwd: folder });
    const diffed = await runCli(['diff', good, file], { cwd: folder });
    const loaded = await loadWorkspace([file], folder);

    // then each names the bad byte
    expect(validated.code).toBe(2);
    expect(validated.stderr).toMatch(/not UTF-8 text \(byte 0xe9/);
    expect(diffed.code).toBe(2);
    expect(diffed.stderr).toMatch(/not UTF-8 text \(byte 0xe9/);
    expect(loaded.targets).toEqual([]);
    expect(loaded.unreadable[0]?.message).toMatch(/not UTF-8 text/);
  });

  it('export, gap, layout and tailor refuse it too', async () => {
    // given a Latin-1 map
    const file = path.join(folder, 'map.yaml');
    await writeFile(file, latin1Map);

    // when each command reads it
    const runs = await Promise.all([
      runCli(['export', file, '--format', 'svg', '-o', path.join(folder, 'out.svg')], { cwd: folder }),
      runCli(['gap', file], { cwd: folder }),
      runCli(['layout', '--check', file], { cwd: folder }),
      runCli(['tailor', file, '-o', path.join(folder, 'tailored.yaml')], { cwd: folder }),
    ]);

    // then none accepts it
    for (const run of runs) {
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/not UTF-8|cannot read/);
    }
  });
});
