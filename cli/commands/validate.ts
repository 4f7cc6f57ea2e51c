/** `swimlane validate`: checks maps against the schema and the rules, for people and for CI. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findMapFiles, loadWorkspace, unreadableLine } from '../../shared/node/loadWorkspace';
import { compareIssues } from '../../shared/model/issue';
import { findingsOf } from '../checkMaps';
import { formatIssuesCodeQuality, formatIssuesHuman, formatIssuesJson, formatIssuesSarif } from '../issueFormats';
import { EXIT } from '../io';
import type { CommandSpec } from '../io';
import { terminalSafe } from '../../shared/text/terminalSafe';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'check maps (files or folders) against the format and the rules',
  usage: `Usage: swimlane validate [options] <file|folder>...

Checks every map: YAML syntax, the format's schema, and the validation rules, with cross-map
references resolved against sibling maps. Rules are configured by swimlane.config.yaml files
found upward from each map.

Options:
  --format <human|json|sarif|codequality>
                               output format (default: human; sarif is SARIF 2.1.0,
                               codequality is GitLab's Code Quality report)
  --max-warnings <n>           exit 1 when there are more than n warnings
  --config <file>              use this config file instead of searching for one
  --quiet                      report errors only
  -h, --help                   show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or unreadable input.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'human' },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (!['human', 'json', 'sarif', 'codequality'].includes(values.format!)) {
      io.stderr(`swimlane validate: unknown --format "${values.format}" (human, json, sarif or codequality)\n`);
      return EXIT.usage;
    }
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
      io.stderr(`swimlane validate: --max-warnings takes a whole number, not "${values['max-warnings']}"\n`);
      return EXIT.usage;
    }
    if (positionals.length === 0) {
      io.stderr(`swimlane validate: name at least one map file or folder\n\n${this.usage}\n`);
      return EXIT.usage;
    }
    const cwd = io.cwd ?? process.cwd();
    for (const input of positionals) {
      const folder = path.resolve(cwd, input);
      const isFolder = await stat(folder).then((info) => info.isDirectory(), () => false);
      // A typo'd or empty folder in CI must fail, not pass with "0 maps checked".
      if (isFolder && (await findMapFiles(folder)).length === 0) {
        io.stderr(`swimlane validate: ${input}: no map files (*.yaml, *.yml) in this folder\n`);
        return EXIT.usage;
      }
    }
    const loaded = await loadWorkspace(positionals, cwd);
    for (const { file, reason } of loaded.skipped) io.stderr(terminalSafe(`${file}: skipped, ${reason}
`));
    if (loaded.unreadable.length > 0) {
      for (const entry of loaded.unreadable) io.stderr(terminalSafe(`${unreadableLine(entry)}\n`));
      return EXIT.usage;
    }
    const issues = await findingsOf(loaded, cwd, values.config);
    const shown = (values.quiet ? issues.filter((issue) => issue.severity === 'error') : issues).sort(compareIssues);
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const warnings = issues.filter((issue) => issue.severity === 'warning').length;
    const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings ? `${warnings} warnings exceed --max-warnings ${maxWarnings}` : undefined;
    const notes = { hidden: issues.length - shown.length, ...(tooManyWarnings ? { failure: tooManyWarnings } : {}) };
    const output =
      values.format === 'json' ? formatIssuesJson(shown) : values.format === 'sarif' ? formatIssuesSarif(shown, cwd) : values.format === 'codequality' ? formatIssuesCodeQuality(shown, cwd) : formatIssuesHuman(shown, loaded.targets.length, notes);
    io.stdout(output);
    if (errors > 0) return EXIT.findings;
    if (tooManyWarnings) {
      io.stderr(`swimlane validate: ${tooManyWarnings}\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};
