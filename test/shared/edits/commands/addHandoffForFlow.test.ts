import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../../shared/model/schema';
import { addHandoffForFlow } from '../../../../shared/edits/commands/addHandoffForFlow';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('addHandoffForFlow', () => {
  it('describes a flow between activities as a handoff between their lanes', () => {
    // given the flow D1-D2 from the help desk lane to the SOC lane
    // when a handoff is added for it
    const result = addHandoffForFlow(map, 'D1-D2');
    const next = applyEdit(map, result!.edit);
    // then it is named by the two lanes and lists both activities and the flow
    expect(result?.id).toBe('helpdesk-lane-to-soc-lane');
    expect(next.handoffs?.['helpdesk-lane-to-soc-lane']).toEqual({
      title: 'Handoff from D1 to D2',
      sending: [{ activity: 'D1' }],
      receiving: [{ activity: 'D2' }],
      flows: ['D1-D2'],
    });
  });

  it('names a line end by its id and numbers a second handoff', () => {
    // given a handoff for D2-to-T1 already added
    const once = applyEdit(map, addHandoffForFlow(map, 'D2-to-T1')!.edit);
    // when another is added for the same flow
    const again = addHandoffForFlow(once, 'D2-to-T1');
    // then the receiving party is the text "to-T1" and the id is numbered
    expect(once.handoffs?.['soc-lane-to-to-t1']?.receiving).toEqual([{ text: 'to-T1' }]);
    expect(again?.id).toBe('soc-lane-to-to-t1-2');
    expect(addHandoffForFlow(map, 'no-such-flow')).toBeNull();
  });
});
