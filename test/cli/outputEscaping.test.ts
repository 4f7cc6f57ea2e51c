/** Text from a file cannot drive the terminal or disguise an export (issue 16, findings 9 and 12). */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../shared/render/xmlWriter';
import { runCli } from './runCli';

const MAP = await readFile(path.resolve(import.meta.dirname, '../fixtures/maps/worked-example.yaml'), 'utf8');
// A key and a name that retitle and clear the terminal, and reverse the text after them.
const HOSTILE_KEY = '"x\\e]0;pwned\\a"';
const HOSTILE_NAME = '"Notice \\e[2J\\u202Eevil"';

describe('CLI output escapes control and bidi characters from the file (finding 9)', () => {
  it('validate prints an unknown key with escape sequences as visible escapes', async () => {
    // given a map with an unknown key holding ESC and BEL
    const folder = await mkdtemp(path.join(tmpdir(), 'swimlane-escape-'));
    const file = path.join(folder, 'm.yaml');
    await writeFile(file, `${MAP}${HOSTILE_KEY}: 1\n`);

    // when validated
    const result = await runCli(['validate', file], { cwd: folder });
    await rm(folder, { recursive: true, force: true });

    // then no control character reaches the terminal, and the escapes are visible
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(result.stdout + result.stderr).toContain('\\u{001b}]0;pwned\\u{0007}');
  });

  it('diff prints a renamed activity with escapes and bidi overrides made visible', async () => {
    // given two maps, the new one naming an activity with ESC and RLO
    const folder = await mkdtemp(path.join(tmpdir(), 'swimlane-escape-'));
    const [before, after] = [path.join(folder, 'a.yaml'), path.join(folder, 'b.yaml')];
    await writeFile(before, MAP);
    await writeFile(after, MAP.replace(/name: .*$/m, `name: ${HOSTILE_NAME}`));

    // when diffed as text and as Markdown
    const text = await runCli(['diff', before, after], { cwd: folder });
    const markdown = await runCli(['diff', '--format', 'markdown', before, after], { cwd: folder });
    await rm(folder, { recursive: true, force: true });

    // then neither output carries the raw characters
    for (const output of [text.stdout, markdown.stdout]) {
      // eslint-disable-next-line no-control-regex -- the assertion is about control characters
      expect(output).not.toMatch(/[\u001b\u202e]/);
      expect(output).toContain('\\u{202e}evil');
    }
  });
});

describe('SVG and HTML exports drop bidi marks (finding 12)', () => {
  it.each(['\u200e', '\u200f', '\u061c'])('removes U+%s from labels', (mark) => {
    // given a label with a bidi mark
    // when escaped for XML
    // then the mark is gone
    expect(escapeXml(`a${mark}b`)).toBe('ab');
  });
});
