/**
 * PDF documents made in the page (browser edition and Electron's renderer alike): pdfkit's own
 * browser build, loaded only when a PDF is exported so that opening the editor does not pay for
 * it, with the bundled DejaVu faces fetched from the app's assets and embedded. The page draws the
 * PDF itself rather than asking the host, so the browser edition needs no server and Electron no
 * extra IPC channel.
 */
import regularFont from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldFont from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italicFont from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import { pdfDocumentOptions, pdfHandleOf, type PdfDocumentHandle, type PdfDocumentInfo } from '../../shared/render/pdfSurface';

async function fontBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the font ${url} could not be loaded (${response.status})`);
  return response.arrayBuffer();
}

/** A fresh PDF with the fonts registered and no page yet; `finish` ends it and gives its bytes. */
export async function createPagePdf(info: PdfDocumentInfo): Promise<PdfDocumentHandle> {
  const [{ default: PDFDocument }, regular, bold, italic] = await Promise.all([import('pdfkit'), fontBytes(regularFont), fontBytes(boldFont), fontBytes(italicFont)]);
  // pdfDocumentOptions leaves out pdfkit's default Helvetica, which its browser build does not carry.
  return pdfHandleOf(new PDFDocument(pdfDocumentOptions(info)), { regular, bold, italic });
}
