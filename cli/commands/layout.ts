/** `swimlane layout --check`: lays maps out and prints layout quality figures; overlaps fail. */
import { parseArgs } from 'node:util';
import { layoutMap } from '../../shared/layout/layoutMap';
import { measureLayoutQuality } from '../../shared/layout/layoutQuality';
import type { LayoutQuality } from '../../shared/layout/layoutQuality';
import { EXIT } from '../io';
import type { CommandIo, CommandSpec } from '../io';
import { loadMapsToDraw } from '../mapsToDraw';

const USAGE = `Usage: swimlane layout --check [--json] <map|folder>...

Lays out each map and prints its layout quality: crossings, bends, boxes outside their lane,
lines through boxes, label overlaps and box overlaps. Any overlap is a failure.

Options:
  --check      lay out and report (required)
  --json       print the figures as JSON
  -h, --help   show this help

Exit codes: 0 no overlaps, 1 some overlap, 2 usage or unreadable input.`;

/** Overlap counts that must be zero. */
export function overlapCount(quality: LayoutQuality): number {
  return quality.nodesOutsideLane + quality.segmentsThroughNodes + quality.labelOverlaps + quality.nodeOverlaps;
}

/** Runs `swimlane layout`; returns the exit code. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (!values.check || positionals.length === 0) {
    io.stderr(`swimlane layout: use --check and name at least one map file or folder\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { maps, failed } = await loadMapsToDraw(positionals, io);
  const results: { file: string; quality: LayoutQuality }[] = [];
  for (const entry of maps) results.push({ file: entry.file, quality: measureLayoutQuality(await layoutMap(entry.map, entry.names)) });
  if (values.json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const head = ['map', 'nodes', 'flows', 'crossings', 'bends', 'outside lane', 'through boxes', 'label overlaps', 'box overlaps'];
    const rows = results.map(({ file, quality: q }) => [file, q.nodes, q.edges, q.crossings, q.bends, q.nodesOutsideLane, q.segmentsThroughNodes, q.labelOverlaps, q.nodeOverlaps].map(String));
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    io.stdout(`${[line(head), ...rows.map(line)].join('\n')}\n`);
    const bad = results.filter((r) => overlapCount(r.quality) > 0);
    io.stdout(bad.length === 0 ? `${results.length} map(s), no overlaps\n` : `${bad.length} of ${results.length} map(s) have overlaps\n`);
  }
  if (failed) return EXIT.usage;
  return results.some((r) => overlapCount(r.quality) > 0) ? EXIT.findings : EXIT.ok;
}

export const layoutCommand: CommandSpec = {
  name: 'layout',
  summary: 'lay maps out and report layout quality (--check)',
  usage: USAGE,
  run,
};
