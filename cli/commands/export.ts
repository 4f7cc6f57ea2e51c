/** `swimlane export`: maps (files or a folder) to SVG, PNG or one self-contained HTML report. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportBpmn } from '../../shared/bpmn/exportBpmn';
import { layoutMap } from '../../shared/layout/layoutMap';
import { renderPng } from '../../shared/node/renderPng';
import { renderReport } from '../../shared/render/renderReport';
import { renderSvg } from '../../shared/render/renderSvg';
import { EXIT } from '../io';
import type { CommandIo, CommandSpec } from '../io';
import { loadMapsToDraw } from '../mapsToDraw';
import type { MapToDraw } from '../mapsToDraw';
import type { MapGeometry } from '../../shared/layout/geometry';

const FORMATS = ['svg', 'png', 'html', 'bpmn'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: swimlane export <map|folder>... --format svg|png|html|bpmn [-o <out>] [--scale <n>]

Lays out each map and writes it as SVG, PNG or an HTML process report (diagram, walk-through per
actor, workflow description, triggers and handoffs; one file for all maps).

Options:
  --format <svg|png|html|bpmn>  output format (required); bpmn is BPMN 2.0 XML with DI
  -o, --output <path>      output file (one map, or html) or folder (several maps as svg/png);
                           "-" writes svg or html to standard output
                           default: <name>.<format> in the working folder, or <folder>-<format>/
  --scale <n>              PNG pixels per diagram unit (default 2)
  --paper <A4|Letter|auto> page size when printing the HTML report (default auto)
  -h, --help               show this help

Exit codes: 0 written, 1 a map could not be exported, 2 usage or unreadable input.`;

function stem(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const format = values.format as Format | undefined;
  if (!format || !FORMATS.includes(format)) {
    io.stderr(`swimlane export: --format must be svg, png or html, or bpmn (BPMN 2.0 XML)\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const scale = values.scale === undefined ? 2 : Number(values.scale);
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 16)) {
    io.stderr(`swimlane export: --scale takes a number above 0 and at most 16, not "${values.scale}"\n`);
    return EXIT.usage;
  }
  const paper = values.paper === undefined ? 'auto' : values.paper === 'a4' ? 'A4' : values.paper === 'letter' ? 'Letter' : values.paper;
  if (paper !== 'A4' && paper !== 'Letter' && paper !== 'auto') {
    io.stderr(`swimlane export: --paper takes A4, Letter or auto, not "${values.paper}"\n`);
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.stderr(`swimlane export: name a map file or folder\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (values.output === '-' && format === 'png') {
    io.stderr('swimlane export: PNG cannot be written to standard output; name a file with -o\n');
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
    const svg = renderSvg(entry.map, geometry, { idPrefix: format === 'html' ? `map${i + 1}` : 'swl' });
    rendered.push({ ...entry, geometry, svg });
  }

  const write = async (file: string, data: string | Uint8Array): Promise<void> => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    io.stdout(`wrote ${path.relative(cwd, file) || file}\n`);
  };
  if (format === 'html') {
    const html = renderReport(rendered, { paper });
    if (values.output === '-') io.stdout(html);
    else await write(path.resolve(cwd, values.output ?? `${single ? stem(rendered[0]!.file) : path.basename(path.resolve(cwd, firstInput))}.html`), html);
    return failed ? EXIT.findings : EXIT.ok;
  }
  const fileText = async (entry: MapToDraw & { geometry: MapGeometry; svg: string }): Promise<string | Uint8Array> =>
    format === 'bpmn' ? exportBpmn(entry.map, entry.geometry, (id) => entry.names.actorName?.(id)) : format === 'svg' ? entry.svg : renderPng(entry.svg, { scale });
  if (single && values.output === '-') {
    io.stdout((await fileText(rendered[0]!)) as string);
    return failed ? EXIT.findings : EXIT.ok;
  }
  const outDir = single ? undefined : path.resolve(cwd, values.output ?? `${path.basename(path.resolve(cwd, firstInput))}-${format}`);
  for (const entry of rendered) {
    const file = outDir ? path.join(outDir, `${stem(entry.file)}.${format}`) : path.resolve(cwd, values.output ?? `${stem(entry.file)}.${format}`);
    await write(file, await fileText(entry));
  }
  return failed ? EXIT.findings : EXIT.ok;
}

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'write maps as SVG, PNG, BPMN 2.0 or an HTML process report',
  usage: USAGE,
  run,
};
