/**
 * Runs a quick fix the way the editor does: validate, take an offer for the finding, push its edit
 * on a history, save the text with the minimal splice, and validate the saved text again.
 */
import { expect } from 'vitest';
import { createHistory, pushEdit, undo } from '../../../shared/edits/history';
import { editOfOffer, offersFor } from '../../../shared/fixes/allFixes';
import type { FixContext, FixOffer } from '../../../shared/fixes/quickFix';
import type { ProcessMap } from '../../../shared/model/schema';
import type { Issue } from '../../../shared/model/issue';
import { validateMap } from '../../../shared/rules/validateMap';
import { actorsAvailableTo, createWorkspace } from '../../../shared/workspace/workspace';
import { parseActorCatalogue, parseMap } from '../../../shared/yaml/parseMap';
import { updateMapText } from '../../../shared/yaml/updateMapText';

export interface FixCase {
  readonly map: string;
  readonly rule: string;
  /** Other files of the workspace by path (maps, or `actors.yaml` catalogues). */
  readonly others?: Readonly<Record<string, string>>;
  readonly file?: string;
}

function check(testCase: FixCase, text: string): { issues: Issue[]; context: (issue: Issue) => FixContext } {
  const file = testCase.file ?? 'maps/m.yaml';
  const parsed = parseMap(text, file);
  expect(parsed.issues, 'the map must load').toEqual([]);
  const others = Object.entries(testCase.others ?? {});
  const maps = [parsed, ...others.filter(([path]) => !path.endsWith('actors.yaml')).map(([path, other]) => parseMap(other, path))];
  const catalogues = others.filter(([path]) => path.endsWith('actors.yaml')).map(([path, other]) => parseActorCatalogue(other, path));
  const workspace = createWorkspace(maps, catalogues);
  const issues = validateMap(parsed, workspace, { only: [testCase.rule] });
  return { issues, context: (issue) => ({ map: parsed.value!, issue, actors: actorsAvailableTo(workspace, parsed) }) };
}

/** The findings of the case's rule and the offers for the first of them. */
export function offersOf(testCase: FixCase): { issues: Issue[]; offers: FixOffer[]; context: FixContext } {
  const { issues, context } = check(testCase, testCase.map);
  expect(issues.length, `rule ${testCase.rule} must find something to fix`).toBeGreaterThan(0);
  const fixContext = context(issues[0]!);
  return { issues, offers: offersFor(fixContext), context: fixContext };
}

/** Applies `offer` (with `options`) to the first finding; the saved text, the findings after, and whether undo restores. */
export function applyOffer(testCase: FixCase, pick: (offers: FixOffer[]) => FixOffer | undefined, options?: unknown): { text: string; map: ProcessMap; after: Issue[]; undoRestores: boolean; label: string } {
  const { offers, context } = offersOf(testCase);
  const offer = pick(offers);
  expect(offer, `no such offer among: ${offers.map((candidate) => candidate.title).join(' | ')}`).toBeDefined();
  const edit = editOfOffer(context, offer!, options ?? offer!.options);
  const history = pushEdit(createHistory(context.map), edit);
  const text = updateMapText(testCase.map, history.present);
  return { text, map: parseMap(text, 'saved.yaml').value!, after: check(testCase, text).issues, undoRestores: undo(history).present === context.map, label: history.past.at(-1)!.label };
}
