import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../shared/bpmn/exportBpmn';
import { importBpmn } from '../../../shared/bpmn/importBpmn';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { ProcessMap } from '../../../shared/model/schema';
import { arbitraryMap } from '../../support/arbitraryMap';
import { certMaps } from '../../support/certMaps';

const BPMN_NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"';

const TWO_POOLS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${BPMN_NS} id="defs" targetNamespace="http://example.com">
  <bpmn:collaboration id="collab" name="Order handling">
    <bpmn:participant id="shop" name="Shop" processRef="shopProcess" />
    <bpmn:participant id="customer" name="Customer" />
    <bpmn:messageFlow id="confirm" name="Confirmation" sourceRef="ship" targetRef="customer" />
  </bpmn:collaboration>
  <bpmn:process id="shopProcess">
    <bpmn:laneSet id="ls">
      <bpmn:lane id="sales" name="Sales">
        <bpmn:childLaneSet id="cls">
          <bpmn:lane id="desk" name="Desk"><bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>check</bpmn:flowNodeRef><bpmn:flowNodeRef>ok</bpmn:flowNodeRef></bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
      <bpmn:lane id="store" name="Store"><bpmn:flowNodeRef>ship</bpmn:flowNodeRef><bpmn:flowNodeRef>end</bpmn:flowNodeRef><bpmn:flowNodeRef>refused</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="start" name="Order received" />
    <bpmn:userTask id="check" name="Check order"><bpmn:documentation>Look at stock and payment.</bpmn:documentation>
      <bpmn:dataOutputAssociation id="doa"><bpmn:targetRef>slip</bpmn:targetRef></bpmn:dataOutputAssociation>
    </bpmn:userTask>
    <bpmn:dataObjectReference id="slip" name="Packing slip" dataObjectRef="slipObject" />
    <bpmn:dataObject id="slipObject" />
    <bpmn:exclusiveGateway id="ok" name="Order OK?" />
    <bpmn:serviceTask id="ship" name="Ship goods" />
    <bpmn:endEvent id="end" />
    <bpmn:endEvent id="refused" name="Order refused" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="ok" />
    <bpmn:sequenceFlow id="yes" name="yes" sourceRef="ok" targetRef="ship" />
    <bpmn:sequenceFlow id="no" sourceRef="ok" targetRef="refused"><bpmn:conditionExpression>amount &gt; limit</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f3" sourceRef="ship" targetRef="end" />
    <bpmn:textAnnotation id="note"><bpmn:text>Checked within a day</bpmn:text></bpmn:textAnnotation>
    <bpmn:association id="a1" sourceRef="note" targetRef="check" />
  </bpmn:process>
</bpmn:definitions>`;

/** What a round trip must keep: activities, lanes, flows and conditions. */
function essentials(map: ProcessMap) {
  return {
    activities: Object.fromEntries(Object.entries(map.activities).map(([id, activity]) => [id, { name: activity.name, lane: activity.lane }])),
    lanes: Object.fromEntries(Object.entries(map.lanes ?? {}).map(([id, lane]) => [id, lane.actor])),
    flows: Object.fromEntries(Object.entries(map.flows ?? {}).map(([id, flow]) => [id, { from: flow.from, to: flow.to, condition: flow.condition, outputs: flow.outputs, inputFork: flow.inputFork, outputFork: flow.outputFork }])),
  };
}

async function roundTrip(map: ProcessMap): Promise<ProcessMap> {
  const result = await importBpmn(await exportBpmn(map, await layoutMap(map)));
  if (!result.ok) throw new Error(result.message);
  expect(result.losses).toEqual([]);
  return result.maps[0]!;
}

describe('importBpmn', () => {
  it('reads pools, nested lanes, tasks, a decision, data outputs, notes and a message flow', async () => {
    // given a collaboration of a laned pool and a black-box pool
    // when it is imported
    const result = await importBpmn(TWO_POOLS);
    // then the map carries each part, and validates
    if (!result.ok) throw new Error(result.message);
    const map = result.maps[0]!;
    expect(ProcessMap.safeParse(map).success).toBe(true);
    expect(map.title).toBe('Order handling');
    expect(Object.values(map.lanes!).map((lane) => lane.label ?? result.actors.actors[lane.actor]!.name)).toEqual(['Shop / Sales / Desk', 'Shop / Store', 'Customer']);
    expect(map.activities.check).toMatchObject({ name: 'Check order', lane: 'desk', summary: 'Look at stock and payment.', outputs: ['Packing slip'], notes: ['Checked within a day'], tags: ['UserTask'] });
    expect(map.flows!.yes).toMatchObject({ from: 'check', to: 'ship', condition: 'yes', outputFork: 'ok' });
    expect(map.flows!.no).toMatchObject({ from: 'check', to: 'refused', condition: 'amount > limit', outputFork: 'ok' });
    expect(map.flows!.confirm).toMatchObject({ from: 'ship', outputs: ['Confirmation'] });
    expect(map.terminations![map.flows!.confirm!.to]).toEqual({ kind: 'label', text: 'To Customer' });
    expect(Object.values(map.handoffs!)[0]).toMatchObject({ flows: ['confirm'], kinds: { 'person-to-person': { modes: { electronic: ['message'] } } } });
  });

  it('lists what it does not carry over, with the BPMN id, in the result and as map notes', async () => {
    // given a task with a loop marker
    const xml = TWO_POOLS.replace('<bpmn:serviceTask id="ship" name="Ship goods" />', '<bpmn:serviceTask id="ship" name="Ship goods"><bpmn:standardLoopCharacteristics /></bpmn:serviceTask>');
    // when it is imported
    const result = await importBpmn(xml);
    // then the loop is listed by id, in the losses and the map's notes
    if (!result.ok) throw new Error(result.message);
    expect(result.losses).toContainEqual({ id: 'ship', message: 'ServiceTask: loopCharacteristics is not carried over' });
    expect(result.maps[0]!.notes).toContain('Not carried over: ship: ServiceTask: loopCharacteristics is not carried over');
  });

  it('sanitises ids that are not map ids and keeps the original', async () => {
    // given a task whose BPMN id starts with "_"
    const xml = TWO_POOLS.replaceAll('"check"', '"_check"').replace('<bpmn:flowNodeRef>check<', '<bpmn:flowNodeRef>_check<');
    // when it is imported
    const result = await importBpmn(xml);
    // then the activity is "check" and notes the BPMN id
    if (!result.ok) throw new Error(result.message);
    expect(result.maps[0]!.activities.check!.notes).toContain('BPMN id: _check');
  });

  it.each([
    ['a DOCTYPE with entities', `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><bpmn:definitions ${BPMN_NS}/>`, /DOCTYPE.*1:22|^1:22/],
    ['an external entity', `<?xml version="1.0"?>\n<!DOCTYPE d SYSTEM "http://example.com/evil.dtd"><bpmn:definitions ${BPMN_NS}/>`, /^2:1/],
    ['deep nesting', `<bpmn:definitions ${BPMN_NS}>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</bpmn:definitions>`, /^1:\d+ .*nest deeper/],
    ['not XML at all', 'format: swimlane/1\n', /^1:1 .*not BPMN/],
    ['XML that is not BPMN', '<svg xmlns="http://www.w3.org/2000/svg"/>', /not BPMN/],
  ])('refuses %s with a located error', async (_, xml, expected) => {
    // given hostile or foreign input
    // when it is imported
    const result = await importBpmn(xml);
    // then it fails with a line and column, without expanding or fetching anything
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(`${result.line}:${result.column} ${result.message}`).toMatch(expected);
  });

  it.each(certMaps())('gives back the activities, lanes, flows and conditions of CERT map $id', async ({ map }) => {
    // given a library map
    // when it goes to BPMN and back
    const back = await roundTrip(map);
    // then its essentials are unchanged and the result validates
    expect(ProcessMap.safeParse(back).success).toBe(true);
    expect(essentials(back)).toEqual(essentials(map));
    expect(back.triggers ? Object.values(back.triggers).map((trigger) => trigger.starts) : undefined).toEqual(map.triggers ? Object.values(map.triggers).map((trigger) => trigger.starts) : undefined);
  });

  it('keeps a lane whose id is also an activity id', async () => {
    // given a lane and an activity both called "A" (BPMN ids share one space)
    const map: ProcessMap = { format: 'swimlane/1', id: 'm', title: 'M', kind: 'as-is', actors: { A: { name: 'A', kind: 'team' } }, lanes: { A: { actor: 'A' } }, activities: { A: { name: 'Do', lane: 'A' } } };
    // when it goes to BPMN and back
    // then both come back under their ids, with no parse warning
    expect(essentials(await roundTrip(map))).toEqual(essentials(map));
  });

  it('gives back the activities, lanes, flows and conditions of any map (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap, async (map) => {
        // given a generated map; when it goes to BPMN and back; then its essentials are unchanged
        expect(essentials(await roundTrip(map))).toEqual(essentials(map));
      }),
      { numRuns: 40 },
    );
  });
});
