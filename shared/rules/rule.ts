/**
 * The contract of a validation rule: one rule per file in `shared/rules/`, its kebab-case id equal
 * to the file name, a one-line doc, a default severity, options, and a pure check.
 */
import type { MapIndex } from '../model/mapIndex';
import type { ProcessMap } from '../model/schema';
import type { ParsedMap } from '../yaml/parseMap';
import type { Workspace } from '../workspace/workspace';
import type { IssuePath, Severity } from '../model/issue';

export interface RuleReport {
  readonly message: string;
  readonly path: IssuePath;
  /** Element concerned; defaults to the element the path points into. */
  readonly elementId?: string;
  /** Overrides the configured severity for this one finding (rare: e.g. info-level hints). */
  readonly severity?: Severity;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly map: ProcessMap;
  /** The map's collections listed once for all rules (iterate these, not `Object.entries(map.…)`). */
  readonly index: MapIndex;
  readonly parsed: ParsedMap;
  readonly workspace: Workspace;
  readonly options: Options;
  report(finding: RuleReport): void;
}

export interface Rule<Options = Record<string, unknown>> {
  readonly id: string;
  /** One line: what the rule checks and why it matters. */
  readonly description: string;
  /** `off` for rules a team opts into in its config. */
  readonly defaultSeverity: Severity | 'off';
  /** Default options, merged under the configured ones. */
  readonly defaultOptions?: Options;
  check(context: RuleContext<Options>): void;
}

/** Declares a rule with its option type inferred. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
