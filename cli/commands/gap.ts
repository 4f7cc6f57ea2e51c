/** `swimlane gap`: benchmark a tailored map against the reference map it derives from. */
import { parseArgs } from 'node:util';
import { loadWorkspace, unreadableLine } from '../../shared/node/loadWorkspace';
import { terminalSafe } from '../../shared/text/terminalSafe';
import { gapReport } from '../../shared/tailor/gapReport';
import type { GapItem } from '../../shared/tailor/gapReport';
import { formatGapJson, formatGapMarkdown, formatGapText } from '../../shared/tailor/formatGap';
import { referenceMapOf } from '../../shared/workspace/workspace';
import type { ParsedMap } from '../../shared/yaml/parseMap';
import { rangeOfPath } from '../../shared/yaml/sourceTree';
import { formatIssuesHuman } from '../issueFormats';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';

/** `file:line:col` of an element path in a parsed file (the deepest part of the path that exists). */
export function locate(parsed: ParsedMap, path: readonly (string | number)[]): string {
  if (!parsed.tree) return parsed.file;
  const range = rangeOfPath(parsed.tree, path);
  return `${parsed.file}:${range.line}:${range.column}`;
}

export const gapCommand: CommandSpec = {
  name: 'gap',
  summary: 'compare a tailored map with its reference: missing, added, changed, weak handoffs',
  usage: `Usage: swimlane gap [options] <map>...

Benchmarks each tailored (as-is or to-be) map against the reference map named in its derivedFrom:
reference activities, flows, triggers and handoffs it lacks (with the reason recorded under
deviations, if any), what it adds, what it changes (renamed, rewired, condition or label changed),
handoffs between organisation units without a written procedure, activities nobody performs, and
key roles of the reference that no lane covers. Each item names the element and its file:line.

Options:
  --format <text|json|markdown>  output format (default: text)
  --strict                       exit 1 on warnings too (default: on errors only)
  -h, --help                     show this help

Exit codes: 0 no errors, 1 errors (activities nobody performs; with --strict also warnings),
2 usage, unreadable input, or a map without a loadable reference.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (!['text', 'json', 'markdown'].includes(values.format!)) {
      io.stderr(`swimlane gap: unknown --format "${values.format}" (text, json or markdown)\n`);
      return EXIT.usage;
    }
    if (positionals.length === 0) {
      io.stderr(`swimlane gap: name at least one tailored map\n\n${this.usage}\n`);
      return EXIT.usage;
    }
    const loaded = await loadWorkspace(positionals, io.cwd ?? process.cwd());
    for (const entry of loaded.unreadable) io.stderr(terminalSafe(`${unreadableLine(entry)}\n`));
    if (loaded.unreadable.length > 0) return EXIT.usage;
    let exit: number = EXIT.ok;
    const outputs: string[] = [];
    for (const parsed of loaded.targets) {
      if (!parsed.value) {
        io.stderr(formatIssuesHuman(parsed.issues, 1));
        exit = EXIT.usage;
        continue;
      }
      const reference = referenceMapOf(loaded.workspace, parsed);
      if (!parsed.value.derivedFrom || !reference?.value) {
        io.stderr(`${parsed.file}: ${parsed.value.derivedFrom ? `its reference "${parsed.value.derivedFrom.path ?? parsed.value.derivedFrom.map}" could not be loaded` : 'has no derivedFrom: it is not a tailored map'}\n`);
        exit = EXIT.usage;
        continue;
      }
      const report = gapReport(parsed.value, reference.value, loaded.workspace);
      const where = (item: GapItem): string => locate(item.side === 'tailored' ? parsed : reference, item.path);
      outputs.push(values.format === 'json' ? formatGapJson(report, where) : values.format === 'markdown' ? formatGapMarkdown(report, where) : formatGapText(report, where));
      const failing = report.items.filter((item) => item.severity === 'error' || (values.strict && item.severity === 'warning'));
      if (failing.length > 0 && exit === EXIT.ok) exit = EXIT.findings;
    }
    if (values.format === 'json' && outputs.length > 1) io.stdout(`[\n${outputs.map((output) => output.trimEnd()).join(',\n')}\n]\n`);
    else io.stdout(outputs.join('\n'));
    return exit;
  },
};
