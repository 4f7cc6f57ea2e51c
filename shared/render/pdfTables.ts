/**
 * Text pages of the PDF export: a cursor that flows headings, paragraphs and tables down pages,
 * wrapping with the same DejaVu metrics the diagram layout uses, repeating a table's header on each
 * page and splitting a row that is taller than a page. Text is never set under 8 pt.
 */
import type { TextFont } from '../text/measureText';
import { lineHeightOf, wrapText } from '../text/measureText';
import { DIAGRAM_COLORS } from './diagramColors';
import type { PdfPageOptions } from './pdfPages';
import { PAGE_MARGIN, pageSize } from './pdfPages';
import type { PdfSurface } from './pdfSurface';
import { drawTextLine } from './pdfSurface';

export const BODY_FONT: TextFont = { size: 9, face: 'regular' };
const HEADER_FONT: TextFont = { size: 9, face: 'bold' };
const CELL_PADDING = 3;

export interface PdfTable {
  readonly title: string;
  readonly columns: readonly { readonly header: string; readonly share: number }[];
  readonly rows: readonly (readonly string[])[];
}

/** Writes pages top to bottom; `page` counts the pages added so far (1-based once one exists). */
export class PageFlow {
  page = 0;
  private y = 0;
  private readonly width: number;
  private readonly height: number;

  constructor(
    private readonly surface: PdfSurface,
    private readonly options: PdfPageOptions,
  ) {
    [this.width, this.height] = pageSize(options.paper, options.orientation);
  }

  get contentWidth(): number {
    return this.width - 2 * PAGE_MARGIN;
  }

  /** Starts a page and puts the cursor at its top margin. */
  newPage(): void {
    this.surface.addPage({ size: [this.width, this.height], margin: 0 });
    this.page += 1;
    this.y = PAGE_MARGIN;
    drawTextLine(this.surface, `${this.page}`, this.width / 2, this.height - PAGE_MARGIN / 2 - 6, BODY_FONT, 'middle', DIAGRAM_COLORS.muted);
  }

  private room(): number {
    return this.height - PAGE_MARGIN - this.y;
  }

  private ensure(height: number): void {
    if (this.page === 0 || this.room() < height) this.newPage();
  }

  heading(text: string, size: number): void {
    const font: TextFont = { size, face: 'bold' };
    const lines = wrapText(text, this.contentWidth, font);
    const lineHeight = lineHeightOf(font);
    this.ensure(lines.length * lineHeight + 2 * lineHeightOf(BODY_FONT));
    for (const line of lines) {
      drawTextLine(this.surface, line, PAGE_MARGIN, this.y, font, 'start', DIAGRAM_COLORS.ink);
      this.y += lineHeight;
    }
    this.y += size / 2;
  }

  paragraph(text: string, font: TextFont = BODY_FONT): void {
    const lineHeight = lineHeightOf(font);
    for (const line of wrapText(text, this.contentWidth, font)) {
      this.ensure(lineHeight);
      drawTextLine(this.surface, line, PAGE_MARGIN, this.y, font, 'start', DIAGRAM_COLORS.ink);
      this.y += lineHeight;
    }
    this.y += lineHeight / 2;
  }

  /** A line with a right-aligned page number, for the contents. */
  entry(text: string, pageNumber: string): void {
    const lineHeight = lineHeightOf(BODY_FONT) + 2;
    this.ensure(lineHeight);
    drawTextLine(this.surface, text, PAGE_MARGIN, this.y, BODY_FONT, 'start', DIAGRAM_COLORS.ink);
    drawTextLine(this.surface, pageNumber, PAGE_MARGIN + this.contentWidth, this.y, BODY_FONT, 'end', DIAGRAM_COLORS.ink);
    this.y += lineHeight;
  }

  table(table: PdfTable): void {
    if (table.rows.length === 0) return;
    const total = table.columns.reduce((sum, column) => sum + column.share, 0);
    const widths = table.columns.map((column) => (column.share / total) * this.contentWidth);
    const wrap = (cells: readonly string[], font: TextFont) => cells.map((cell, i) => (cell ? wrapText(cell, widths[i]! - 2 * CELL_PADDING, font) : []));
    const header = wrap(table.columns.map((column) => column.header), HEADER_FONT);
    const lineHeight = lineHeightOf(BODY_FONT);
    const headerHeight = Math.max(1, ...header.map((lines) => lines.length)) * lineHeight + 2 * CELL_PADDING;
    this.heading(table.title, 11);
    this.ensure(headerHeight + lineHeight + 2 * CELL_PADDING);
    this.row(header, widths, HEADER_FONT, '#eef1f4');
    for (const cells of table.rows) {
      let lines = wrap(cells, BODY_FONT);
      while (lines.some((cell) => cell.length > 0)) {
        if (this.room() < lineHeight + 2 * CELL_PADDING) {
          this.newPage();
          this.row(header, widths, HEADER_FONT, '#eef1f4');
        }
        const fits = Math.max(1, Math.floor((this.room() - 2 * CELL_PADDING) / lineHeight));
        this.row(lines.map((cell) => cell.slice(0, fits)), widths, BODY_FONT, '#ffffff');
        lines = lines.map((cell) => cell.slice(fits));
      }
    }
    this.y += lineHeight;
  }

  private row(cells: readonly (readonly string[])[], widths: readonly number[], font: TextFont, fill: string): void {
    const lineHeight = lineHeightOf(font);
    const height = Math.max(1, ...cells.map((lines) => lines.length)) * lineHeight + 2 * CELL_PADDING;
    let x = PAGE_MARGIN;
    cells.forEach((lines, i) => {
      this.surface.lineWidth(0.5);
      this.surface.rect(x, this.y, widths[i]!, height);
      this.surface.fillAndStroke(fill, '#d0d7de');
      lines.forEach((line, k) => drawTextLine(this.surface, line, x + CELL_PADDING, this.y + CELL_PADDING + k * lineHeight, font, 'start', DIAGRAM_COLORS.ink));
      x += widths[i]!;
    });
    this.y += height;
  }
}
