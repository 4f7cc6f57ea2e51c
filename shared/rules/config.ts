/**
 * Rule configuration (`swimlane.config.yaml`), shared by the CLI and the editor: presets via
 * `extends`, per-rule severity and options, and per-path overrides. Files are found by searching
 * upward from the map (shared/node/findConfig.ts); this module only merges what was found.
 */
import { z } from 'zod';
import type { Severity } from '../model/issue';
import { RULES_BY_ID } from './allRules';

export const CONFIG_FILE_NAME = 'swimlane.config.yaml';

const SeveritySetting = z.enum(['off', 'info', 'warn', 'warning', 'error']);
const RuleSetting = z.union([SeveritySetting, z.tuple([SeveritySetting, z.record(z.string(), z.unknown())])]);
const RuleSettings = z.record(z.string(), RuleSetting);

export const LintConfig = z.strictObject({
  /** Stop searching parent folders for more configuration. */
  root: z.boolean().optional(),
  /** Presets (`swimlane:recommended`, `swimlane:strict`) or paths of other config files, applied first. */
  extends: z.union([z.string(), z.array(z.string())]).optional(),
  rules: RuleSettings.optional(),
  overrides: z
    .array(z.strictObject({ files: z.array(z.string().min(1)).min(1), rules: RuleSettings }))
    .optional()
    .describe('Rules for files whose path (relative to this config file) matches one of the globs.'),
});
export type LintConfig = z.infer<typeof LintConfig>;

export const PRESETS: Readonly<Record<string, LintConfig>> = {
  'swimlane:recommended': {},
  'swimlane:strict': {
    rules: Object.fromEntries([...RULES_BY_ID.values()].map((rule) => [rule.id, 'error' as const])),
  },
};

/** One config file's content with the folder its relative globs and paths are read against. */
export interface ConfigLayer {
  readonly config: LintConfig;
  readonly folder: string;
  readonly file: string;
}

export interface EffectiveRule {
  readonly severity: Severity | 'off';
  readonly options: Readonly<Record<string, unknown>>;
}

function toSeverity(setting: z.infer<typeof SeveritySetting>): Severity | 'off' {
  return setting === 'warn' ? 'warning' : setting;
}

/**
 * The severity and options of every rule for `file`, from layers ordered farthest (applied first)
 * to nearest. Each layer's `extends` must already be expanded into earlier layers by the loader,
 * except presets, which are applied here.
 */
export function effectiveRules(layers: readonly ConfigLayer[], file: string): Map<string, EffectiveRule> {
  const result = new Map<string, EffectiveRule>();
  for (const rule of RULES_BY_ID.values()) {
    result.set(rule.id, { severity: rule.defaultSeverity, options: { ...(rule.defaultOptions ?? {}) } });
  }
  const apply = (settings: z.infer<typeof RuleSettings> | undefined): void => {
    for (const [ruleId, setting] of Object.entries(settings ?? {})) {
      const current = result.get(ruleId);
      if (!current) continue;
      if (typeof setting === 'string') result.set(ruleId, { ...current, severity: toSeverity(setting) });
      else result.set(ruleId, { severity: toSeverity(setting[0]), options: { ...current.options, ...setting[1] } });
    }
  };
  for (const layer of layers) {
    for (const preset of [layer.config.extends ?? []].flat()) apply(PRESETS[preset]?.rules);
    apply(layer.config.rules);
    const relative = relativeTo(layer.folder, file);
    for (const override of layer.config.overrides ?? []) {
      if (override.files.some((glob) => globToRegExp(glob).test(relative))) apply(override.rules);
    }
  }
  return result;
}

/** Rule ids named in a config that no rule has: reported so typos do not silently do nothing. */
export function unknownRuleIds(config: LintConfig): string[] {
  const named = [...Object.keys(config.rules ?? {}), ...(config.overrides ?? []).flatMap((override) => Object.keys(override.rules))];
  return named.filter((id) => !RULES_BY_ID.has(id));
}

function relativeTo(folder: string, file: string): string {
  const base = folder.replace(/\\/g, '/').replace(/\/$/, '');
  const path = file.replace(/\\/g, '/');
  return base === '.' || base === '' ? path.replace(/^\.\//, '') : path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

/** `**` any folders, `*` any characters but `/`, `?` one character; a glob without `/` matches the file name. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') pattern += '[^/]*';
    else if (ch === '?') pattern += '[^/]';
    else pattern += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `^${pattern}$` : `(?:^|/)${pattern}$`);
}
