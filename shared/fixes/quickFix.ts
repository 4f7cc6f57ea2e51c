/**
 * Quick fixes: for a finding of a validation rule, the edits that would answer it. A fix is a pure
 * command — `(context, options) → Edit`, one labelled batch — so applying it is one undoable step.
 */
import type { Edit } from '../edits/edit';
import type { Actor, ProcessMap } from '../model/schema';
import type { Issue } from '../model/issue';

export interface FixContext {
  readonly map: ProcessMap;
  readonly issue: Issue;
  /** Actors the map can use: its own and its folder catalogue's (fixes that name actors read these). */
  readonly actors: ReadonlyMap<string, Actor>;
}

/** One way to fix one finding, as a menu offers it; `options` are the defaults the user may change. */
export interface FixOffer<Options = unknown> {
  readonly fix: string;
  readonly title: string;
  readonly options: Options;
  /** Options the user must still supply (e.g. a deviation's reason) before the fix can be applied. */
  readonly asks?: readonly string[];
}

export interface QuickFix<Options = unknown> {
  /** Kebab-case id, e.g. `describe-handoff`. */
  readonly id: string;
  /** Ids of the rules whose findings this fix answers. */
  readonly rules: readonly string[];
  /** The ways this fix can answer this finding; none when it does not apply to it. */
  offers(context: FixContext): readonly FixOffer<Options>[];
  /** The edit that fixes the finding; throws `FixError` when the options do not fit. */
  apply(context: FixContext, options: Options): Edit;
}

/** A fix that cannot be applied as asked (missing reason, unknown replacement), naming why. */
export class FixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixError';
  }
}

/** Declares a fix with its option type inferred. */
export function defineFix<Options>(fix: QuickFix<Options>): QuickFix<Options> {
  return fix;
}

/** The finding's path segment at `index` as an id, or undefined. */
export function pathId(issue: Issue, index: number): string | undefined {
  const segment = issue.path[index];
  return segment === undefined ? undefined : String(segment);
}
