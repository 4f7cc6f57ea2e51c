/** What a compound command hands back: one undoable edit, and the element it made (to select). */
import type { Edit } from '../edit';

export interface CommandResult {
  readonly edit: Edit;
  /** The element the command created, which the editor selects. */
  readonly id: string;
}
