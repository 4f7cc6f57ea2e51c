/**
 * Creates the pdfkit document the PDF export draws on, under Node (CLI, main process): the bundled
 * DejaVu Sans faces are embedded (subset) under the names the drawing asks for, and the bytes are
 * collected from pdfkit's stream. pdfkit's Node build reads fonts from files and writes through
 * Node streams, which is why this lives in shared/node and not in shared/render.
 */
import PDFDocument from 'pdfkit';
import type { PdfDocumentHandle, PdfDocumentInfo } from '../render/pdfSurface';
import { bundledFontFiles } from './renderPng';

/** A fresh PDF with the fonts registered and no page yet. */
export function createPdfDocument(info: PdfDocumentInfo): PdfDocumentHandle {
  // font '' leaves out pdfkit's default Helvetica: every text is set in DejaVu.
  const doc = new PDFDocument({ font: '', autoFirstPage: false, margin: 0, info: { Title: info.title, Creator: 'Swimlane Studio' }, displayTitle: true, lang: 'en' });
  const [regular, bold, italic] = bundledFontFiles();
  doc.registerFont('regular', regular!);
  doc.registerFont('bold', bold!);
  doc.registerFont('italic', italic!);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
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
