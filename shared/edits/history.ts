/**
 * Undo history over edits. Each entry keeps the map before and after its edit, so undo restores
 * `before` exactly and can never drift from apply. Immutable: every operation returns a new history.
 */
import type { ProcessMap } from '../model/schema';
import { applyEdit } from './applyEdit';
import { describeEdit } from './describeEdit';
import type { Edit } from './edit';

export interface HistoryEntry {
  readonly label: string;
  readonly edit: Edit;
  readonly before: ProcessMap;
  readonly after: ProcessMap;
}

export interface History {
  readonly present: ProcessMap;
  /** Oldest first; the last entry is the next to undo. */
  readonly past: readonly HistoryEntry[];
  /** Most recently undone last; the last entry is the next to redo. */
  readonly future: readonly HistoryEntry[];
}

/** How many steps are kept; older ones are dropped. */
export const HISTORY_LIMIT = 500;

export function createHistory(map: ProcessMap): History {
  return { present: map, past: [], future: [] };
}

/** Applies an edit and records it; redo is cleared. An edit that changes nothing is not recorded. */
export function pushEdit(history: History, edit: Edit, label: string = describeEdit(edit)): History {
  const before = history.present;
  const after = applyEdit(before, edit);
  if (after === before) return history;
  const past = [...history.past, { label, edit, before, after }].slice(-HISTORY_LIMIT);
  return { present: after, past, future: [] };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

export function undo(history: History): History {
  const entry = history.past.at(-1);
  if (!entry) return history;
  return { present: entry.before, past: history.past.slice(0, -1), future: [...history.future, entry] };
}

export function redo(history: History): History {
  const entry = history.future.at(-1);
  if (!entry) return history;
  return { present: entry.after, past: [...history.past, entry], future: history.future.slice(0, -1) };
}

/**
 * Replaces the last step with `edit` applied to that step's `before`: typing in one field is one
 * undo step. Only sound when `edit` sets whole values that supersede the last edit's (same field).
 */
export function amendLastEdit(history: History, edit: Edit, label: string = describeEdit(edit)): History {
  const last = history.past.at(-1);
  if (!last || history.future.length > 0) return pushEdit(history, edit, label);
  const after = applyEdit(last.before, edit);
  if (after === last.before) return { present: after, past: history.past.slice(0, -1), future: [] };
  return { present: after, past: [...history.past.slice(0, -1), { label, edit, before: last.before, after }], future: [] };
}

/**
 * Records a whole new map as one step (the source view's text edits, which are no named edit):
 * undo and redo restore `before` and `after` as they are. With `amend`, the step replaces the
 * last one of the same label, so a run of typing is one undo step.
 */
export function pushReplacement(history: History, after: ProcessMap, label: string, amend = false): History {
  const last = history.past.at(-1);
  const folds = amend && last?.label === label && history.future.length === 0;
  const before = folds ? last.before : history.present;
  // The entry's edit is only a record: nothing re-applies it.
  const entry: HistoryEntry = { label, edit: { type: 'batch', label, edits: [] }, before, after };
  const past = [...(folds ? history.past.slice(0, -1) : history.past), entry].slice(-HISTORY_LIMIT);
  return { present: after, past, future: [] };
}
