/**
 * `swimlane export --format pdf`, judged by reading the PDF back with poppler (pdfinfo, pdffonts,
 * pdftotext) as a user's viewer would: page size, embedded fonts, extractable text and the size
 * of the smallest text on paper.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/export';
import { FIXTURE_DIR } from '../shared/layout/fixtureMaps';

const CERT = join(__dirname, '../../model-library/cert');
/** DejaVu Sans' glyph box (ascender 0.928 em, descender 0.236 em): pdftotext's word height ÷ this = font size. */
const DEJAVU_BOX = 0.928 + 0.236;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
}

function pageSizes(file: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

function fonts(file: string): { name: string; embedded: string }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0]!, embedded: columns.at(-5)! };
  });
}

/** The font size of the smallest word on any page, from pdftotext's word boxes. */
function smallestWordPt(file: string): number {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const heights = [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[2]) - Number(m[1]));
  expect(heights.length).toBeGreaterThan(0);
  return Math.min(...heights) / DEJAVU_BOX;
}

function text(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
}

describe('swimlane export --format pdf', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'swimlane-pdf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints PC on A4 landscape as a poster, with embedded fonts, selectable text and nothing under 8 pt', async () => {
    // given
    const { io, err } = capture();
    const out = join(dir, 'pc-a4.pdf');
    // when
    const code = await run([join(CERT, 'PC.yaml'), '--format', 'pdf', '--paper', 'A4', '--orientation', 'landscape', '-o', out], io);
    // then
    expect(code).toBe(0);
    expect(err.join('')).toMatch(/PC: fit page would print text at [\d.]+ pt; tiled as a poster at 8 pt instead/);
    const sizes = pageSizes(out);
    expect(sizes.length).toBeGreaterThan(2);
    expect(new Set(sizes)).toEqual(new Set(['842x595']));
    const embedded = fonts(out);
    expect(embedded.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique']));
    expect(embedded.every((font) => font.embedded === 'yes')).toBe(true);
    const words = text(out);
    expect(words).toContain('PC10: Determine');
    expect(words).toContain('PC10 Determine CSIRT Process Modifications');
    expect(words).toContain('sheet A1 of');
    expect(words).toContain('Activities');
    expect(words).toContain('Handoffs');
    expect(smallestWordPt(out)).toBeGreaterThanOrEqual(7.95);
  });

  it('prints on A3 and Letter in the orientation asked for', async () => {
    // given
    const { io } = capture();
    const a3 = join(dir, 'pc-a3.pdf');
    const letter = join(dir, 'd-letter.pdf');
    // when
    const codes = [
      await run([join(CERT, 'PC.yaml'), '--format', 'pdf', '--paper', 'A3', '-o', a3], io),
      await run([join(CERT, 'D.yaml'), '--format', 'pdf', '--paper', 'Letter', '--orientation', 'portrait', '-o', letter], io),
    ];
    // then
    expect(codes).toEqual([0, 0]);
    expect(new Set(pageSizes(a3))).toEqual(new Set(['1191x842']));
    expect(new Set(pageSizes(letter))).toEqual(new Set(['612x792']));
    expect(smallestWordPt(a3)).toBeGreaterThanOrEqual(7.95);
  });

  it('keeps a map that fits on one A3 page with --fit page, and says nothing', async () => {
    // given
    const { io, err } = capture();
    const out = join(dir, 'worked.pdf');
    // when
    const code = await run([join(FIXTURE_DIR, 'worked-example.yaml'), '--format', 'pdf', '--paper', 'A3', '--fit', 'page', '-o', out], io);
    // then
    expect(code).toBe(0);
    expect(err.join('')).toBe('');
    expect(text(out)).not.toContain('sheet A1');
    expect(pageSizes(out).length).toBe(2);
    expect(smallestWordPt(out)).toBeGreaterThanOrEqual(7.95);
  });

  it('tiles any map with --fit poster, labelling sheets and marking where the next one begins', async () => {
    // given
    const { io } = capture();
    const out = join(dir, 'r-poster.pdf');
    // when
    const code = await run([join(CERT, 'R.yaml'), '--format', 'pdf', '--fit', 'poster', '--orientation', 'portrait', '-o', out], io);
    // then
    expect(code).toBe(0);
    const words = text(out);
    expect(words).toContain('sheet A1 of');
    expect(words).toMatch(/A2 →|↓ B1/);
  });

  it('writes one report for a folder: contents, then each map with its descriptions', async () => {
    // given
    const { io } = capture();
    const out = join(dir, 'cert.pdf');
    // when
    const code = await run([CERT, '--format', 'pdf', '-o', out], io);
    // then
    expect(code).toBe(0);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', out, '-'], { encoding: 'utf8' });
    expect(firstPage).toContain('Contents');
    for (const id of ['D', 'IM', 'PC', 'PI', 'R', 'R1', 'R2', 'R3', 'T']) expect(firstPage).toMatch(new RegExp(`^\\s*${id}: .+\\s\\d+$`, 'm'));
    expect(smallestWordPt(out)).toBeGreaterThanOrEqual(7.95);
  });

  it('shows lane names, not actor ids, in the activity table', async () => {
    // given
    const { io } = capture();
    const out = join(dir, 'lanes.pdf');
    // when
    const code = await run([join(FIXTURE_DIR, 'lanes-example.yaml'), '--format', 'pdf', '-o', out], io);
    // then
    expect(code).toBe(0);
    expect(text(out)).toContain('Help desk');
  });

  it('rejects an unknown paper, orientation or fit with exit code 2', async () => {
    // given
    const { io, err } = capture();
    const file = join(FIXTURE_DIR, 'worked-example.yaml');
    // when
    const codes = [
      await run([file, '--format', 'pdf', '--paper', 'A5'], io),
      await run([file, '--format', 'pdf', '--orientation', 'sideways'], io),
      await run([file, '--format', 'pdf', '--fit', 'zoom'], io),
    ];
    // then
    expect(codes).toEqual([2, 2, 2]);
    expect(err.join('')).toContain('--paper takes A4, A3, Letter or auto');
    expect(err.join('')).toContain('--orientation takes landscape or portrait');
    expect(err.join('')).toContain('--fit takes page, width or poster');
  });
});
