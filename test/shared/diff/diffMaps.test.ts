import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyDiff, equalMaps } from '../../../shared/diff/applyDiff';
import { CHANGE_KINDS } from '../../../shared/diff/changeKinds';
import type { ChangeKind } from '../../../shared/diff/changeKinds';
import { diffMaps, isEmptyDiff } from '../../../shared/diff/diffMaps';
import { ProcessMap } from '../../../shared/model/schema';
import { editedMap } from './mapArbitraries';
import type { Mutable } from './mapArbitraries';

const BASE = ProcessMap.parse(
  parse(`
format: swimlane/1
id: small
title: Small
kind: as-is
actors:
  desk: {name: Help desk, kind: team}
  soc: {name: SOC, kind: team}
lanes:
  desk-lane: {actor: desk}
  soc-lane: {actor: soc, label: Security}
phases:
  p1: {name: Notice}
  p2: {name: Decide}
activities:
  A1: {name: Notice, lane: desk-lane, phase: p1, summary: Look around.}
  A2: {name: Decide, lane: soc-lane, phase: p2}
  A3: {name: Close, lane: soc-lane}
groups:
  g: {label: Pair, members: [A1, A2]}
initiations:
  in: {kind: outside}
terminations:
  out: {kind: label, text: To others}
  to-R: {kind: activity, map: R-as-is, activity: R1}
flows:
  in-A1: {from: in, to: A1, outputs: [Signs]}
  A1-A2: {from: A1, to: A2, outputs: [Reports], outputFork: f}
  A2-out: {from: A2, to: out, outputs: [Decisions], condition: If needed}
triggers:
  1: {text: Alarm, starts: [A1]}
handoffs:
  h:
    title: Desk to SOC
    sending: [{activity: A1}]
    receiving: [{activity: A2}]
    flows: [A1-A2]
    mission: [Pass reports on.]
    objects: [{name: Reports}]
    kinds:
      person-to-person:
        procedures: [Call the SOC.]
        sendingActors: [desk]
        receivingActors: [soc]
        modes: {verbal: [Phone]}
deviations:
  X1: Not done here.
description:
  mission: [Find things.]
layout:
  pinned:
    A1: {x: 1, y: 2}
`),
);


/** Each change kind, with an edit of BASE that must produce it. */
const CASES: ReadonlyArray<readonly [ChangeKind, (m: Mutable) => void]> = [
  ['activity.added', (m) => (m.activities.A4 = { name: 'New', lane: 'soc-lane' })],
  ['activity.removed', (m) => delete m.activities.A3],
  ['activity.renamed', (m) => (m.activities.A2.name = 'Decide quickly')],
  ['activity.moved', (m) => (m.activities.A2.lane = 'desk-lane')],
  ['activity.phase-changed', (m) => (m.activities.A2.phase = 'p1')],
  ['activity.description-changed', (m) => (m.activities.A1.summary = 'Look harder.')],
  ['activity.changed', (m) => (m.activities.A1.tags = ['ISIM'])],
  ['flow.added', (m) => (m.flows['A2-A3'] = { from: 'A2', to: 'A3' })],
  ['flow.removed', (m) => delete m.flows['in-A1']],
  ['flow.rewired', (m) => (m.flows['A1-A2'].to = 'A3')],
  ['flow.condition-changed', (m) => (m.flows['A2-out'].condition = 'If urgent')],
  ['flow.label-changed', (m) => (m.flows['A2-out'].outputs = ['Verdicts'])],
  ['flow.fork-changed', (m) => (m.flows['A1-A2'].outputFork = 'g2')],
  ['flow.changed', (m) => (m.flows['A1-A2'].notes = ['Checked.'])],
  ['handoff.added', (m) => (m.handoffs.h2 = { sending: [{ activity: 'A2' }], receiving: [{ activity: 'A3' }] })],
  ['handoff.removed', (m) => delete m.handoffs.h],
  ['handoff.objects-changed', (m) => (m.handoffs.h.objects = [{ name: 'Tickets' }])],
  ['handoff.actors-changed', (m) => (m.handoffs.h.kinds['person-to-person'].receivingActors = ['desk'])],
  ['handoff.mechanism-changed', (m) => (m.handoffs.h.kinds['person-to-person'].modes = { electronic: ['Ticketing system'] })],
  ['handoff.procedures-changed', (m) => (m.handoffs.h.kinds['person-to-person'].procedures = ['Open a ticket.'])],
  ['handoff.parties-changed', (m) => (m.handoffs.h.receiving = [{ activity: 'A3' }])],
  ['handoff.kind-added', (m) => (m.handoffs.h.kinds['person-to-technology'] = { modes: { electronic: ['Portal'] } })],
  ['handoff.kind-removed', (m) => delete m.handoffs.h.kinds['person-to-person']],
  ['handoff.description-changed', (m) => (m.handoffs.h.mission = ['Pass reports on quickly.'])],
  ['handoff.changed', (m) => (m.handoffs.h.title = 'Desk hands to SOC')],
  ['trigger.added', (m) => (m.triggers['2'] = { text: 'Call', starts: ['A2'] })],
  ['trigger.removed', (m) => delete m.triggers['1']],
  ['trigger.changed', (m) => (m.triggers['1'].starts = ['A2'])],
  ['lane.added', (m) => (m.lanes['new-lane'] = { actor: 'soc' })],
  ['lane.removed', (m) => delete m.lanes['desk-lane']],
  ['lane.renamed', (m) => (m.lanes['soc-lane'].label = 'Security operations')],
  ['lane.actor-changed', (m) => (m.lanes['soc-lane'].actor = 'desk')],
  ['lane.reordered', (m) => (m.lanes = { 'soc-lane': m.lanes['soc-lane'], 'desk-lane': m.lanes['desk-lane'] })],
  ['lane.changed', (m) => (m.lanes['soc-lane'].notes = ['Shift work.'])],
  ['phase.added', (m) => (m.phases.p3 = { name: 'Close' })],
  ['phase.removed', (m) => delete m.phases.p2],
  ['phase.renamed', (m) => (m.phases.p2.name = 'Judge')],
  ['phase.reordered', (m) => (m.phases = { p2: m.phases.p2, p1: m.phases.p1 })],
  ['phase.changed', (m) => (m.phases.p2.notes = ['Later.'])],
  ['group.added', (m) => (m.groups.g2 = { members: ['A3'] })],
  ['group.removed', (m) => delete m.groups.g],
  ['group.members-changed', (m) => (m.groups.g.members = ['A1', 'A2', 'A3'])],
  ['group.changed', (m) => (m.groups.g.label = 'Together')],
  ['initiation.added', (m) => (m.initiations.any = { kind: 'any', text: 'From anywhere' })],
  ['initiation.removed', (m) => delete m.initiations.in],
  ['initiation.changed', (m) => (m.initiations.in.text = 'Outside')],
  ['termination.added', (m) => (m.terminations.arch = { kind: 'icon', icon: 'archive' })],
  ['termination.removed', (m) => delete m.terminations.out],
  ['termination.changed', (m) => (m.terminations.out.text = 'To all')],
  ['actor.added', (m) => (m.actors.legal = { name: 'Legal', kind: 'role' })],
  ['actor.removed', (m) => delete m.actors.soc],
  ['actor.changed', (m) => (m.actors.soc.name = 'Security operations centre')],
  ['deviation.added', (m) => (m.deviations.X2 = 'Also not done.')],
  ['deviation.removed', (m) => delete m.deviations.X1],
  ['deviation.changed', (m) => (m.deviations.X1 = 'Not done here yet.')],
  ['description.changed', (m) => (m.description.mission = ['Find more things.'])],
  ['map.changed', (m) => (m.title = 'Smaller')],
  ['map.references-renamed', (m) => (m.terminations['to-R'].map = 'R-to-be')],
  ['layout.changed', (m) => (m.layout.pinned.A1 = { x: 5, y: 2 })],
  ['trace.changed', (m) => (m.activities.A1.ref = 'A1')],
  ['order.changed', (m) => (m.activities = { A2: m.activities.A2, A1: m.activities.A1, A3: m.activities.A3 })],
  ['section.changed', (m) => delete m.groups],
];

function edited(mutate: (m: Mutable) => void): ProcessMap {
  const copy = JSON.parse(JSON.stringify(BASE)) as Mutable;
  mutate(copy);
  return copy as ProcessMap;
}

describe('diffMaps', () => {
  it.each(CASES)('names the change %s and applyDiff reproduces it', (kind, mutate) => {
    // given BASE and BASE with one edit
    const after = edited(mutate);
    // when they are compared (renamed references to other maps said once)
    const diff = diffMaps(BASE, after, { renamedMapReferences: true });
    // then the change kind appears, and applying the diff gives the edited map
    expect([...diff.changes, ...diff.layout].map((change) => change.kind)).toContain(kind);
    expect(equalMaps(applyDiff(BASE, diff), after)).toBe(true);
  });

  it('has a test case for every change kind', () => {
    // given the declared kinds / when compared with the cases / then none is left untested
    expect(new Set(CASES.map(([kind]) => kind))).toEqual(new Set(CHANGE_KINDS));
  });

  it('keeps layout and file order apart from semantic changes', () => {
    // given a pin move and an activity reorder
    const after = edited((m) => {
      m.layout.pinned.A1 = { x: 9, y: 9 };
      m.activities = { A3: m.activities.A3, A1: m.activities.A1, A2: m.activities.A2 };
    });
    // when compared
    const diff = diffMaps(BASE, after);
    // then nothing is semantic
    expect(diff.changes).toEqual([]);
    expect(diff.layout.map((change) => change.kind).sort()).toEqual(['layout.changed', 'order.changed']);
  });

  it('keeps a trace link to the element itself apart from the changes, but not one to another element', () => {
    // given A1 tracing to itself (as a tailored copy does) and A2 tracing to another reference element
    const after = edited((m) => {
      m.activities.A1.ref = 'A1';
      m.activities.A2.ref = 'R7';
    });
    // when compared
    const diff = diffMaps(BASE, after);
    // then only A2's link is a change; A1's is with the layout, and applying the diff still gives the map
    expect(diff.changes.map((change) => change.path.join('.'))).toEqual(['activities.A2.ref']);
    expect(diff.layout.map((change) => `${change.kind} ${change.path.join('.')}`)).toEqual(['trace.changed activities.A1.ref']);
    expect(equalMaps(applyDiff(BASE, diff), after)).toBe(true);
  });

  it('reports a moved activity with both lanes', () => {
    // given A2 moved from the SOC lane to the help desk lane
    const diff = diffMaps(BASE, edited((m) => (m.activities.A2.lane = 'desk-lane')));
    // then one change says so
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: 'activity.moved', path: ['activities', 'A2', 'lane'], elementId: 'A2', before: 'soc-lane', after: 'desk-lane' }),
    ]);
    expect(diff.changes[0]!.message).toBe('activity A2 "Decide" moved from lane soc-lane to lane desk-lane');
  });

  it('places an added element after its predecessor', () => {
    // given an activity added between A1 and A2
    const after = edited((m) => (m.activities = { A1: m.activities.A1, N: { name: 'New' }, A2: m.activities.A2, A3: m.activities.A3 }));
    // when the diff is applied
    const diff = diffMaps(BASE, after);
    // then it lands in the same place, with no separate reorder
    expect(diff.layout).toEqual([]);
    expect(Object.keys(applyDiff(BASE, diff).activities)).toEqual(['A1', 'N', 'A2', 'A3']);
  });
});

const EXAMPLE = ProcessMap.parse(parse(readFileSync(new URL('../../fixtures/maps/worked-example.yaml', import.meta.url), 'utf8')));

describe('diffMaps properties', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(
      fc.property(editedMap(EXAMPLE), (a) => {
        // given any map / when compared with itself / then there is no change at all
        expect(isEmptyDiff(diffMaps(a, a))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('applyDiff(a, diff(a, b)) equals b', () => {
    fc.assert(
      fc.property(editedMap(EXAMPLE), editedMap(EXAMPLE), (a, b) => {
        // given two maps edited independently from one base
        // when the diff from a to b is applied to a
        const rebuilt = applyDiff(a, diffMaps(a, b));
        // then the result is b, and nothing is left to tell them apart
        expect(equalMaps(rebuilt, b)).toBe(true);
        expect(isEmptyDiff(diffMaps(rebuilt, b))).toBe(true);
        // and so it is when renamed map references are said once
        expect(equalMaps(applyDiff(a, diffMaps(a, b, { renamedMapReferences: true })), b)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
