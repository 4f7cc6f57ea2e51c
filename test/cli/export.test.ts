import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/export';
import { FIXTURE_DIR } from '../shared/layout/fixtureMaps';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
}

describe('swimlane export', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('writes an SVG of one map', async () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'swimlane-export-'));
    const { io } = capture();
    const out = join(dir, 'lanes.svg');
    // when
    const code = await run([join(FIXTURE_DIR, 'lanes-example.yaml'), '--format', 'svg', '-o', out], io);
    // then
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<title id="swl-title">Acme: Detect and Triage Events (as-is)</title>');
  });

  it('writes a PNG at the chosen scale', async () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'swimlane-export-'));
    const { io } = capture();
    const out = join(dir, 'map.png');
    // when
    const code = await run([join(FIXTURE_DIR, 'worked-example.yaml'), '--format', 'png', '--scale', '1.5', '-o', out], io);
    // then
    expect(code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);
  });

  it('writes one HTML report for a folder, and one SVG per map into a folder', async () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'swimlane-export-'));
    const { io } = capture();
    // when
    const htmlCode = await run([FIXTURE_DIR, '--format', 'html', '-o', join(dir, 'report.html')], io);
    const svgCode = await run([FIXTURE_DIR, '--format', 'svg', '-o', join(dir, 'svg')], io);
    // then
    expect(htmlCode).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<nav aria-label="Maps">');
    expect(html.match(/<svg xmlns/g)!.length).toBeGreaterThanOrEqual(3);
    expect(svgCode).toBe(0);
    expect(readdirSync(join(dir, 'svg'))).toEqual(expect.arrayContaining(['lanes-example.svg', 'worked-example.svg', 'hostile-svg.svg']));
  });

  it('refuses two maps that would be written to one file, naming both, and writes nothing', async () => {
    // given two folders each holding a map named m.yaml
    dir = mkdtempSync(join(tmpdir(), 'swimlane-export-'));
    const map = readFileSync(join(FIXTURE_DIR, 'lanes-example.yaml'), 'utf8');
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'm.yaml'), map);
    }
    const { io, err } = capture();
    // when both are exported into one folder
    const code = await run([join(dir, 'a', 'm.yaml'), join(dir, 'b', 'm.yaml'), '--format', 'svg', '-o', join(dir, 'out')], { ...io, cwd: dir });
    // then it is a usage error that names both inputs, and no file was written
    expect(code).toBe(2);
    expect(err.join('')).toContain('a/m.yaml and b/m.yaml would both be written to out/m.svg');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('writes SVG to standard output with -o -', async () => {
    // given
    const { io, out } = capture();
    // when
    const code = await run([join(FIXTURE_DIR, 'worked-example.yaml'), '--format', 'svg', '-o', '-'], io);
    // then
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  });

  it('rejects a missing or unknown format and a bad scale with exit code 2', async () => {
    // given
    const { io, err } = capture();
    const file = join(FIXTURE_DIR, 'worked-example.yaml');
    // when
    const codes = [await run([file], io), await run([file, '--format', 'gif'], io), await run([file, '--format', 'png', '--scale', '0'], io)];
    // then
    expect(codes).toEqual([2, 2, 2]);
    expect(err.join('')).toContain('--format must be svg, png, html, bpmn or pdf');
    expect(err.join('')).toContain('--scale');
  });

  it('exits 2 for a file that does not exist', async () => {
    // given
    const { io, err } = capture();
    // when
    const code = await run([join(FIXTURE_DIR, 'no-such-map.yaml'), '--format', 'svg', '-o', '-'], io);
    // then
    expect(code).toBe(2);
    expect(err.join('')).toContain('no such file');
  });
});
