import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../../../shared/edits/applyEdit';
import { ProcessMap } from '../../../../shared/model/schema';
import { clipOf, pasteActivities, pasteCommand, type Clip } from '../../../../shared/edits/commands/pasteActivities';

const map = ProcessMap.parse(parse(readFileSync(new URL('../../../fixtures/maps/tailored-example.yaml', import.meta.url), 'utf8')));

describe('pasteActivities', () => {
  it('pastes activities with fresh ids, their inner flows re-pointed, lanes kept where they exist', () => {
    // given a clip of D1 and D2 with the flow between them, and one activity from a lane this map lacks
    const clip: Clip = {
      activities: { D1: map.activities.D1!, D2: map.activities.D2!, Z9: { name: 'Foreign', lane: 'elsewhere' } },
      flows: { 'D1-D2': map.flows!['D1-D2']! },
    };
    // when pasted into the same map with the SIEM lane as target
    const { edits, ids } = pasteActivities(map, clip, 'siem-lane');
    const next = edits.reduce(applyEdit, map);
    // then copies exist, wired to each other, and the foreign one landed in the target lane
    expect(ids).toEqual(['D1-copy', 'D2-copy', 'Z9']);
    expect(next.flows?.['D1-D2-copy']).toEqual({ from: 'D1-copy', to: 'D2-copy', outputs: ['Event reports'] });
    expect(next.activities['D1-copy']?.lane).toBe('helpdesk-lane');
    expect(next.activities.Z9).toEqual({ name: 'Foreign', lane: 'siem-lane' });
    expect(ProcessMap.safeParse(next).success).toBe(true);
  });

  it('copies the chosen activities with only the flows among them', () => {
    // given D1, D2 and D1b of the example, D1b not chosen
    // when D1 and D2 (and an id the map lacks) are copied
    const clip = clipOf(map, ['D1', 'D2', 'nope']);
    // then the clip holds both, and only the flow between them
    expect(Object.keys(clip?.activities ?? {})).toEqual(['D1', 'D2']);
    expect(Object.keys(clip?.flows ?? {})).toEqual(['D1-D2']);
    expect(clipOf(map, ['nope'])).toBeNull();
  });

  it('pastes as one undoable step named by its count', () => {
    // given a clip of D1
    const clip = clipOf(map, ['D1'])!;
    // when pasted
    const command = pasteCommand(map, clip, undefined);
    // then one batch adds D1-copy, and an empty clip pastes nothing
    expect(command?.edit).toMatchObject({ type: 'batch', label: 'Paste 1 activity' });
    expect(command?.ids).toEqual(['D1-copy']);
    expect(applyEdit(map, command!.edit).activities['D1-copy']?.name).toBe(map.activities.D1?.name);
    expect(pasteCommand(map, { activities: {}, flows: {} }, undefined)).toBeNull();
  });
});
