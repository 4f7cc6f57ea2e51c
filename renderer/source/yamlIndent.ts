/**
 * Enter after a YAML key with no value on its line (`siem-lane:`) indents one unit under that key,
 * where its value goes. @codemirror/lang-yaml lines the new line up with the key instead, so a field
 * typed there became the key's sibling: a map-breaking indentation error for a person fixing a lane.
 */
import { indentService, type IndentContext } from '@codemirror/language';

/** A key (plain, or quoted) and its colon, optionally after a list dash, then at most a comment. */
const KEY_WITHOUT_VALUE = /^(\s*(?:-\s+)*)(?:"[^"]*"|'[^']*'|[^\s#'"][^:#]*):\s*(?:#.*)?$/;

/** The column to indent a line broken at `pos` to, or undefined to leave it to the YAML language. */
export function indentUnderKey(context: IndentContext, pos: number): number | undefined {
  // Only a line break being typed: other reindenting keeps the language's rules.
  if (context.simulatedBreak !== pos) return undefined;
  if (context.textAfterPos(pos).trim() !== '') return undefined;
  const before = context.lineAt(pos, -1).text;
  const found = KEY_WITHOUT_VALUE.exec(before);
  if (!found) return undefined;
  return context.countColumn(before, found[1]!.length) + context.unit;
}

export const yamlIndentUnderKey = indentService.of(indentUnderKey);
