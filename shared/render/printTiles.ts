/**
 * How the HTML report prints a diagram: never shrunk until its smallest text drops under 8 pt.
 * A diagram too large for the page at that scale is printed as a poster of page-sized tiles, each
 * an `<svg>` window onto the one inline diagram (through `<use>`), so its content is not copied.
 */
import { escapeXml } from './xmlWriter';

export type Orientation = 'landscape' | 'portrait';
export type PrintPaper = 'A4' | 'A3' | 'Letter' | 'auto';

/** The smallest text on paper, in pt. */
export const MIN_PRINT_TEXT_PT = 8;
/** The report's page margin, in mm. */
export const PAGE_MARGIN_MM = 14;
/** One CSS px is 0.75 pt on paper. */
const PT_PER_PX = 0.75;
/** Tiles overlap so a box cut at a seam is whole on one of them. */
const TILE_OVERLAP_PX = 24;
/** Room under each tile for its caption line. */
const TILE_CAPTION_PX = 28;
/** A small diagram may be enlarged to fill the page, but not beyond this. */
const MAX_ENLARGEMENT = 1.25;

const PAPER_MM: Readonly<Record<Exclude<PrintPaper, 'auto'>, readonly [number, number]>> = { A4: [210, 297], A3: [297, 420], Letter: [215.9, 279.4] };

/** The printable box of a page in CSS px; `auto` takes the smaller of A4 and Letter on each side. */
export function printableArea(paper: PrintPaper, orientation: Orientation): { width: number; height: number } {
  const sizes = paper === 'auto' ? [PAPER_MM.A4, PAPER_MM.Letter] : [PAPER_MM[paper]];
  const px = (mm: number): number => ((mm - 2 * PAGE_MARGIN_MM) / 25.4) * 96;
  const sides = sizes.map(([short, long]): [number, number] => (orientation === 'landscape' ? [long, short] : [short, long]));
  return { width: px(Math.min(...sides.map(([w]) => w))), height: px(Math.min(...sides.map(([, h]) => h))) };
}

/** The smallest `font-size` an SVG declares (in its own units), or undefined when it has none. */
export function smallestFontSize(svg: string): number | undefined {
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
  return sizes.length > 0 ? Math.min(...sizes) : undefined;
}

export interface PrintPlan {
  /** CSS px per diagram unit. */
  readonly scale: number;
  readonly columns: number;
  readonly rows: number;
  /** One tile's window in diagram units. */
  readonly tileWidth: number;
  readonly tileHeight: number;
  /** Step between tile origins in diagram units (a tile less the overlap). */
  readonly stepX: number;
  readonly stepY: number;
}

/** The scale and tiles a `width` × `height` diagram whose smallest text is `minFont` units prints with. */
export function planPrint(width: number, height: number, minFont: number, page: { width: number; height: number }): PrintPlan {
  const readable = MIN_PRINT_TEXT_PT / (minFont * PT_PER_PX);
  const room = { width: page.width, height: page.height - TILE_CAPTION_PX };
  const fit = Math.min(room.width / width, room.height / height);
  const scale = fit >= readable ? Math.min(fit, Math.max(readable, MAX_ENLARGEMENT)) : readable;
  const count = (size: number, roomSize: number): number => (size * scale <= roomSize ? 1 : Math.ceil((size * scale - TILE_OVERLAP_PX) / (roomSize - TILE_OVERLAP_PX)));
  const columns = count(width, room.width);
  const rows = count(height, room.height);
  const tileWidth = columns === 1 ? width : room.width / scale;
  const tileHeight = rows === 1 ? height : room.height / scale;
  return { scale, columns, rows, tileWidth, tileHeight, stepX: columns === 1 ? 0 : (width - tileWidth) / (columns - 1), stepY: rows === 1 ? 0 : (height - tileHeight) / (rows - 1) };
}

/** Wraps the content of an `<svg>` in a group with `id`, which the print tiles show through `<use>`. */
export function withContentId(svg: string, id: string): string {
  return svg.replace(/(<svg\b[^>]*>)/, `$1<g id="${escapeXml(id)}">`).replace(/<\/svg>\s*$/, '</g></svg>');
}

/** The print-only tiles of a diagram whose content group is `contentId`. */
export function printTilesHtml(svg: string, contentId: string, title: string, page: { width: number; height: number }): string {
  const size = /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  if (!size) return '';
  const [width, height] = [Number(size[1]), Number(size[2])];
  const plan = planPrint(width, height, smallestFontSize(svg) ?? MIN_PRINT_TEXT_PT / PT_PER_PX, page);
  const tiles: string[] = [];
  const total = plan.columns * plan.rows;
  for (let row = 0; row < plan.rows; row++) {
    for (let column = 0; column < plan.columns; column++) {
      const [x, y] = [column * plan.stepX, row * plan.stepY];
      const box = [x, y, plan.tileWidth, plan.tileHeight].map((n) => Math.round(n * 100) / 100).join(' ');
      const part = total === 1 ? `${title}: workflow diagram.` : `${title}: workflow diagram, part ${row * plan.columns + column + 1} of ${total} (row ${row + 1}, column ${column + 1}).`;
      tiles.push(
        `<div class="tile"><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="${Math.round(plan.tileWidth * plan.scale)}" height="${Math.round(plan.tileHeight * plan.scale)}" viewBox="${box}"><use href="#${escapeXml(contentId)}"/></svg><p class="tile-caption">${escapeXml(part)}</p></div>`,
      );
    }
  }
  return `<div class="print-tiles" data-scale="${Math.round(plan.scale * 1000) / 1000}">\n${tiles.join('\n')}\n</div>`;
}
