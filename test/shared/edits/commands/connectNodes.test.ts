import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../../shared/model/schema';
import { connectNodes } from '../../../../shared/edits/commands/connectNodes';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('connectNodes', () => {
  it('connects two nodes with a flow named by its ends', () => {
    // given D1b and the line end archive, not connected
    // when D1b is connected to archive
    const result = connectNodes(map, 'D1b', 'archive');
    const next = applyEdit(map, result!.edit);
    // then the flow D1b-archive exists, labelled as a connect
    expect(result?.id).toBe('D1b-archive');
    expect(next.flows?.['D1b-archive']).toEqual({ from: 'D1b', to: 'archive' });
    expect(result?.edit).toMatchObject({ type: 'batch', label: 'Connect flow D1b-archive' });
  });

  it('numbers a second flow between the same nodes and refuses a loop onto itself', () => {
    // given the flow D1-D2 / when D1 is connected to D2 again, and D1 to D1 / then D1-D2-2, and nothing
    expect(connectNodes(map, 'D1', 'D2')?.id).toBe('D1-D2-2');
    expect(connectNodes(map, 'D1', 'D1')).toBeNull();
  });
});
