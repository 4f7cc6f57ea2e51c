/**
 * Text sizes in a PDF, read back with poppler's `pdftotext -bbox`: each word's box height is its
 * font's ascent plus descent at its size, so the smallest box is the smallest text on paper.
 */
import { execFileSync } from 'node:child_process';

/** DejaVu Sans (the report's first font) spans 0.928 em above and 0.236 em below the baseline. */
const DEJAVU_BOX_PER_EM = 0.928 + 0.236;

export interface WordBox {
  readonly text: string;
  /** Box height in pt. */
  readonly height: number;
}

export function wordBoxes(pdfFile: string): WordBox[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', pdfFile, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xhtml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({ text: match[3]!, height: Number(match[2]) - Number(match[1]) }));
}

/** The smallest text of the PDF as a font size in pt (rounded to 0.1), and the word that has it. */
export function smallestText(pdfFile: string): { pt: number; word: string } {
  const smallest = wordBoxes(pdfFile).reduce((low, word) => (word.height < low.height ? word : low));
  return { pt: Math.round((smallest.height / DEJAVU_BOX_PER_EM) * 10) / 10, word: smallest.text };
}
