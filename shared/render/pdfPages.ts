/**
 * Page planning for the PDF export: paper sizes, how a map's drawing is scaled onto pages, and the
 * rule that no text is printed under 8 pt (when fitting would shrink it further, the map is tiled
 * over several pages as a poster instead). Pure arithmetic over the layout's geometry.
 */
import type { MapGeometry, PlacedText } from '../layout/geometry';
import { FONTS } from '../layout/layoutStyle';

/** Paper sizes in PDF points (1/72 inch), portrait. */
export const PDF_PAPERS = { A4: [595.28, 841.89], A3: [841.89, 1190.55], Letter: [612, 792] } as const;
export type PdfPaper = keyof typeof PDF_PAPERS;
export type PdfOrientation = 'landscape' | 'portrait';
/** page: the whole map on one page; width: the map's width across the page, pages downwards; poster: tiles at a readable scale. */
export type PdfFit = 'page' | 'width' | 'poster';

export const PDF_FITS: readonly PdfFit[] = ['page', 'width', 'poster'];
export const PDF_ORIENTATIONS: readonly PdfOrientation[] = ['landscape', 'portrait'];

/** The smallest text printed, in points. */
export const MIN_TEXT_PT = 8;
/** Page margin in points; the page label and the tile marks sit inside it. */
export const PAGE_MARGIN = 36;
/** How much neighbouring poster tiles repeat of each other, in points on paper. */
export const TILE_OVERLAP = 24;

export interface PdfPageOptions {
  readonly paper: PdfPaper;
  readonly orientation: PdfOrientation;
  readonly fit: PdfFit;
}

/** One page of a map: the part of the drawing it shows, in diagram units. */
export interface MapTile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly row: number;
  readonly column: number;
}

export interface MapPagePlan {
  /** Points on paper per diagram unit. */
  readonly scale: number;
  /** The fit actually used: `poster` when the one asked for would print text under 8 pt. */
  readonly fit: PdfFit;
  /** Set when the plan differs from what was asked for, in words for the user. */
  readonly notice: string | undefined;
  readonly rows: number;
  readonly columns: number;
  readonly tiles: readonly MapTile[];
  /** The smallest text on these pages, in points. */
  readonly smallestTextPt: number;
}

/** Page width and height in points for the paper and orientation. */
export function pageSize(paper: PdfPaper, orientation: PdfOrientation): readonly [number, number] {
  const [short, long] = PDF_PAPERS[paper];
  return orientation === 'landscape' ? [long, short] : [short, long];
}

/** Every text block the map's drawing prints (the trigger badges' numbers included). */
export function placedTexts(geometry: MapGeometry): PlacedText[] {
  const texts: PlacedText[] = [geometry.title];
  for (const lane of geometry.lanes) texts.push(lane.label);
  for (const phase of geometry.phases) texts.push(phase.label);
  for (const group of geometry.groups) if (group.label) texts.push(group.label);
  for (const node of geometry.nodes) if (node.text) texts.push(node.text);
  for (const edge of geometry.edges) {
    if (edge.label?.condition) texts.push(edge.label.condition);
    if (edge.label?.outputs) texts.push(edge.label.outputs);
  }
  for (const note of geometry.triggerNotes) texts.push(note.text);
  return texts;
}

/** The smallest font size the drawing uses, in diagram units. */
export function smallestFontSize(geometry: MapGeometry): number {
  const hasBadges = geometry.triggerNotes.length > 0 || geometry.nodes.some((node) => node.triggers.length > 0);
  const sizes = placedTexts(geometry).filter((text) => text.block.lines.length > 0).map((text) => text.block.font.size);
  return Math.min(...sizes, ...(hasBadges ? [FONTS.badge.size] : []));
}

/** Splits `length` units into `count` windows of `window` units that overlap by `overlap`. */
function windows(length: number, window: number, overlap: number): number[] {
  if (length <= window) return [0];
  const step = window - overlap;
  const count = Math.ceil((length - overlap) / step);
  return Array.from({ length: count }, (_, i) => Math.min(i * step, length - window));
}

/** Plans the pages of one map: scale, fit and the tiles, never printing text under 8 pt. */
export function planMapPages(geometry: MapGeometry, options: PdfPageOptions, reservedHeight = 0): MapPagePlan {
  const [pageWidth, pageHeight] = pageSize(options.paper, options.orientation);
  const areaWidth = pageWidth - 2 * PAGE_MARGIN;
  const areaHeight = pageHeight - 2 * PAGE_MARGIN - reservedHeight;
  const smallest = smallestFontSize(geometry);
  const readable = MIN_TEXT_PT / smallest;
  const byFit: Record<PdfFit, number> = {
    page: Math.min(areaWidth / geometry.width, areaHeight / geometry.height),
    width: areaWidth / geometry.width,
    // Never enlarge beyond print size (1 px = 0.75 pt) when the readable scale is smaller.
    poster: Math.max(readable, Math.min(0.75, areaWidth / geometry.width)),
  };
  let fit = options.fit;
  let scale = byFit[fit];
  let notice: string | undefined;
  if (scale * smallest < MIN_TEXT_PT - 1e-9) {
    notice = `fit ${fit} would print text at ${(scale * smallest).toFixed(1)} pt; tiled as a poster at ${MIN_TEXT_PT} pt instead`;
    fit = 'poster';
    scale = byFit.poster;
  }
  const overlap = fit === 'page' ? 0 : TILE_OVERLAP / scale;
  const xs = fit === 'width' ? [0] : windows(geometry.width, areaWidth / scale, overlap);
  const ys = fit === 'page' ? [0] : windows(geometry.height, areaHeight / scale, overlap);
  const tileWidth = Math.min(geometry.width, areaWidth / scale);
  const tileHeight = Math.min(geometry.height, areaHeight / scale);
  const tiles = ys.flatMap((y, row) => xs.map((x, column) => ({ x, y, width: tileWidth, height: tileHeight, row, column })));
  return { scale, fit, notice, rows: ys.length, columns: xs.length, tiles, smallestTextPt: scale * smallest };
}

/** "B3": the tile's label, a letter per row and a number per column, as on a map sheet. */
export function tileLabel(tile: Pick<MapTile, 'row' | 'column'>): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const row = tile.row < 26 ? letters[tile.row]! : `${letters[Math.floor(tile.row / 26) - 1]}${letters[tile.row % 26]}`;
  return `${row}${tile.column + 1}`;
}
