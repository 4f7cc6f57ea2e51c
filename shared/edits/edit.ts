/**
 * Edits: every change the editor makes to a map, as plain data named `noun.verb`. Each kind has one
 * pure handler in `applyEdit.ts`; history and undo are derived from these objects.
 */
import type {
  Activity,
  Actor,
  Flow,
  Group,
  Handoff,
  Initiation,
  Lane,
  Phase,
  ProcessMap,
  Termination,
  Trigger,
  WorkflowDescription,
} from '../model/schema';
import type { Patch } from './records';

/** Top-level map fields that are not element collections. */
export type MapFields = Pick<
  ProcessMap,
  'id' | 'title' | 'kind' | 'version' | 'source' | 'derivedFrom' | 'tags' | 'summary' | 'notes' | 'deviations' | 'acknowledgedGaps' | 'suppress'
>;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Edit =
  | { readonly type: 'map.update'; readonly changes: Patch<MapFields> }
  | { readonly type: 'description.update'; readonly changes: Patch<WorkflowDescription> }
  | { readonly type: 'actor.add'; readonly id: string; readonly actor: Actor }
  | { readonly type: 'actor.update'; readonly id: string; readonly changes: Patch<Actor> }
  | { readonly type: 'actor.delete'; readonly id: string }
  | { readonly type: 'lane.add'; readonly id: string; readonly lane: Lane; readonly index?: number }
  /** Sets the header text; `null` falls back to the actor's name. */
  | { readonly type: 'lane.rename'; readonly id: string; readonly label: string | null }
  | { readonly type: 'lane.update'; readonly id: string; readonly changes: Patch<Lane> }
  /** Reorders a lane; its activities go with it because they name their lane. */
  | { readonly type: 'lane.move'; readonly id: string; readonly index: number }
  /** Deletes a lane; its activities move to `moveActivitiesTo` or lose their lane. */
  | { readonly type: 'lane.delete'; readonly id: string; readonly moveActivitiesTo?: string }
  | { readonly type: 'phase.add'; readonly id: string; readonly phase: Phase; readonly index?: number }
  | { readonly type: 'phase.update'; readonly id: string; readonly changes: Patch<Phase> }
  | { readonly type: 'phase.move'; readonly id: string; readonly index: number }
  | { readonly type: 'phase.delete'; readonly id: string }
  | { readonly type: 'activity.add'; readonly id: string; readonly activity: Activity; readonly index?: number }
  | { readonly type: 'activity.rename'; readonly id: string; readonly name: string }
  | { readonly type: 'activity.update'; readonly id: string; readonly changes: Patch<Activity> }
  /** Moves an activity to another lane (its actor changes) and optionally phase; `null` clears. */
  | { readonly type: 'activity.move'; readonly id: string; readonly lane: string | null; readonly phase?: string | null }
  /** Deletes an activity with its flows, group memberships, trigger starts and layout entries. */
  | { readonly type: 'activity.delete'; readonly id: string }
  | { readonly type: 'group.add'; readonly id: string; readonly group: Group }
  | { readonly type: 'group.update'; readonly id: string; readonly changes: Patch<Group> }
  | { readonly type: 'group.delete'; readonly id: string }
  | { readonly type: 'trigger.add'; readonly key: string; readonly trigger: Trigger }
  | { readonly type: 'trigger.update'; readonly key: string; readonly changes: Patch<Trigger> }
  | { readonly type: 'trigger.delete'; readonly key: string }
  | { readonly type: 'initiation.add'; readonly id: string; readonly initiation: Initiation }
  | { readonly type: 'initiation.update'; readonly id: string; readonly initiation: Initiation }
  /** Deletes an initiation and the flows that start at it. */
  | { readonly type: 'initiation.delete'; readonly id: string }
  | { readonly type: 'termination.add'; readonly id: string; readonly termination: Termination }
  | { readonly type: 'termination.update'; readonly id: string; readonly termination: Termination }
  /** Deletes a termination and the flows that end at it. */
  | { readonly type: 'termination.delete'; readonly id: string }
  | { readonly type: 'flow.connect'; readonly id: string; readonly flow: Flow }
  | { readonly type: 'flow.update'; readonly id: string; readonly changes: Patch<Flow> }
  /** Deletes a flow and its mentions in handoffs. */
  | { readonly type: 'flow.delete'; readonly id: string }
  | { readonly type: 'handoff.add'; readonly id: string; readonly handoff: Handoff }
  | { readonly type: 'handoff.update'; readonly id: string; readonly changes: Patch<Handoff> }
  | { readonly type: 'handoff.delete'; readonly id: string }
  /** Pins an element's top-left position (a finished drag); `null` unpins it. */
  | { readonly type: 'layout.pin'; readonly id: string; readonly position: Point | null }
  /** Auto-layout on demand: drops the pins of `ids`, or all pins. */
  | { readonly type: 'layout.reset'; readonly ids?: readonly string[] }
  /** Several edits as one undoable step, applied in order. */
  | { readonly type: 'batch'; readonly label: string; readonly edits: readonly Edit[] };

export type EditType = Edit['type'];

/** The edit of one kind, e.g. `EditOf<'lane.move'>`. */
export type EditOf<K extends EditType> = Extract<Edit, { readonly type: K }>;
