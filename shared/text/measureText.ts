/**
 * The one text measurer and wrapper of Swimlane Studio. Layout, the SVG/PNG export and the editor
 * canvas all size text with it, against the bundled DejaVu Sans metrics, so all three agree.
 */
import { ASCENDER, COVERED_CHARS, DESCENDER, FACE_METRICS, UNITS_PER_EM } from './fontMetrics';
import type { FaceMetrics } from './fontMetrics';

/** Font family for SVG/CSS: the bundled face first, then faces with similar metrics. */
export const FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Segoe UI', Arial, sans-serif";

/** The family name the rasteriser must load (the bundled TTFs). */
export const BUNDLED_FONT_NAME = 'DejaVu Sans';

export type FontFace = 'regular' | 'bold' | 'italic';

/** A font: size in px and face. */
export interface TextFont {
  readonly size: number;
  readonly face: FontFace;
}

/** Text wrapped into lines, with its box size in px. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
  readonly lineHeight: number;
  readonly font: TextFont;
}

const charIndex = new Map<string, number>();
for (let i = 0; i < COVERED_CHARS.length; i++) charIndex.set(COVERED_CHARS[i]!, i);

/** Controls and invisible format characters (zero-width, bidirectional marks): no width. */
function isInvisible(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff;
}

/** Advance of a character not in the table: none for invisible ones, one em for wide scripts, else "n". */
function fallbackAdvance(face: FaceMetrics, codePoint: number): number {
  if (isInvisible(codePoint)) return 0;
  if (codePoint >= 0x2e80) return UNITS_PER_EM;
  return face.advances[charIndex.get('n')!]!;
}

/** Width in px of one line of text (no wrapping), including kerning. */
export function measureText(text: string, font: TextFont): number {
  const face = FACE_METRICS[font.face];
  let units = 0;
  let previous = '';
  for (const ch of text) {
    const index = charIndex.get(ch);
    units += index === undefined ? fallbackAdvance(face, ch.codePointAt(0)!) : face.advances[index]!;
    if (previous) units += face.kerning[previous + ch] ?? 0;
    previous = ch;
  }
  return (units * font.size) / UNITS_PER_EM;
}

/** Line height in px used for every multi-line text. */
export function lineHeightOf(font: TextFont): number {
  return Math.ceil(font.size * 1.25);
}

/** Distance in px from the top of a line box to its baseline. */
export function baselineOffset(font: TextFont): number {
  const content = ((ASCENDER - DESCENDER) * font.size) / UNITS_PER_EM;
  const leading = (lineHeightOf(font) - content) / 2;
  return leading + (ASCENDER * font.size) / UNITS_PER_EM;
}

/** Splits a word wider than `maxWidth` into pieces that fit (at least one character each). */
function breakWord(word: string, maxWidth: number, font: TextFont): string[] {
  // Prefer a break after a hyphen or slash that leaves a fitting first piece.
  for (let i = word.length - 2; i > 0; i--) {
    if ((word[i] === '-' || word[i] === '/') && measureText(word.slice(0, i + 1), font) <= maxWidth) {
      const rest = word.slice(i + 1);
      return [word.slice(0, i + 1), ...(measureText(rest, font) <= maxWidth ? [rest] : breakWord(rest, maxWidth, font))];
    }
  }
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && measureText(current + ch, font) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Kerning in px between two adjacent characters. */
function kerningOf(left: string, right: string, font: TextFont): number {
  return ((FACE_METRICS[font.face].kerning[left + right] ?? 0) * font.size) / UNITS_PER_EM;
}

/**
 * Wraps text greedily at spaces so that each line is at most `maxWidth` px wide (words longer than
 * that are broken). Explicit newlines are kept; runs of whitespace collapse to one space.
 */
export function wrapText(text: string, maxWidth: number, font: TextFont): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter((w) => w.length > 0);
    let current = '';
    // Width of `current`, kept incrementally: adding " word" adds the kerning at the join plus
    // the width of " word" (pair kerning is the only interaction between neighbours).
    let width = 0;
    for (const word of words) {
      if (current) {
        const added = kerningOf(current[current.length - 1]!, ' ', font) + measureText(` ${word}`, font);
        if (width + added <= maxWidth) {
          current = `${current} ${word}`;
          width += added;
          continue;
        }
        lines.push(current);
      }
      const wordWidth = measureText(word, font);
      if (wordWidth <= maxWidth) {
        current = word;
        width = wordWidth;
      } else {
        const pieces = breakWord(word, maxWidth, font);
        lines.push(...pieces.slice(0, -1));
        current = pieces[pieces.length - 1] ?? '';
        width = measureText(current, font);
      }
    }
    if (current) lines.push(current);
  }
  return lines.length > 0 ? lines : [''];
}

const blockCache = new Map<string, TextBlock>();
const BLOCK_CACHE_LIMIT = 20_000;

/** Wraps text and returns its lines and box size. Results are cached: maps repeat their labels. */
export function layoutText(text: string, maxWidth: number, font: TextFont): TextBlock {
  const key = `${font.face}|${font.size}|${maxWidth}|${text}`;
  const cached = blockCache.get(key);
  if (cached) return cached;
  const block = computeTextBlock(text, maxWidth, font);
  if (blockCache.size >= BLOCK_CACHE_LIMIT) blockCache.clear();
  blockCache.set(key, block);
  return block;
}

function computeTextBlock(text: string, maxWidth: number, font: TextFont): TextBlock {
  const lines = wrapText(text, maxWidth, font);
  const lineHeight = lineHeightOf(font);
  const width = Math.max(...lines.map((line) => measureText(line, font)));
  return { lines, width: Math.ceil(width), height: lines.length * lineHeight, lineHeight, font };
}
