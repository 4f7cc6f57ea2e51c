/** `swimlane export`: maps (files or a folder) to SVG, PNG, BPMN, or one HTML or PDF report. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { layoutMap } from '../../shared/layout/layoutMap';
import { createPdfDocument } from '../../shared/node/pdfDocument';
import { renderPng } from '../../shared/node/renderPng';
import { EXPORT_FORMATS, exportFormatChoices, findExportFormat } from '../../shared/render/exportFormats';
import type { ExportHost } from '../../shared/render/exportFormats';
import { PDF_FITS, PDF_ORIENTATIONS } from '../../shared/render/pdfPages';
import type { PdfFit, PdfOrientation } from '../../shared/render/pdfPages';
import { renderSvg } from '../../shared/render/renderSvg';
import { EXIT } from '../io';
import type { CommandIo, CommandSpec } from '../io';
import { loadMapsToDraw } from '../mapsToDraw';

const FORMAT_IDS = EXPORT_FORMATS.map((format) => format.id).join('|');
const FORMAT_LINES = EXPORT_FORMATS.map((format) => `  ${format.id.padEnd(23)}  ${format.description}`).join('\n');

const USAGE = `Usage: swimlane export <map|folder>... --format ${FORMAT_IDS} [-o <out>] [--scale <n>]

Lays out each map and writes it in one of these formats (a report holds all maps in one file):
${FORMAT_LINES}

Options:
  --format <${FORMAT_IDS}>  output format (required)
  -o, --output <path>      output file (one map, or a report) or folder (several maps, one file each);
                           "-" writes a text format to standard output
                           default: <name>.<format> in the working folder, or <folder>-<format>/
  --scale <n>              PNG pixels per diagram unit (default 2)
  --paper <A4|A3|Letter|auto>  page size of the PDF (default A4) and of the printed HTML report
                           (default auto: the print dialog's)
  --orientation <landscape|portrait>  PDF page orientation (default landscape)
  --fit <page|width|poster>  PDF: the whole map on one page (default), across the page width and
                           down several pages, or tiled at a readable scale with overlap marks;
                           a fit that would print text under 8 pt becomes a poster, and says so
  -h, --help               show this help

Exit codes: 0 written, 1 a map could not be exported, 2 usage or unreadable input.`;

function stem(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

/** The first two inputs planned to be written to one output file, if any. */
function findOutputClash(planned: ReadonlyArray<{ entry: { file: string }; file: string }>): { first: string; second: string; file: string } | undefined {
  const inputByOutput = new Map<string, string>();
  for (const { entry, file } of planned) {
    const first = inputByOutput.get(file);
    if (first !== undefined) return { first, second: entry.file, file };
    inputByOutput.set(file, entry.file);
  }
  return undefined;
}

/** Runs `swimlane export`; returns the exit code. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      scale: { type: 'string' },
      paper: { type: 'string' },
      orientation: { type: 'string' },
      fit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const format = values.format === undefined ? undefined : findExportFormat(values.format);
  if (!format) {
    io.stderr(`swimlane export: --format must be ${exportFormatChoices()}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const scale = values.scale === undefined ? 2 : Number(values.scale);
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 16)) {
    io.stderr(`swimlane export: --scale takes a number above 0 and at most 16, not "${values.scale}"\n`);
    return EXIT.usage;
  }
  const paper = values.paper === undefined ? 'auto' : (['A4', 'A3', 'Letter', 'auto'] as const).find((name) => name.toLowerCase() === values.paper!.toLowerCase());
  if (paper === undefined) {
    io.stderr(`swimlane export: --paper takes A4, A3, Letter or auto, not "${values.paper}"\n`);
    return EXIT.usage;
  }
  const orientation = (values.orientation ?? 'landscape') as PdfOrientation;
  if (!PDF_ORIENTATIONS.includes(orientation)) {
    io.stderr(`swimlane export: --orientation takes landscape or portrait, not "${values.orientation}"\n`);
    return EXIT.usage;
  }
  const fit = (values.fit ?? 'page') as PdfFit;
  if (!PDF_FITS.includes(fit)) {
    io.stderr(`swimlane export: --fit takes page, width or poster, not "${values.fit}"\n`);
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.stderr(`swimlane export: name a map file or folder\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (values.output === '-' && format.isBinary) {
    io.stderr(`swimlane export: ${format.label} cannot be written to standard output; name a file with -o\n`);
    return EXIT.usage;
  }
  const cwd = io.cwd ?? process.cwd();
  const { maps, failed } = await loadMapsToDraw(positionals, io);
  if (maps.length === 0) {
    io.stderr('swimlane export: no map to export\n');
    return failed ? EXIT.usage : EXIT.findings;
  }
  const single = maps.length === 1;
  const firstInput = positionals[0]!;
  const rendered = [];
  for (const [i, entry] of maps.entries()) {
    const geometry = await layoutMap(entry.map, entry.names);
    const svg = renderSvg(entry.map, geometry, { idPrefix: format.isOneFileForAllMaps ? `map${i + 1}` : 'swl' });
    rendered.push({ ...entry, geometry, svg });
  }

  const write = async (file: string, data: string | Uint8Array): Promise<void> => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    io.stdout(`wrote ${path.relative(cwd, file) || file}\n`);
  };
  const host: ExportHost = {
    rasterise: (svg, _width, _height, pixels) => renderPng(svg, { scale: pixels }),
    createPdf: createPdfDocument,
    notify: (message) => io.stderr(`swimlane export: ${message}\n`),
  };
  const options = { scale, paper, orientation, fit } as const;
  const toStdout = values.output === '-';
  if (format.isOneFileForAllMaps || (single && toStdout)) {
    const data = await format.render(rendered, host, options);
    if (toStdout) io.stdout(typeof data === 'string' ? data : new TextDecoder().decode(data));
    else await write(path.resolve(cwd, values.output ?? `${single ? stem(rendered[0]!.file) : path.basename(path.resolve(cwd, firstInput))}.${format.extension}`), data);
    return failed ? EXIT.findings : EXIT.ok;
  }
  const outDir = single ? undefined : path.resolve(cwd, values.output ?? `${path.basename(path.resolve(cwd, firstInput))}-${format.id}`);
  const planned = rendered.map((entry) => ({
    entry,
    file: outDir ? path.join(outDir, `${stem(entry.file)}.${format.extension}`) : path.resolve(cwd, values.output ?? `${stem(entry.file)}.${format.extension}`),
  }));
  // Two maps with one name would land in one file, the second silently replacing the first.
  const clash = findOutputClash(planned);
  if (clash) {
    io.stderr(`swimlane export: ${clash.first} and ${clash.second} would both be written to ${path.relative(cwd, clash.file) || clash.file}; export them separately or rename one\n`);
    return EXIT.usage;
  }
  for (const { entry, file } of planned) await write(file, await format.render([entry], host, options));
  return failed ? EXIT.findings : EXIT.ok;
}

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: `write maps as ${exportFormatChoices('label')}`,
  usage: USAGE,
  run,
};
