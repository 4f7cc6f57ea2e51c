/**
 * The rule engine: runs every enabled rule on a map, places each finding in the source, applies
 * inline suppressions, and turns a crashing rule into a `rule-error` finding instead of aborting.
 */
import { indexMap, INDEXED_COLLECTIONS, type Entries, type MapIndex } from '../model/mapIndex';
import type { ParsedMap } from '../yaml/parseMap';
import { elementIdOf } from '../yaml/parseYamlSource';
import { rangeOfPath } from '../yaml/sourceTree';
import type { Workspace } from '../workspace/workspace';
import { ALL_RULES, RULES_BY_ID } from './allRules';
import type { EffectiveRule } from './config';
import { compareIssues } from '../model/issue';
import type { Issue, IssuePath } from '../model/issue';
import type { RuleReport } from './rule';

const ELEMENT_COLLECTIONS = INDEXED_COLLECTIONS;

/** Suppressions of the element `elementId` (searched in every collection) merged over the map's. */
function suppressionsFor(parsed: ParsedMap, path: IssuePath, elementId: string | undefined): Record<string, string> {
  const map = parsed.value!;
  const merged: Record<string, string> = { ...(map.suppress ?? {}) };
  const [collection, id] = path;
  const lookups: Array<[string, string]> = [];
  if (typeof collection === 'string' && id !== undefined) lookups.push([collection, String(id)]);
  if (elementId !== undefined) for (const name of ELEMENT_COLLECTIONS) lookups.push([name, elementId]);
  for (const [name, key] of lookups) {
    const element = (map[name as keyof typeof map] as Record<string, { suppress?: Record<string, string> }> | undefined)?.[key];
    if (element && typeof element === 'object' && element.suppress) Object.assign(merged, element.suppress);
  }
  return merged;
}

export interface ValidateOptions {
  /** Severity and options per rule; rules missing here run with their defaults. */
  readonly rules?: ReadonlyMap<string, EffectiveRule>;
  /** Only these rules (for rule tests). */
  readonly only?: readonly string[];
}

/** Findings of the rules for one loaded map. A map that failed to load yields its load issues. */
export function validateMap(parsed: ParsedMap, workspace: Workspace, options: ValidateOptions = {}): Issue[] {
  const map = parsed.value;
  if (!map) return [...parsed.issues];
  const issues: Issue[] = [];
  // The source tree is built on first use: a map without findings never needs positions.
  const place = (issue: Omit<Issue, 'line' | 'column' | 'endLine' | 'endColumn' | 'file'>): Issue => {
    const tree = parsed.tree;
    return { ...issue, file: parsed.file, ...(tree ? rangeOfPath(tree, issue.path) : {}) };
  };
  const index = indexMap(map);
  const rules = options.only ? ALL_RULES.filter((rule) => options.only!.includes(rule.id)) : ALL_RULES;
  for (const rule of rules) {
    const setting = options.rules?.get(rule.id) ?? { severity: rule.defaultSeverity, options: rule.defaultOptions ?? {} };
    if (setting.severity === 'off') continue;
    const findings: RuleReport[] = [];
    try {
      rule.check({ map, index, parsed, workspace, options: setting.options as Record<string, unknown>, report: (finding) => findings.push(finding) });
    } catch (error) {
      issues.push(place({ rule: 'rule-error', severity: 'error', message: `rule "${rule.id}" crashed: ${(error as Error).message}`, path: [] }));
      continue;
    }
    for (const finding of findings) {
      const elementId = finding.elementId ?? elementIdOf(finding.path).elementId;
      const suppressions = suppressionsFor(parsed, finding.path, elementId);
      if (Object.hasOwn(suppressions, rule.id)) continue;
      issues.push(place({ rule: rule.id, severity: finding.severity ?? setting.severity, message: finding.message, path: finding.path, ...(elementId !== undefined ? { elementId } : {}) }));
    }
  }
  issues.push(...unknownSuppressions(index).map(place));
  return issues.sort(compareIssues);
}

/** Suppressions naming a rule that does not exist would silently do nothing: say so. */
function unknownSuppressions(index: MapIndex): Array<Omit<Issue, 'line' | 'column' | 'endLine' | 'endColumn' | 'file'>> {
  const map = index.map;
  const found: Array<Omit<Issue, 'line' | 'column' | 'endLine' | 'endColumn' | 'file'>> = [];
  const check = (suppress: Record<string, string> | undefined, path: IssuePath, elementId?: string): void => {
    for (const ruleId of Object.keys(suppress ?? {})) {
      if (!RULES_BY_ID.has(ruleId)) {
        found.push({ rule: 'unknown-suppression', severity: 'warning', message: `suppression names unknown rule "${ruleId}"`, path: [...path, 'suppress', ruleId], ...(elementId ? { elementId } : {}) });
      }
    }
  };
  check(map.suppress, []);
  for (const collection of ELEMENT_COLLECTIONS) {
    for (const [id, element] of index[collection] as Entries<{ suppress?: Record<string, string> }>) {
      if (element.suppress) check(element.suppress, [collection, id], id);
    }
  }
  return found;
}
