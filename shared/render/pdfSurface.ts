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

/** The options every PDF of the export is opened with, by whichever pdfkit build the host has. */
export function pdfDocumentOptions(info: PdfDocumentInfo) {
  // font '' leaves out pdfkit's default Helvetica: every text is set in the embedded DejaVu faces.
  return { font: '', autoFirstPage: false, margin: 0, info: { Title: info.title, Creator: 'Swimlane Studio' }, displayTitle: true, lang: 'en' } as const;
}

/** The streaming side of a pdfkit document: its chunks, its end, its failure. */
export interface PdfStream<Font> {
  registerFont(name: FontFace, font: Font): unknown;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  end(): unknown;
}

/** Registers the three faces on a fresh pdfkit document and collects its bytes once it is ended. */
export function pdfHandleOf<Font>(doc: PdfSurface & PdfStream<Font>, fonts: Readonly<Record<FontFace, Font>>): PdfDocumentHandle {
  for (const face of Object.keys(fonts) as FontFace[]) doc.registerFont(face, fonts[face]);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      resolve(bytes);
    });
    doc.on('error', reject);
  });
  return {
    surface: doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
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
