/**
 * The Swimlane Studio map format (`format: swimlane/1`).
 *
 * This zod schema is the single source of truth: TypeScript types come from `z.infer`, the
 * committed JSON Schema (`schema/swimlane-map.schema.json`) is generated from it, and the format
 * reference (`docs/format.md`) documents it field by field.
 *
 * Design rules that keep maps diff- and merge-friendly:
 * - every collection of elements is a mapping keyed by a stable, author-chosen id;
 * - one fact per line where possible (lists of short strings, not paragraphs);
 * - semantics and geometry are separate: `layout` holds only derived hints and pinned positions.
 *
 * Objects are strict (unknown keys are errors) so that the editor, the CLI and the YAML language
 * server agree. Cross-references (a flow naming an activity, a lane naming an actor) are checked
 * by the validation rules, not here, because JSON Schema cannot express them.
 */
import { z } from 'zod';

/** The value of the top-level `format` key for this version of the format. */
export const CURRENT_FORMAT = 'swimlane/1';

/** Stable element id: letters, digits, `.`, `_`, `-`; starts with a letter or digit (e.g. `D2`, `R1.4`). */
export const ElementId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id uses letters, digits, ".", "_" or "-" and starts with a letter or digit')
  .max(120)
  .describe('Stable id: letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. D2, R1.4).');

const Text = z.string().min(1).max(20_000);
const ShortText = z.string().min(1).max(500);
const TextList = z.array(Text);

/** A citation of the source a piece of content was taken or summarised from (e.g. `Table 12`). */
export const SourceRef = z
  .string()
  .min(1)
  .max(200)
  .describe('Where this content comes from, e.g. "Table 12" or "Figure 16".');

/** A reviewer-facing note: a judgement, a correction of the source, or context. */
export const Note = z.union([
  Text,
  z.strictObject({
    text: Text.describe('The note itself.'),
    source: SourceRef.optional(),
  }),
]);

/** Rule suppressions on one element: rule id → the reason (mandatory, never empty). */
export const Suppressions = z
  .record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(3).max(1000))
  .describe('Rule id → reason. Silences that rule on this element; the reason is mandatory.');

export const Tags = z
  .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/).max(60))
  .describe('Free tags, e.g. FIRST CSIRT service areas ISEM, ISIM, VM, SA, KT.');

export const ActorKind = z
  .enum(['person', 'role', 'team', 'unit', 'technology', 'external'])
  .describe('person or role, team, organisation unit, technology, or external party.');

/** Someone or something that performs activities: the thing a lane is bound to. */
export const Actor = z.strictObject({
  name: ShortText.describe('Display name, e.g. "SOC analyst".'),
  kind: ActorKind,
  unit: ElementId.optional().describe('Id of the organisation unit (an actor of kind "unit") this actor belongs to.'),
  description: Text.optional(),
  aliases: z.array(ShortText).optional().describe('Other spellings, e.g. the key-people names of the reference model.'),
});

/** A horizontal band of the diagram, bound to one actor. Mapping order is top-to-bottom order. */
export const Lane = z.strictObject({
  actor: ElementId.describe('Actor id, from this map\'s `actors` or the folder\'s actor catalogue.'),
  label: ShortText.optional().describe('Header text when it should differ from the actor\'s name.'),
  ref: ElementId.optional().describe('Id of the corresponding element in the reference map (traceability).'),
  notes: z.array(Note).optional(),
  suppress: Suppressions.optional(),
});

/** A vertical band (column) of the diagram. Mapping order is left-to-right order. */
export const Phase = z.strictObject({
  name: ShortText,
  ref: ElementId.optional().describe('Id of the corresponding phase in the reference map (traceability).'),
  notes: z.array(Note).optional(),
});

/**
 * The subprocess description of the report's Table 4, which activities and coordination boxes
 * both carry. Defined once; `SUBPROCESS_DESCRIPTION_FIELDS` lists its keys for the diff.
 */
const SubprocessDescription = {
  summary: Text.optional().describe('What the subprocess achieves, in a few sentences.'),
  requirements: TextList.optional().describe('Subprocess requirements: what must occur for it to succeed.'),
  inputs: z.array(ShortText).optional().describe('Input names listed for this subprocess.'),
  outputs: z.array(ShortText).optional().describe('Output names listed for this subprocess.'),
  procedures: TextList.optional().describe('Written procedures to follow.'),
  keyPeople: z.array(ShortText).optional().describe('Key people who may perform or take part (candidate actors).'),
  technology: z.array(ShortText).optional().describe('Supporting technology.'),
  other: TextList.optional().describe('Other/miscellaneous items.'),
};
export const SUBPROCESS_DESCRIPTION_FIELDS: readonly string[] = Object.keys(SubprocessDescription);

/** Actor ids (RACI roles of an activity), from the map's `actors` or the folder's catalogue. */
const ActorIds = z.array(ElementId).min(1);

/** A solid box: one activity, with the subprocess description fields of the report's Table 4. */
export const Activity = z.strictObject({
  name: ShortText.describe('Activity name without its id, e.g. "Receive Information".'),
  lane: ElementId.optional().describe('Lane id; required in as-is and to-be maps.'),
  phase: ElementId.optional().describe('Phase id (column).'),
  expands: ElementId.optional().describe('Id of the map this activity expands into (e.g. R1).'),
  ref: ElementId.optional().describe('Id of the corresponding activity in the reference map (traceability).'),
  ...SubprocessDescription,
  // Responsible is the actor of the activity's lane, so it is not a field.
  accountable: ActorIds.optional().describe('RACI: ids of the actors accountable for the outcome (who signs it off).'),
  consulted: ActorIds.optional().describe('RACI: ids of the actors consulted before or during the work.'),
  informed: ActorIds.optional().describe('RACI: ids of the actors kept informed of the result.'),
  tags: Tags.optional(),
  source: SourceRef.optional(),
  notes: z.array(Note).optional(),
  suppress: Suppressions.optional(),
});

/**
 * A dashed box: coordination among the activities it contains. Lines may start or end at the box
 * itself (the report draws outputs leaving the coordination box), and the workflow description may
 * describe the box like an activity.
 */
export const Group = z.strictObject({
  label: ShortText.optional(),
  members: z.array(ElementId).min(1).describe('Ids of the activities inside the dashed box.'),
  ref: ElementId.optional(),
  ...SubprocessDescription,
  tags: Tags.optional(),
  source: SourceRef.optional(),
  notes: z.array(Note).optional(),
  suppress: Suppressions.optional(),
});

/** A reference to an activity, possibly in another map of the workspace. */
export const ActivityRef = z.strictObject({
  map: ElementId.optional().describe('Map id; omitted for this map.'),
  activity: ElementId.describe('Activity id in that map.'),
});

/**
 * Where a line starts (Table 3): `outside` — no symbol, from outside the scope; `any` — open circle
 * with text, from any of several activities; `activity` — filled circle, from a specific activity.
 */
export const Initiation = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('outside'),
    text: ShortText.optional(),
    ref: ElementId.optional(),
    notes: z.array(Note).optional(),
    suppress: Suppressions.optional(),
  }),
  z.strictObject({
    kind: z.literal('any'),
    text: ShortText.describe('Where the input can come from, e.g. "From any activity within the CSIRT process".'),
    ref: ElementId.optional(),
    notes: z.array(Note).optional(),
    suppress: Suppressions.optional(),
  }),
  z.strictObject({
    kind: z.literal('activity'),
    map: ElementId.optional().describe('Map id of the source activity; omitted for this map.'),
    activity: ElementId,
    text: ShortText.optional().describe('Label beside the circle; defaults to "From <id>: <name>".'),
    ref: ElementId.optional(),
    notes: z.array(Note).optional(),
    suppress: Suppressions.optional(),
  }),
]);

/**
 * Where a line ends (Table 3): `end` — no symbol; `icon` — archive or document icon; `label` — a
 * text such as "To stakeholders"; `activity` — filled circle, to a specific activity.
 */
export const Termination = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('end'),
    ref: ElementId.optional(),
    notes: z.array(Note).optional(),
    suppress: Suppressions.optional(),
  }),
  z.strictObject({
    kind: z.literal('icon'),
    icon: z.enum(['archive', 'document']),
    text: ShortText.optional(),
    ref: ElementId.optional(),
    notes: z.array(Note).optional(),
    suppress: Suppressions.optional(),
  }),
  z.strictObject({
    kind: z.literal('label'),
    text: ShortText,
    ref: ElementId.optional(),
    notes: z.array(Note).optional(),
    suppress: Suppressions.optional(),
  }),
  z.strictObject({
    kind: z.literal('activity'),
    map: ElementId.optional(),
    activity: ElementId,
    text: ShortText.optional(),
    ref: ElementId.optional(),
    notes: z.array(Note).optional(),
    suppress: Suppressions.optional(),
  }),
]);

/**
 * A line between two nodes (activities, coordination groups, initiations, terminations). Flows into one activity that
 * share an `inputFork` form a forked set: any one of them starts the activity; separate lines are
 * all required. Flows out of one activity that share an `outputFork` are alternative outputs.
 */
export const Flow = z.strictObject({
  from: ElementId.describe('Id of an activity, group or initiation.'),
  to: ElementId.describe('Id of an activity, group or termination.'),
  outputs: z.array(ShortText).optional().describe('Plain line labels: what is sent.'),
  condition: ShortText.optional().describe('Italic line label: the "If …" under which this route is taken.'),
  inputFork: ElementId.optional().describe('Forked alternative inputs: flows into the same activity with the same value; one suffices.'),
  outputFork: ElementId.optional().describe('Forked alternative outputs: flows out of the same activity with the same value.'),
  ref: ElementId.optional(),
  notes: z.array(Note).optional(),
  suppress: Suppressions.optional(),
});

/** A numbered trigger note on the diagram. */
export const Trigger = z.strictObject({
  text: Text,
  starts: z.array(ElementId).min(1).describe('Ids of the activities this trigger starts.'),
  ref: z.string().optional(),
  notes: z.array(Note).optional(),
  suppress: Suppressions.optional(),
});

/** Transmission modes of a handoff (Table 5). */
export const Form = z.enum(['verbal', 'electronic', 'physical']);

/** Form of a described input or output: usually verbal, electronic or physical (Table 4), sometimes other. */
const DescribedForm = z.array(z.string().min(1).max(200)).describe('Usually verbal, electronic and/or physical.');

/** One input of the workflow description (Table 4). */
export const DescribedInput = z.strictObject({
  name: ShortText,
  description: Text.optional().describe('Short description, including the sending process.'),
  from: z.array(ShortText).optional().describe('Sending processes or activities, e.g. "PI: Protect Infrastructure".'),
  form: DescribedForm.optional(),
  notes: z.array(Note).optional(),
});

/** One output of the workflow description (Table 4). */
export const DescribedOutput = z.strictObject({
  name: ShortText,
  decision: Text.optional().describe('The decision that produces this output rather than another.'),
  description: Text.optional().describe('Short description, including its destination.'),
  to: z.array(ShortText).optional().describe('Destination processes, activities or audiences.'),
  form: DescribedForm.optional(),
  notes: z.array(Note).optional(),
});

/**
 * The description fields a whole workflow (Table 4) and a handoff (Table 5) share. Defined once;
 * `PROCESS_DESCRIPTION_FIELDS` lists its keys for the diff.
 */
const ProcessDescription = {
  mission: TextList.optional().describe('Mission/objectives.'),
  triggers: TextList.optional(),
  completion: TextList.optional().describe('Completion criteria.'),
  policies: TextList.optional().describe('Policies and rules.'),
  requirements: TextList.optional().describe('General requirements.'),
};
export const PROCESS_DESCRIPTION_FIELDS: readonly string[] = Object.keys(ProcessDescription);

/** The workflow description of the whole process (Table 4). */
export const WorkflowDescription = z.strictObject({
  ...ProcessDescription,
  inputs: z.array(DescribedInput).optional(),
  outputs: z.array(DescribedOutput).optional(),
  source: SourceRef.optional(),
  notes: z.array(Note).optional(),
});

export const HandoffKindName = z.enum([
  'person-to-person',
  'person-to-technology',
  'technology-to-person',
  'technology-to-technology',
]);

/** How work passes for one kind of handoff (Table 5). */
export const HandoffKind = z.strictObject({
  requirements: TextList.optional().describe('Handoff requirements.'),
  procedures: TextList.optional().describe('Written procedures.'),
  sendingActors: z.array(ShortText).optional().describe('Sending actors: actor ids in a tailored map, candidate key people in a reference map.'),
  receivingActors: z.array(ShortText).optional(),
  modes: z
    .partialRecord(Form, z.array(ShortText))
    .optional()
    .describe('Transmission mode → mechanisms, e.g. electronic: [Email, Ticketing system].'),
  other: TextList.optional(),
  notes: z.array(Note).optional(),
});

/** One endpoint of a handoff: an activity (possibly in another map) or a described party. */
export const HandoffParty = z.strictObject({
  map: ElementId.optional(),
  activity: ElementId.optional(),
  text: ShortText.optional().describe('Description when no single activity applies, e.g. "Any activity inside or outside the CSIRT process".'),
});

/** A handoff description (Table 5): work passing between actors or processes. */
export const Handoff = z.strictObject({
  title: ShortText.optional(),
  sending: z.array(HandoffParty).min(1).describe('Sending process(es).'),
  receiving: z.array(HandoffParty).min(1).describe('Receiving process(es).'),
  flows: z.array(ElementId).optional().describe('Ids of the flows of this map that this handoff describes.'),
  ...ProcessDescription,
  objects: z
    .array(z.strictObject({ name: ShortText, description: Text.optional() }))
    .optional()
    .describe('Objects being transported or transmitted.'),
  kinds: z.partialRecord(HandoffKindName, HandoffKind).optional(),
  ref: ElementId.optional(),
  tags: Tags.optional(),
  source: SourceRef.optional(),
  notes: z.array(Note).optional(),
  suppress: Suppressions.optional(),
});

/** For a tailored map: the reference map it derives from. */
export const DerivedFrom = z.strictObject({
  map: ElementId.describe('Id of the reference map.'),
  path: z.string().min(1).max(1000).optional().describe('Path of the reference map file, relative to this file.'),
  version: ShortText.optional(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/).optional().describe('sha256 of the reference file the tailoring started from.'),
});

const Point = z.strictObject({ x: z.number().finite(), y: z.number().finite() });

/** Geometry, kept apart from semantics so that layout changes never touch semantic lines. */
export const Layout = z.strictObject({
  pinned: z.record(ElementId, Point).optional().describe('Element id → top-left position the user fixed.'),
  hints: z
    .record(ElementId, z.strictObject({ column: z.number().int().min(0).optional(), order: z.number().int().min(0).optional() }))
    .optional()
    .describe('Element id → column and order within its cell, kept to make re-layout stable.'),
});

export const MapKind = z.enum(['reference', 'as-is', 'to-be']);

/** One process map: one YAML file. Key order here is the canonical key order. */
export const ProcessMap = z.strictObject({
  format: z.literal(CURRENT_FORMAT).describe('Format version of this file.'),
  id: ElementId.describe('Map id, unique in its workspace (e.g. D, or acme-D-as-is).'),
  title: ShortText.describe('Process title shown top left, e.g. "D: Detect Events".'),
  kind: MapKind,
  version: ShortText.optional(),
  source: z
    .strictObject({
      citation: ShortText,
      figure: ShortText.optional(),
      tables: z.array(ShortText).optional(),
      url: z.string().max(1000).optional(),
    })
    .optional()
    .describe('Where the map comes from.'),
  derivedFrom: DerivedFrom.optional(),
  tags: Tags.optional(),
  summary: Text.optional(),
  notes: z.array(Note).optional(),
  actors: z.record(ElementId, Actor).optional().describe('Actors local to this map (the folder catalogue adds more).'),
  lanes: z.record(ElementId, Lane).optional(),
  phases: z.record(ElementId, Phase).optional(),
  activities: z.record(ElementId, Activity),
  groups: z.record(ElementId, Group).optional(),
  initiations: z.record(ElementId, Initiation).optional(),
  terminations: z.record(ElementId, Termination).optional(),
  flows: z.record(ElementId, Flow).optional(),
  triggers: z.record(z.string().regex(/^[0-9]+$/), Trigger).optional().describe('Numbered trigger notes, keyed by number.'),
  description: WorkflowDescription.optional(),
  handoffs: z.record(ElementId, Handoff).optional(),
  deviations: z
    .record(ElementId, z.string().min(3).max(2000))
    .optional()
    .describe('Tailored maps: reference element id → why it was removed or changed.'),
  acknowledgedGaps: z
    .record(z.string().min(1).max(300), z.string().min(3).max(2000))
    .optional()
    .describe('Tailored maps: gap-report finding key (e.g. "uncovered-key-role: Incident handler") → why it is accepted; the gap report stays quiet about it.'),
  suppress: Suppressions.optional(),
  layout: Layout.optional(),
});

/** The actor catalogue shared by all maps of a folder (`actors.yaml`). */
export const ActorCatalogue = z.strictObject({
  format: z.literal('swimlane-actors/1'),
  actors: z.record(ElementId, Actor),
});

export type ProcessMap = z.infer<typeof ProcessMap>;
export type Actor = z.infer<typeof Actor>;
export type Lane = z.infer<typeof Lane>;
export type Phase = z.infer<typeof Phase>;
export type Activity = z.infer<typeof Activity>;
export type Group = z.infer<typeof Group>;
export type Initiation = z.infer<typeof Initiation>;
export type Termination = z.infer<typeof Termination>;
export type Flow = z.infer<typeof Flow>;
export type Trigger = z.infer<typeof Trigger>;
export type WorkflowDescription = z.infer<typeof WorkflowDescription>;
export type Handoff = z.infer<typeof Handoff>;
export type HandoffKind = z.infer<typeof HandoffKind>;
export type HandoffKindName = z.infer<typeof HandoffKindName>;
export type HandoffParty = z.infer<typeof HandoffParty>;
export type ActorCatalogue = z.infer<typeof ActorCatalogue>;
export type MapKind = z.infer<typeof MapKind>;
export type Note = z.infer<typeof Note>;
export type Layout = z.infer<typeof Layout>;
export type ActivityRef = z.infer<typeof ActivityRef>;
