/** The registry of built-in rules, in the order their findings are documented. */
import { activityWithoutAccountable } from './activity-without-accountable';
import { activityWithoutLane } from './activity-without-lane';
import { actorAccountableForEverything } from './actor-accountable-for-everything';
import { alternativeOutputsWithoutCondition } from './alternative-outputs-without-condition';
import { controlCharacterInName } from './control-character-in-name';
import { crossMapReference } from './cross-map-reference';
import { deadEnd } from './dead-end';
import { descriptionFlowMismatch } from './description-flow-mismatch';
import { duplicateId } from './duplicate-id';
import { emptyLane } from './empty-lane';
import { flowWithoutLabel } from './flow-without-label';
import { groupMemberUnknown } from './group-member-unknown';
import { handoffActorNotInLane } from './handoff-actor-not-in-lane';
import { handoffWithoutDescription } from './handoff-without-description';
import type { Rule } from './rule';
import { triggerUnknownActivity } from './trigger-unknown-activity';
import { unknownActor } from './unknown-actor';
import { unreachableActivity } from './unreachable-activity';
import { unrecordedDeviation } from './unrecorded-deviation';
import { unresolvedReference } from './unresolved-reference';

export const ALL_RULES: readonly Rule<Record<string, unknown>>[] = [
  unresolvedReference,
  duplicateId,
  activityWithoutLane,
  emptyLane,
  unknownActor,
  unreachableActivity,
  deadEnd,
  alternativeOutputsWithoutCondition,
  flowWithoutLabel,
  handoffWithoutDescription,
  handoffActorNotInLane,
  triggerUnknownActivity,
  groupMemberUnknown,
  crossMapReference,
  descriptionFlowMismatch,
  unrecordedDeviation,
  controlCharacterInName,
  activityWithoutAccountable,
  actorAccountableForEverything,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule<Record<string, unknown>>> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));
