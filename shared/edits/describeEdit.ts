/** Human-readable labels of edits, for the undo/redo menu items and the history. */
import type { Edit } from './edit';

const VERBS: Readonly<Record<string, string>> = {
  add: 'Add',
  update: 'Change',
  delete: 'Delete',
  rename: 'Rename',
  move: 'Move',
  connect: 'Connect',
  pin: 'Move',
  reset: 'Auto-layout',
};

/** E.g. `Rename activity D2`, `Move lane soc`, or a batch's own label. */
export function describeEdit(edit: Edit): string {
  if (edit.type === 'batch') return edit.label;
  const [noun = '', verb = ''] = edit.type.split('.');
  const subject = 'id' in edit ? ` ${edit.id}` : 'key' in edit ? ` ${edit.key}` : '';
  if (edit.type === 'layout.reset') return 'Auto-layout';
  if (edit.type === 'layout.pin') return `Move${subject}`;
  const what = noun === 'map' ? 'map details' : noun === 'description' ? 'workflow description' : noun;
  return `${VERBS[verb] ?? verb} ${what}${subject}`;
}
