/** Runs bpmnlint 11 with `bpmnlint:recommended` on BPMN XML, as its CLI would. */
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (options: { config: unknown; resolver: unknown }) => { lint(root: unknown): Promise<Record<string, { id: string; message: string }[]>> } };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

export interface LintReport {
  readonly rule: string;
  readonly id: string;
  readonly message: string;
}

/** Parses `xml` and lints it; returns the parse warnings and every report, flattened. */
export async function lintBpmn(xml: string): Promise<{ warnings: string[]; reports: LintReport[] }> {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const results = await linter.lint(rootElement);
  const reports = Object.entries(results).flatMap(([rule, list]) => list.map((report) => ({ rule, id: report.id, message: report.message })));
  return { warnings: warnings.map((warning) => warning.message), reports };
}
