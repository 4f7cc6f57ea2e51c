import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../shared/yaml/parseMap';

const header = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\n';

/** Words of zod and of the YAML parser that a map author should never see. */
const LIBRARY_WORDING = /Invalid (key|input|string|discriminator)|Too (small|big)|expected (string|array) to have|must match pattern|>=|<=|compact mappings|Implicit keys|sufficiently indented|All mapping items|at line \d+, column \d+/;

function findings(body: string): string[] {
  return parseMap(`${header}${body}`, 'm.yaml').issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`);
}

describe('messages for bad input, in words and located', () => {
  it.each([
    ['a trigger keyed by a word', 'triggers:\n  t:\n    text: Start\n    starts: [A]\nactivities:\n  A:\n    name: A\n', ['6:3 triggers: key "t" is not allowed here: expected a whole number (1, 2, 3, …)']],
    ['an empty name', 'activities:\n  A:\n    name: ""\n', ['7:11 activities.A.name: must not be empty']],
    ['a too long name', `activities:\n  A:\n    name: ${'x'.repeat(600)}\n`, ['7:11 activities.A.name: at most 500 characters, found 600 characters']],
    ['an id with a space', 'activities:\n  "bad id":\n    name: A\n', ['6:3 activities: key "bad id" is not allowed here: an id uses letters, digits, ".", "_" or "-" and starts with a letter or digit']],
    ['a group with no members', 'groups:\n  g:\n    members: []\nactivities:\n  A:\n    name: A\n', ['7:14 groups.g.members: needs at least one item']],
    ['a tag with a space', 'activities:\n  A:\n    name: A\n    tags: ["has space"]\n', ['8:12 activities.A.tags.0: expected letters, digits, ".", "_", ":" or "-", starting with a letter or digit, found text "has space"']],
    ['a duplicate key', 'activities:\n  A:\n    name: A\n  A:\n    name: B\n', ['8:3 duplicate key "A": each key may appear once in a mapping, quoted or not (first on line 6)']],
    ['a key indented too little', 'activities:\n  A:\n    name: A\n   lane: x\n', ['8:1 wrong indentation: this line does not line up with the keys before it at its level']],
    ['a key indented too far', 'activities:\n  A:\n    name: A\n      lane: x\n', ['7:11 wrong indentation: a value is followed by a line indented further, or by another "key:" on its line; put each key on a line of its own, lined up with the keys beside it']],
    ['an unclosed list', 'activities: [a\n', ['6:1 a list opened with "[" is not closed with "]" (or its next line is not indented under it)']],
    ['an unclosed flow mapping', 'activities:\n  A: {name: A\n', ['7:1 a mapping opened with "{" is not closed with "}" (or its next line is not indented under it)']],
    ['a tab as indentation', 'activities:\n\tA:\n    name: A\n', ['6:1 a tab indents this line: YAML indents with spaces only']],
    ['an unclosed quote', 'activities:\n  A:\n    name: "Review\n', ['8:1 a text opened with a quote is not closed']],
  ])('%s', (_name, body, expected) => {
    // when the map is read
    const found = findings(body);
    // then there is one located message per mistake, in words, with no library wording
    expect(found).toEqual(expected);
    for (const message of found) expect(message).not.toMatch(LIBRARY_WORDING);
  });
});
