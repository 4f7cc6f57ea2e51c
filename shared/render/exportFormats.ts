/**
 * The export formats, listed once: the CLI (`swimlane export --format`), the editor's export
 * dialog and its toolbar all read this table. A new format is one entry here plus its renderer.
 *
 * Renderers stay pure: what only a host can do (rasterising an SVG: resvg under Node, a canvas in
 * the page) comes in through `ExportHost`, so this file imports nothing from Node or the DOM.
 */
import { exportBpmn } from '../bpmn/exportBpmn';
import type { MapGeometry } from '../layout/geometry';
import type { NameResolver } from '../layout/layoutGraph';
import type { ProcessMap } from '../model/schema';
import type { PdfFit, PdfOrientation } from './pdfPages';
import type { PdfDocumentHandle, PdfDocumentInfo } from './pdfSurface';
import { renderPdf } from './renderPdf';
import { renderReport } from './renderReport';

/** One laid-out map with its SVG (from `renderSvg`; with a unique `idPrefix` when maps share a file). */
export interface MapDrawing {
  readonly map: ProcessMap;
  readonly geometry: MapGeometry;
  readonly svg: string;
  /** Names of actors from the folder's catalogue, for formats that write lane names (BPMN). */
  readonly names?: NameResolver;
}

export type Paper = 'A4' | 'A3' | 'Letter' | 'auto';

/** What a renderer may ask of the place it runs in. */
export interface ExportHost {
  /** PNG bytes of `svg` (of `width` × `height` units) drawn at `scale` pixels per unit on white. */
  readonly rasterise: (svg: string, width: number, height: number, scale: number) => Uint8Array | Promise<Uint8Array>;
  /** A new PDF document with the bundled fonts registered (pdfkit under Node, its browser build in the page). */
  readonly createPdf?: (info: PdfDocumentInfo) => PdfDocumentHandle | Promise<PdfDocumentHandle>;
  /** Tells the user about a change from what was asked for (a fit that became a poster). */
  readonly notify?: (message: string) => void;
}

export interface ExportOptions {
  /** Pixels per diagram unit for raster formats (default 2). */
  readonly scale?: number;
  /** Page size when the output is printed (default auto; A4 for PDF). */
  readonly paper?: Paper;
  /** PDF page orientation (default landscape). */
  readonly orientation?: PdfOrientation;
  /** How a map is put on PDF pages (default page; poster whenever text would print under 8 pt). */
  readonly fit?: PdfFit;
}

export interface ExportFormat {
  /** The value of `--format` and the key of the format everywhere. */
  readonly id: string;
  /** Short name on buttons and in messages. */
  readonly label: string;
  /** One line for the export dialog. */
  readonly description: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  /** Binary output cannot go to standard output. */
  readonly isBinary: boolean;
  /** One file holds every map given (a report); otherwise one file per map. */
  readonly isOneFileForAllMaps: boolean;
  /** The renderer runs only under Node (CLI, main process), never in the page. */
  readonly needsNode: boolean;
  /** The file's content for `drawings` (exactly one unless `isOneFileForAllMaps`). */
  readonly render: (drawings: readonly MapDrawing[], host: ExportHost, options: ExportOptions) => string | Uint8Array | Promise<string | Uint8Array>;
}

function only(drawings: readonly MapDrawing[]): MapDrawing {
  if (drawings.length !== 1) throw new Error(`this format draws one map per file, not ${drawings.length}`);
  return drawings[0]!;
}

export const EXPORT_FORMATS = [
  {
    id: 'svg',
    label: 'SVG',
    description: 'the diagram as a vector drawing, for documents and the web',
    extension: 'svg',
    mimeType: 'image/svg+xml',
    isBinary: false,
    isOneFileForAllMaps: false,
    needsNode: false,
    render: (drawings) => only(drawings).svg,
  },
  {
    id: 'png',
    label: 'PNG',
    description: 'the diagram as a picture at twice the screen size',
    extension: 'png',
    mimeType: 'image/png',
    isBinary: true,
    isOneFileForAllMaps: false,
    needsNode: false,
    render: (drawings, host, options) => {
      const { svg, geometry } = only(drawings);
      return host.rasterise(svg, geometry.width, geometry.height, options.scale ?? 2);
    },
  },
  {
    id: 'html',
    label: 'HTML',
    description: 'the process report: diagram, walk-through and description tables in one page',
    extension: 'html',
    mimeType: 'text/html',
    isBinary: false,
    isOneFileForAllMaps: true,
    needsNode: false,
    // The report's print CSS knows A4 and Letter; A3 is left to the print dialog.
    render: (drawings, _host, options) => renderReport(drawings, { paper: options.paper === 'A3' ? 'auto' : (options.paper ?? 'auto') }),
  },
  {
    id: 'bpmn',
    label: 'BPMN',
    description: 'BPMN 2.0 XML with diagram layout, for Camunda, Signavio, bpmn.io and other BPMN tools',
    extension: 'bpmn',
    mimeType: 'application/xml',
    isBinary: false,
    isOneFileForAllMaps: false,
    needsNode: false,
    render: (drawings) => {
      const { map, geometry, names } = only(drawings);
      return exportBpmn(map, geometry, (id) => names?.actorName?.(id));
    },
  },
  {
    id: 'pdf',
    label: 'PDF',
    description: 'the maps for print: vector pages with embedded fonts, text never under 8 pt, with description tables',
    extension: 'pdf',
    mimeType: 'application/pdf',
    isBinary: true,
    isOneFileForAllMaps: true,
    needsNode: false,
    render: async (drawings, host, options) => {
      if (!host.createPdf) throw new Error('PDF export is not available here: the host cannot create PDF documents');
      const title = drawings.length === 1 ? drawings[0]!.map.title : 'Process maps';
      const document = await host.createPdf({ title });
      const paper = options.paper === undefined || options.paper === 'auto' ? 'A4' : options.paper;
      const report = renderPdf(document.surface, drawings, { paper, orientation: options.orientation ?? 'landscape', fit: options.fit ?? 'page' });
      for (const notice of report.notices) host.notify?.(notice);
      return document.finish();
    },
  },
] as const satisfies readonly ExportFormat[];

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

/** The format with this id, or undefined (for input from a user). */
export function findExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/** "svg, png or html" (or by `label`: "SVG, PNG or HTML"): the formats for help and error messages. */
export function exportFormatChoices(field: 'id' | 'label' = 'id'): string {
  const words = EXPORT_FORMATS.map((format) => format[field]);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
