import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit, EDIT_HANDLERS } from '../../../shared/edits/applyEdit';
import type { EditType } from '../../../shared/edits/edit';
import { amendLastEdit, canRedo, canUndo, createHistory, pushEdit, redo, undo } from '../../../shared/edits/history';
import { EditError } from '../../../shared/edits/records';
import { ProcessMap } from '../../../shared/model/schema';
import { editArbitraries } from './editArbitraries';

function loadFixture(name: string): ProcessMap {
  return ProcessMap.parse(parse(readFileSync(new URL(`../../fixtures/maps/${name}`, import.meta.url), 'utf8')));
}

const maps = [loadFixture('tailored-example.yaml'), loadFixture('worked-example.yaml')];

describe('history', () => {
  for (const type of Object.keys(EDIT_HANDLERS) as EditType[]) {
    it(`apply → undo → redo is the identity for ${type}`, () => {
      // given a fixture map and any edit of this kind that fits it
      const map = maps[0]!;
      const frozen = structuredClone(map);
      fc.assert(
        fc.property(editArbitraries(map)[type], (edit) => {
          let applied: ProcessMap;
          try {
            applied = applyEdit(map, edit);
          } catch (error) {
            // an edit naming a missing element is refused with an EditError, never anything else
            expect(error).toBeInstanceOf(EditError);
            return;
          }
          // when it is pushed, undone and redone
          const pushed = pushEdit(createHistory(map), edit);
          const undone = undo(pushed);
          const redone = redo(undone);
          // then undo gives back the original, redo the edited map, and the original never changed
          expect(undone.present).toBe(map);
          expect(redone.present).toEqual(applied);
          expect(map).toEqual(frozen);
          // and the edited map is still a valid map
          expect(ProcessMap.safeParse(applied).success).toBe(true);
        }),
        { numRuns: 40 },
      );
    });
  }

  it('every kind has a generator that produces an applicable edit on some fixture', () => {
    // given the fixtures
    for (const type of Object.keys(EDIT_HANDLERS) as EditType[]) {
      // when sampling edits of this kind
      const applicable = maps.some((map) =>
        fc.sample(editArbitraries(map)[type], 30).some((edit) => {
          try {
            return applyEdit(map, edit) !== map;
          } catch {
            return false;
          }
        }),
      );
      // then at least one of them changes a map
      expect(applicable, type).toBe(true);
    }
  });

  it('a new edit clears redo, and canUndo/canRedo follow the stacks', () => {
    // given a history with one undone edit
    const map = maps[0]!;
    const first = pushEdit(createHistory(map), { type: 'activity.rename', id: 'D1', name: 'Spot Events' });
    const undone = undo(first);
    expect(canRedo(undone)).toBe(true);
    // when another edit is pushed
    const next = pushEdit(undone, { type: 'lane.rename', id: 'soc-lane', label: 'Security analyst' });
    // then redo is gone and the label is the derived one
    expect(canRedo(next)).toBe(false);
    expect(canUndo(next)).toBe(true);
    expect(next.past.at(-1)?.label).toBe('Rename lane soc-lane');
  });

  it('a batch is one undo step', () => {
    // given a map
    const map = maps[0]!;
    // when a batch of two edits is pushed and undone
    const pushed = pushEdit(createHistory(map), {
      type: 'batch',
      label: 'Add activity',
      edits: [
        { type: 'activity.add', id: 'D3', activity: { name: 'Escalate', lane: 'soc-lane' } },
        { type: 'flow.connect', id: 'D2-D3', flow: { from: 'D2', to: 'D3' } },
      ],
    });
    // then both happened, and one undo removes both
    expect(pushed.present.activities.D3?.name).toBe('Escalate');
    expect(pushed.present.flows?.['D2-D3']).toEqual({ from: 'D2', to: 'D3' });
    expect(pushed.past).toHaveLength(1);
    expect(undo(pushed).present).toBe(map);
  });
});

describe('amendLastEdit', () => {
  it('folds typing in one field into one undo step whose before is the map before typing', () => {
    // given a map and two successive renames of D1 (two keystrokes)
    const map = maps[0]!;
    const first = pushEdit(createHistory(map), { type: 'activity.rename', id: 'D1', name: 'N' });
    // when the second amends the first
    const amended = amendLastEdit(first, { type: 'activity.rename', id: 'D1', name: 'No' });
    // then there is one step, and undo restores the original
    expect(amended.past).toHaveLength(1);
    expect(amended.present.activities.D1?.name).toBe('No');
    expect(undo(amended).present).toBe(map);
  });
});
