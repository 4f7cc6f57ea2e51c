/**
 * Creates the pdfkit document the PDF export draws on, under Node (CLI, main process): the bundled
 * DejaVu Sans faces are embedded (subset) under the names the drawing asks for, and the bytes are
 * collected from pdfkit's stream. pdfkit's Node build reads fonts from files and writes through
 * Node streams, which is why this lives in shared/node and not in shared/render.
 */
import PDFDocument from 'pdfkit';
import { pdfDocumentOptions, pdfHandleOf, type PdfDocumentHandle, type PdfDocumentInfo } from '../render/pdfSurface';
import { bundledFontFiles } from './renderPng';

/** A fresh PDF with the fonts registered and no page yet. */
export function createPdfDocument(info: PdfDocumentInfo): PdfDocumentHandle {
  const [regular, bold, italic] = bundledFontFiles();
  return pdfHandleOf(new PDFDocument(pdfDocumentOptions(info)), { regular: regular!, bold: bold!, italic: italic! });
}
