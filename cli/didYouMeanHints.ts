/**
 * Rule findings about an id that names nothing get the nearest known ids appended, so a terminal
 * or CI log says what was probably meant — the same suggestions the editor's quick fix offers.
 */
import { didYouMean } from '../shared/fixes/didYouMean';
import type { Issue } from '../shared/model/issue';
import type { ParsedMap } from '../shared/yaml/parseMap';
import { actorsAvailableTo } from '../shared/workspace/workspace';
import type { Workspace } from '../shared/workspace/workspace';

function quotedList(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** `issue` with "(did you mean …?)" appended when its rule names an unknown id with near known ones. */
export function withDidYouMean(issue: Issue, parsed: ParsedMap, workspace: Workspace): Issue {
  if (!parsed.value || !didYouMean.rules.includes(issue.rule)) return issue;
  const offers = didYouMean.offers({ map: parsed.value, issue, actors: actorsAvailableTo(workspace, parsed) });
  if (offers.length === 0) return issue;
  return { ...issue, message: `${issue.message} (did you mean ${quotedList(offers.map((offer) => offer.options.replacement))}?)` };
}
