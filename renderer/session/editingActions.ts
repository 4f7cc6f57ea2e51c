/**
 * The editing actions of the toolbar, the inspector and the keyboard: each finds its place from the
 * selection and hands the map to a pure command of `shared/edits/commands/` (or one named edit).
 */
import { countOf } from '../../shared/text/plural';
import { addActivity as addActivityCommand } from '../../shared/edits/commands/addActivity';
import { addHandoffForFlow as handoffForFlow } from '../../shared/edits/commands/addHandoffForFlow';
import { addLane as addLaneCommand } from '../../shared/edits/commands/addLane';
import { addLineEnd } from '../../shared/edits/commands/addLineEnd';
import type { CommandResult } from '../../shared/edits/commands/command';
import { connectNodes } from '../../shared/edits/commands/connectNodes';
import { deleteElements } from '../../shared/edits/commands/deleteElements';
import { pasteCommand } from '../../shared/edits/commands/pasteActivities';
import { numberedId, takenIds } from '../../shared/edits/ids';
import type { ProcessMap } from '../../shared/model/schema';
import { createClipboard } from './clipboard';
import { presentMap, type ElementKind } from './editorStore';
import type { HistoryActions } from './historyActions';
import type { SelectionActions } from './selectionActions';
import type { SessionCore } from './sessionCore';

export function createEditingActions(core: SessionCore, history: Pick<HistoryActions, 'edit'>, selection: SelectionActions) {
  const { store } = core;
  const { edit } = history;
  const { select, selectedOf, focusInspector } = selection;
  const present = (): ProcessMap | null => presentMap(store.getState());
  const clipboard = createClipboard();

  /**
   * Applies a command's edit and selects what it made; with `focus`, its first field takes focus:
   * `true` with the placeholder selected, so the name typed replaces it; `'field'` as it is.
   */
  function run(command: CommandResult | null, kind: ElementKind, focus: boolean | 'field' = false): string | null {
    if (!command || !edit(command.edit)) return null;
    select([{ kind, id: command.id }]);
    if (focus) focusInspector(command.id, { selectText: focus === true });
    return command.id;
  }

  /**
   * Adds an activity: after the selected activity (in its lane, connected from it by a new flow),
   * or into the selected lane, or the first lane. Selects it and focuses its name.
   */
  function addActivity(): string | null {
    const map = present();
    if (!map) return null;
    const [after] = selectedOf('activity');
    const [lane] = selectedOf('lane');
    return run(addActivityCommand(map, { ...(after ? { after } : {}), ...(lane ? { lane } : {}) }), 'activity', true);
  }

  /** Adds an activity into `lane`, connected from the node `from` (a flow dropped on empty canvas); focuses its name. */
  function addActivityFrom(from: string, lane: string): string | null {
    const map = present();
    return map ? run(addActivityCommand(map, { from, lane }), 'activity', true) : null;
  }

  /** Adds a lane with a new actor of its own, below the selected lane or at the bottom. */
  function addLane(): string | null {
    const map = present();
    const [below] = selectedOf('lane');
    return map ? run(addLaneCommand(map, below ? { below } : {}), 'lane', true) : null;
  }

  /** Adds a phase (column) at the end. */
  function addPhase(): string | null {
    const map = present();
    if (!map) return null;
    const id = numberedId('phase', takenIds(map, 'phases'));
    return run({ edit: { type: 'phase.add', id, phase: { name: 'New phase' } }, id }, 'phase', true);
  }

  /** Connects two nodes with a new flow, selects it and focuses its fields (the button that asked goes away). */
  function connect(from: string, to: string): string | null {
    const map = present();
    return map ? run(connectNodes(map, from, to), 'flow', 'field') : null;
  }

  /** Adds a handoff describing a flow, with the flow's two ends as its parties; focuses its fields. */
  function addHandoffForFlow(flowId: string): string | null {
    const map = present();
    return map ? run(handoffForFlow(map, flowId), 'handoff', 'field') : null;
  }

  /** Adds a line start (from outside the scope) flowing into the activity. */
  function addInitiationTo(activity: string): string | null {
    const map = present();
    return map ? run(addLineEnd(map, activity, 'start'), 'initiation') : null;
  }

  /** Adds a line end (plain end) that the activity flows into. */
  function addTerminationFrom(activity: string): string | null {
    const map = present();
    return map ? run(addLineEnd(map, activity, 'end'), 'termination') : null;
  }

  /** Puts the selected activities in a new coordination group (dashed box). */
  function groupSelection(): string | null {
    const map = present();
    const members = selectedOf('activity');
    if (!map || members.length === 0) return null;
    const id = numberedId('group', takenIds(map, 'groups'));
    return run({ edit: { type: 'group.add', id, group: { label: 'Coordination', members } }, id }, 'group', true);
  }

  /** Adds a numbered trigger note that starts the selected activities. */
  function addTrigger(): string | null {
    const map = present();
    const starts = selectedOf('activity');
    if (!map || starts.length === 0) return null;
    const numbers = Object.keys(map.triggers ?? {}).map(Number);
    const key = String((numbers.length ? Math.max(...numbers) : 0) + 1);
    const text = `When … ${starts.join(', ')} ${starts.length > 1 ? 'are' : 'is'} conducted.`;
    return run({ edit: { type: 'trigger.add', key, trigger: { text, starts } }, id: key }, 'trigger', true);
  }

  /** Deletes every selected element in one undo step. */
  function deleteSelection(): void {
    const state = store.getState();
    const map = presentMap(state);
    const change = map ? deleteElements(map, state.selection) : null;
    if (change && edit(change)) select([]);
  }

  function copySelection(): void {
    const map = present();
    if (!map) return;
    const clip = clipboard.copyActivities(map, selectedOf('activity'));
    core.setStatus(clip ? `Copied ${countOf(Object.keys(clip.activities).length, 'activity', 'activities')}` : 'Select activities to copy');
  }

  function cutSelection(): void {
    copySelection();
    deleteSelection();
  }

  function paste(): void {
    const map = present();
    const clip = clipboard.currentClip();
    if (!map || !clip) return;
    const command = pasteCommand(map, clip, selectedOf('lane')[0] ?? Object.keys(map.lanes ?? {})[0]);
    if (command && edit(command.edit)) select(command.ids.map((id) => ({ kind: 'activity' as const, id })));
  }

  /** Moves a lane one place up or down (with its activities). */
  function shiftLane(id: string, delta: number): void {
    const lanes = Object.keys(present()?.lanes ?? {});
    const index = lanes.indexOf(id) + delta;
    if (index < 0 || index >= lanes.length) return;
    edit({ type: 'lane.move', id, index });
  }

  /** Moves an activity to the lane above or below its own (the keyboard form of dragging it). */
  function shiftActivityLane(id: string, delta: number): void {
    const map = present();
    if (!map) return;
    const lanes = Object.keys(map.lanes ?? {});
    const current = map.activities[id]?.lane;
    const lane = lanes[(current ? lanes.indexOf(current) : -1) + delta];
    if (!lane) return;
    edit({ type: 'batch', label: `Move ${id} to lane ${lane}`, edits: [{ type: 'activity.move', id, lane }, { type: 'layout.pin', id, position: null }] });
  }

  function autoLayout(): void {
    if (!present()?.layout?.pinned) {
      core.setStatus('Nothing pinned: the layout is already automatic');
      return;
    }
    edit({ type: 'layout.reset' });
  }

  return {
    addActivity,
    addActivityFrom,
    addLane,
    addPhase,
    connect,
    addHandoffForFlow,
    addInitiationTo,
    addTerminationFrom,
    groupSelection,
    addTrigger,
    deleteSelection,
    copySelection,
    cutSelection,
    paste,
    shiftLane,
    shiftActivityLane,
    autoLayout,
  };
}
