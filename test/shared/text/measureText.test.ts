import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import type { Font } from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { layoutText, measureText, wrapText } from '../../../shared/text/measureText';
import type { TextFont } from '../../../shared/text/measureText';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

function loadFont(file: string): Font {
  const bytes = readFileSync(join(fontDir, file));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Advance width straight from the TTF: glyph advances plus pair kerning, in px. */
function widthFromFont(font: Font, text: string, size: number): number {
  const pairs = (font as unknown as { kerningPairs: Record<string, number> }).kerningPairs;
  const glyphs = [...text].map((ch) => font.charToGlyph(ch));
  let units = 0;
  glyphs.forEach((glyph, i) => {
    units += glyph.advanceWidth ?? 0;
    if (i > 0) units += pairs[`${glyphs[i - 1]!.index},${glyph.index}`] ?? 0;
  });
  return (units * size) / font.unitsPerEm;
}

describe('measureText', () => {
  it.each([
    ['DejaVuSans.ttf', 'regular'],
    ['DejaVuSans-Bold.ttf', 'bold'],
    ['DejaVuSans-Oblique.ttf', 'italic'],
  ] as const)('agrees with the font file itself (%s), kerning included', (file, face) => {
    // given
    const font = loadFont(file);
    const samples = ['AVATAR To Wa', 'D2: Receive Information', 'If event requires further incident management action', 'Ünïcødé – “quotes” …'];
    for (const text of samples) {
      // when
      const ours = measureText(text, { size: 12, face });
      // then
      expect(ours).toBeCloseTo(widthFromFont(font, text, 12), 6);
    }
  });

  it('gives invisible control and bidi characters no width', () => {
    // given
    const font: TextFont = { size: 11, face: 'regular' };
    // when
    const plain = measureText('abc', font);
    const withControls = measureText('a\u0007b\u202ec\u200b', font);
    // then
    expect(withControls).toBe(plain);
  });

  it('scales linearly with the font size', () => {
    // given
    const text = 'Categorize and correlate events';
    // when
    const small = measureText(text, { size: 10, face: 'regular' });
    const large = measureText(text, { size: 20, face: 'regular' });
    // then
    expect(large).toBeCloseTo(2 * small, 9);
  });
});

describe('wrapText', () => {
  const font: TextFont = { size: 12, face: 'regular' };

  it('breaks at spaces so that every line fits', () => {
    // given
    const text = 'If event is reassigned outside of incident management process';
    // when
    const lines = wrapText(text, 120, font);
    // then
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(120);
  });

  it('breaks a word that is too long, preferring a hyphen', () => {
    // given
    const text = 'external-communication-with-other-organisations';
    // when
    const lines = wrapText(text, 100, font);
    // then
    expect(lines.join('')).toBe(text);
    expect(lines[0]!.endsWith('-')).toBe(true);
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(100);
  });

  it('keeps explicit line breaks and reports the block size', () => {
    // given
    const text = 'Response information\nResponse actions';
    // when
    const block = layoutText(text, 500, font);
    // then
    expect(block.lines).toEqual(['Response information', 'Response actions']);
    expect(block.height).toBe(2 * block.lineHeight);
    expect(block.width).toBe(Math.ceil(measureText('Response information', font)));
  });
});
