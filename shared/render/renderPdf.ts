/**
 * The PDF export: each map on its own page (or tiled over several as a poster, so that no text is
 * printed under 8 pt) followed by its activity and handoff tables; several maps make one report
 * with a contents page. Pure: the host hands over a pdfkit document with the DejaVu faces
 * registered (see `PdfDocumentHandle`), so the same code runs in the CLI and in the page.
 */
import type { MapGeometry } from '../layout/geometry';
import type { NameResolver } from '../layout/layoutGraph';
import type { ProcessMap } from '../model/schema';
import { DIAGRAM_COLORS } from './diagramColors';
import { drawPdfMap } from './drawPdfMap';
import { activityTable, handoffTable } from './pdfDescriptions';
import type { MapPagePlan, MapTile, PdfPageOptions } from './pdfPages';
import { PAGE_MARGIN, pageSize, planMapPages, tileLabel } from './pdfPages';
import type { PdfSurface } from './pdfSurface';
import { drawTextLine } from './pdfSurface';
import { BODY_FONT, PageFlow } from './pdfTables';

export interface PdfMap {
  readonly map: ProcessMap;
  readonly geometry: MapGeometry;
  readonly names?: NameResolver;
}

export interface PdfReport {
  /** Per map, in order: how its drawing was put on pages. */
  readonly plans: readonly MapPagePlan[];
  /** Changes from what was asked for (a fit switched to poster), for the user. */
  readonly notices: readonly string[];
}

const TICK = 10;

/** "PC: Prepare/Sustain/Improve": the map's title, led by its id unless the title already starts with it. */
function mapHeading(map: ProcessMap): string {
  return map.title.startsWith(map.id) ? map.title : `${map.id}: ${map.title}`;
}

/** Marks where a neighbouring sheet's picture begins, in the margins, so that sheets can be overlapped and glued. */
function drawOverlapMarks(surface: PdfSurface, plan: MapPagePlan, tile: MapTile, page: readonly [number, number]): void {
  const [width, height] = page;
  const right = plan.tiles.find((t) => t.row === tile.row && t.column === tile.column + 1);
  const below = plan.tiles.find((t) => t.row === tile.row + 1 && t.column === tile.column);
  surface.lineWidth(0.5);
  surface.strokeColor(DIAGRAM_COLORS.muted);
  if (right) {
    const x = PAGE_MARGIN + (right.x - tile.x) * plan.scale;
    for (const [y0, y1] of [[PAGE_MARGIN - TICK, PAGE_MARGIN - 2], [height - PAGE_MARGIN + 2, height - PAGE_MARGIN + TICK]] as const) {
      surface.moveTo(x, y0);
      surface.lineTo(x, y1);
      surface.stroke();
    }
    drawTextLine(surface, `${tileLabel(right)} →`, width - PAGE_MARGIN, height - PAGE_MARGIN + TICK, BODY_FONT, 'end', DIAGRAM_COLORS.muted);
  }
  if (below) {
    const y = PAGE_MARGIN + (below.y - tile.y) * plan.scale;
    for (const [x0, x1] of [[PAGE_MARGIN - TICK, PAGE_MARGIN - 2], [width - PAGE_MARGIN + 2, width - PAGE_MARGIN + TICK]] as const) {
      surface.moveTo(x0, y);
      surface.lineTo(x1, y);
      surface.stroke();
    }
    drawTextLine(surface, `↓ ${tileLabel(below)}`, PAGE_MARGIN, height - PAGE_MARGIN + TICK, BODY_FONT, 'start', DIAGRAM_COLORS.muted);
  }
}

/** Draws a map's sheets: the page label and notice in the top margin, the clipped picture in the page area. */
function drawMapPages(surface: PdfSurface, flow: PageFlow, entry: PdfMap, plan: MapPagePlan, options: PdfPageOptions): void {
  const page = pageSize(options.paper, options.orientation);
  const last = tileLabel(plan.tiles.at(-1)!);
  for (const tile of plan.tiles) {
    flow.newPage();
    const sheet = plan.tiles.length > 1 ? ` · sheet ${tileLabel(tile)} of A1–${last} (${plan.rows} rows × ${plan.columns} columns)` : '';
    const label = `${mapHeading(entry.map)}${sheet}`;
    drawTextLine(surface, label, PAGE_MARGIN, PAGE_MARGIN / 2 - 12, BODY_FONT, 'start', DIAGRAM_COLORS.ink);
    if (plan.notice && tile === plan.tiles[0]) drawTextLine(surface, `Printed as a poster: ${plan.notice}.`, PAGE_MARGIN, PAGE_MARGIN / 2, BODY_FONT, 'start', DIAGRAM_COLORS.muted);
    surface.save();
    surface.rect(PAGE_MARGIN, PAGE_MARGIN, tile.width * plan.scale, tile.height * plan.scale);
    surface.clip();
    surface.translate(PAGE_MARGIN - tile.x * plan.scale, PAGE_MARGIN - tile.y * plan.scale);
    surface.scale(plan.scale);
    drawPdfMap(surface, entry.geometry);
    surface.restore();
    if (plan.tiles.length > 1) drawOverlapMarks(surface, plan, tile, page);
  }
}

interface SectionPages {
  readonly map: number;
  readonly descriptions: number;
  readonly handoffs: number | undefined;
}

function drawReport(surface: PdfSurface, maps: readonly PdfMap[], plans: readonly MapPagePlan[], options: PdfPageOptions, contents: readonly SectionPages[] | undefined): SectionPages[] {
  const flow = new PageFlow(surface, options);
  if (maps.length > 1) {
    flow.heading('Process maps', 18);
    flow.heading('Contents', 13);
    maps.forEach((entry, i) => {
      const at = contents?.[i];
      flow.entry(mapHeading(entry.map), at ? `${at.map}` : '');
      flow.entry(`      Activities`, at ? `${at.descriptions}` : '');
      if (Object.keys(entry.map.handoffs ?? {}).length > 0) flow.entry(`      Handoffs`, at?.handoffs ? `${at.handoffs}` : '');
    });
  }
  return maps.map((entry, i) => {
    const map = flow.page + 1;
    drawMapPages(surface, flow, entry, plans[i]!, options);
    flow.newPage();
    const descriptions = flow.page;
    flow.heading(mapHeading(entry.map), 14);
    if (entry.map.summary) flow.paragraph(entry.map.summary);
    flow.table(activityTable(entry.map, entry.names));
    const handoffs = handoffTable(entry.map, entry.names);
    const handoffPage = handoffs.rows.length > 0 ? flow.page : undefined;
    flow.table(handoffs);
    return { map, descriptions, handoffs: handoffPage };
  });
}

/** A surface that draws nothing: the first pass, which finds the page of every section for the contents. */
function countingSurface(): PdfSurface {
  const ignore = (): undefined => undefined;
  return { addPage: ignore, font: ignore, fontSize: ignore, fillColor: ignore, strokeColor: ignore, lineWidth: ignore, dash: ignore, undash: ignore, text: ignore, rect: ignore, roundedRect: ignore, circle: ignore, moveTo: ignore, lineTo: ignore, closePath: ignore, fill: ignore, stroke: ignore, fillAndStroke: ignore, clip: ignore, save: ignore, restore: ignore, translate: ignore, scale: ignore };
}

/** Draws the maps onto `surface` (a fresh document) and says how each was put on pages. */
export function renderPdf(surface: PdfSurface, maps: readonly PdfMap[], options: PdfPageOptions): PdfReport {
  if (maps.length === 0) throw new Error('a PDF needs at least one map');
  const plans = maps.map((entry) => planMapPages(entry.geometry, options));
  const counted = maps.length > 1 ? drawReport(countingSurface(), maps, plans, options, undefined) : undefined;
  drawReport(surface, maps, plans, options, counted);
  const notices = plans.flatMap((plan, i) => (plan.notice ? [`${maps[i]!.map.id}: ${plan.notice}`] : []));
  return { plans, notices };
}
