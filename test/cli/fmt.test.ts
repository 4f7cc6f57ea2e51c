import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const messy = '# keep me\nkind: reference\ntitle: T\nid: m\nformat: swimlane/1\nactivities:\n  A:\n    keyPeople:\n      - CSIRT staff\n    name: A # inline comment\n';

describe('swimlane fmt', () => {
  it('--check lists unformatted files and exits 1 without writing; fmt writes canonical text keeping comments', async () => {
    // given
    const cwd = await mkdtemp(path.join(tmpdir(), 'swimlane-fmt-'));
    await writeFile(path.join(cwd, 'm.yaml'), messy);
    // when
    const check = await runCli(['fmt', '--check', 'm.yaml'], { cwd });
    const untouched = await readFile(path.join(cwd, 'm.yaml'), 'utf8');
    const write = await runCli(['fmt', 'm.yaml'], { cwd });
    const formatted = await readFile(path.join(cwd, 'm.yaml'), 'utf8');
    const again = await runCli(['fmt', '--check', 'm.yaml'], { cwd });
    // then
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('m.yaml: not formatted\n');
    expect(untouched).toBe(messy);
    expect(write.code).toBe(0);
    expect(formatted).toBe('# keep me\nformat: swimlane/1\nid: m\ntitle: T\nkind: reference\nactivities:\n  A:\n    name: A # inline comment\n    keyPeople: [CSIRT staff]\n');
    expect(again.code).toBe(0);
  });

  it('keeps a line-end comment on its line when a flow-style mapping or list turns to block style', async () => {
    // given comments at the end of flow-style lines fmt writes in block style, and one after a block key
    const head = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\n';
    const text = `${head}activities:\n  A: {name: A, lane: x}  # the first step\n  B:\n    name: B\n    keyPeople: [Ann Smith., Bob]  # who\n  C: # the last step\n    # about its name\n    name: C\n`;
    const cwd = await mkdtemp(path.join(tmpdir(), 'swimlane-fmt-'));
    await writeFile(path.join(cwd, 'm.yaml'), text);
    // when formatted twice
    await runCli(['fmt', 'm.yaml'], { cwd });
    const once = await readFile(path.join(cwd, 'm.yaml'), 'utf8');
    const again = await runCli(['fmt', '--check', 'm.yaml'], { cwd });
    // then each comment stays on the line of its key, and the result is stable
    expect(once).toContain('activities:\n  A: # the first step\n    name: A\n    lane: x\n  B:\n');
    expect(once).toContain('    keyPeople: # who\n      - Ann Smith.\n      - Bob\n');
    expect(once).toContain('  C: # the last step\n    # about its name\n    name: C\n');
    expect(again.code).toBe(0);
  });

  it('keeps invisible characters escaped, so that they cannot hide in the file', async () => {
    // given a name with a bidi override written as escapes
    const text = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\nactivities:\n  A:\n    name: "\\u202Eevil\\u202C and\\u200B zero width"\n';
    const cwd = await mkdtemp(path.join(tmpdir(), 'swimlane-fmt-'));
    await writeFile(path.join(cwd, 'm.yaml'), text);
    // when
    const check = await runCli(['fmt', '--check', 'm.yaml'], { cwd });
    // then the text is already formatted: the escapes stay escapes
    expect(check.code).toBe(0);
  });

  it('--check shows a unified diff of what fmt would change', async () => {
    // given a map with title before id
    const cwd = await mkdtemp(path.join(tmpdir(), 'swimlane-fmt-'));
    await writeFile(path.join(cwd, 'm.yaml'), 'format: swimlane/1\ntitle: T\nid: m\nkind: reference\n');
    // when
    const check = await runCli(['fmt', '--check', 'm.yaml'], { cwd });
    // then the diff moves the title below the id
    expect(check.stderr).toBe('--- m.yaml\n+++ m.yaml (formatted)\n@@ -1,4 +1,4 @@\n format: swimlane/1\n-title: T\n id: m\n+title: T\n kind: reference\n1 file not formatted; run `swimlane fmt`\n');
    expect(check.code).toBe(1);
  });

  it('refuses to format a file that is not valid YAML, naming the place', async () => {
    const result = await runCli(['fmt', '-'], { stdin: 'a: [1\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^<stdin>:\d+:\d+ error/);
  });
});
