import { insertNewlineAndIndent } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { yamlIndentUnderKey } from '../../../renderer/source/yamlIndent';

/** Presses Enter at the end of `line` (1-based) of `text` in a YAML editor state, as the source view has it. */
function enterAtEndOf(text: string, line: number): string {
  let state = EditorState.create({ doc: text, extensions: [yaml(), yamlIndentUnderKey] });
  state = state.update({ selection: EditorSelection.cursor(state.doc.line(line).to) }).state;
  insertNewlineAndIndent({ state, dispatch: (transaction: Transaction) => void (state = transaction.state) });
  return state.doc.line(line + 1).text;
}

describe('Enter in the YAML source', () => {
  it('after a key with no value, indents one unit under the key, where its value goes', () => {
    // given a lane whose entry has no fields on its line
    const text = 'lanes:\n  soc-lane:\n    actor: soc\n  siem-lane:\n    label: SIEM\n';
    // when Enter is pressed at the end of `siem-lane:` and of `lanes:`
    // then the new lines sit inside the lane's mapping and inside `lanes`
    expect(enterAtEndOf(text, 4)).toBe('    ');
    expect(enterAtEndOf(text, 1)).toBe('  ');
  });

  it('after a key with a value, lines up with the key, and under a list item indents past its dash', () => {
    // given a field with a value, and a list item opening a mapping
    const text = 'lanes:\n  soc-lane:\n    actor: soc\nsteps:\n  - when: # the first\n';
    // when Enter is pressed at their ends
    // then the next field lines up with `actor`, and the item's value goes under `when`
    expect(enterAtEndOf(text, 3)).toBe('    ');
    expect(enterAtEndOf(text, 5)).toBe('      ');
  });
});
