/**
 * No comment is lost on any save (issue 16, point 3): over random commented maps and random edits,
 * every comment above an entry that is still there, and every comment after a value that did not
 * change, is in the saved text, whether the save was minimal or fell back to a canonical rewrite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../shared/diff/sameValue';
import type { ProcessMap } from '../../../shared/model/schema';
import { parseMap } from '../../../shared/yaml/parseMap';
import { updateYamlText } from '../../../shared/yaml/updateMapText';
import type { commentEverywhere} from '../../support/commentedMap';
import { arbitraryCommentedSave, valueAtPath } from '../../support/commentedMap';

function lostComments(save: { map: ProcessMap; text: string; comments: ReturnType<typeof commentEverywhere>['comments']; next: ProcessMap }, saved: string): string[] {
  return save.comments
    .filter((comment) => valueAtPath(save.next, comment.path) !== undefined)
    .filter((comment) => !comment.trailing || sameValue(valueAtPath(save.map, comment.path), valueAtPath(save.next, comment.path)))
    .filter((comment) => !saved.includes(`${comment.text}\n`))
    .map((comment) => `${comment.text} at ${comment.path.join('.')}`);
}

describe('comments survive saving (property)', () => {
  it('keeps every comment of an entry that is still there, on any save', () => {
    fc.assert(
      fc.property(arbitraryCommentedSave, (save) => {
        // given a file with a comment at every entry, and its map edited
        expect(parseMap(save.text, 'c.yaml').value).toEqual(save.map);
        // when the edited map is saved over the file
        const saved = updateYamlText(save.text, save.next).text;
        // then it reads back as the edit, and no comment of a surviving entry is gone
        expect(parseMap(saved, 'c.yaml').value).toEqual(save.next);
        expect(lostComments(save, saved)).toEqual([]);
      }),
      { numRuns: 1000, seed: 1616 },
    );
  });

});
