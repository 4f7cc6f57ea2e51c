/** `swimlane matrix`: the responsibility (RACI) and lane × lane handoff matrices of maps. */
import { formatMatrixCsv, formatMatrixMarkdown, mapMatrices } from '../../shared/matrix/formatMatrix';
import { formatMatrixHtml } from '../../shared/render/renderMatrix';
import { defineCommand } from '../defineCommand';
import { EXIT } from '../io';
import { loadMapsToDraw } from '../mapsToDraw';

const FORMATTERS = { markdown: formatMatrixMarkdown, csv: formatMatrixCsv, html: formatMatrixHtml } as const;

export const matrixCommand = defineCommand({
  name: 'matrix',
  summary: 'print the RACI matrix (activities × actors) and the lane × lane handoff matrix',
  usage: `Usage: swimlane matrix [--format markdown|csv|html] <map|folder>...

For each map prints two tables, with actor and lane names from the map and the folder's actor
catalogue:
  responsibility (RACI)  one row per activity, one column per actor: R responsible (the actor of
                         the activity's lane), A accountable, C consulted, I informed (the
                         activity's accountable, consulted and informed lists)
  handoffs between lanes one row per sending lane, one column per receiving lane: how many flows
                         pass between them and the mechanisms of the handoffs describing them

Options:
  --format <f>  markdown (default), csv or html (a standalone page)
  -h, --help    show this help

Exit codes: 0 printed, 1 printed but some input could not be read or is not a valid map,
2 usage or no map to print.`,
  formats: ['markdown', 'csv', 'html'],
  options: {},
  async run({ values, positionals, io, fail }) {
    if (positionals.length === 0) return fail('name at least one map file or folder');
    const { maps, failed } = await loadMapsToDraw(positionals, io);
    if (maps.length === 0) {
      io.stderr('swimlane matrix: no map to print\n');
      return EXIT.usage;
    }
    const format = (values as { format?: string }).format as keyof typeof FORMATTERS;
    io.stdout(FORMATTERS[format](maps.map((entry) => mapMatrices(entry.map, entry.names))));
    return failed ? EXIT.findings : EXIT.ok;
  },
});
