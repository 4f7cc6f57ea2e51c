/**
 * The part of a PDF document the PDF export draws on, written as a structural type so that the
 * drawing stays pure: pdfkit's `PDFDocument` (Node build in the CLI, browser build in the page)
 * satisfies it, and the host that creates the document registers the bundled DejaVu faces under
 * the names of `FontFace` before handing it over.
 */
import type { FontFace, TextFont } from '../text/measureText';
import { baselineOffset, measureText } from '../text/measureText';

export interface PdfSurface {
  addPage(options: { size: [number, number]; margin: number }): unknown;
  font(name: FontFace): unknown;
  fontSize(size: number): unknown;
  fillColor(color: string): unknown;
  strokeColor(color: string): unknown;
  lineWidth(width: number): unknown;
  dash(length: number, options: { space: number }): unknown;
  undash(): unknown;
  text(text: string, x: number, y: number, options: { lineBreak: false; baseline: 'alphabetic' }): unknown;
  rect(x: number, y: number, width: number, height: number): unknown;
  roundedRect(x: number, y: number, width: number, height: number, radius: number): unknown;
  circle(x: number, y: number, radius: number): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  closePath(): unknown;
  fill(color?: string): unknown;
  stroke(): unknown;
  fillAndStroke(fill: string, stroke: string): unknown;
  clip(): unknown;
  save(): unknown;
  restore(): unknown;
  translate(x: number, y: number): unknown;
  scale(factor: number): unknown;
}

/** What a host gives the PDF export: a fresh document with the fonts registered, and its bytes once drawn. */
export interface PdfDocumentHandle {
  readonly surface: PdfSurface;
  /** Ends the document and resolves to its bytes. */
  readonly finish: () => Promise<Uint8Array>;
}

export interface PdfDocumentInfo {
  readonly title: string;
}

/** Draws one line of text with its top-left corner of the line box at (x, y), as the SVG export places it. */
export function drawTextLine(surface: PdfSurface, line: string, x: number, y: number, font: TextFont, align: 'start' | 'middle' | 'end' = 'start', color?: string): void {
  const width = align === 'start' ? 0 : measureText(line, font);
  const left = align === 'middle' ? x - width / 2 : align === 'end' ? x - width : x;
  surface.font(font.face);
  surface.fontSize(font.size);
  if (color) surface.fillColor(color);
  surface.text(line, left, y + baselineOffset(font), { lineBreak: false, baseline: 'alphabetic' });
}
