/** The findings of loaded maps, as `validate` reports them: loader issues, config issues, rules. */
import { loadConfigFor } from '../shared/node/findConfig';
import type { loadWorkspace } from '../shared/node/loadWorkspace';
import type { Issue } from '../shared/model/issue';
import { effectiveRules } from '../shared/rules/config';
import { validateMap } from '../shared/rules/validateMap';
import { withDidYouMean } from './didYouMeanHints';

type LoadedWorkspace = Awaited<ReturnType<typeof loadWorkspace>>;

/** Every finding of the loaded targets, with rules configured per map (or by one `explicitConfig`). */
export async function findingsOf(loaded: LoadedWorkspace, cwd: string, explicitConfig?: string): Promise<Issue[]> {
  const issues: Issue[] = [...loaded.catalogues.flatMap((catalogue) => catalogue.issues)];
  let sharedConfig: Awaited<ReturnType<typeof loadConfigFor>> | undefined;
  for (const parsed of loaded.targets) {
    const config = explicitConfig ? (sharedConfig ??= await loadConfigFor(parsed.file, cwd, explicitConfig)) : await loadConfigFor(parsed.file, cwd);
    for (const issue of config.issues) if (!issues.some((known) => known.file === issue.file && known.message === issue.message)) issues.push(issue);
    // A loop, not a spread: a large map has more findings than a call may take arguments.
    for (const issue of validateMap(parsed, loaded.workspace, { rules: effectiveRules(config.layers, parsed.file) })) issues.push(withDidYouMean(issue, parsed, loaded.workspace));
  }
  return issues;
}
