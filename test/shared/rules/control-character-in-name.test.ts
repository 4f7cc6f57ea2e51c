import { describe, it } from 'vitest';
import { expectRule, mapFile } from './ruleTester';

describe('control-character-in-name (issue 16, finding 12)', () => {
  it('reports NUL and other C0 controls in names and the title, not tabs or accents', () => {
    // given maps whose names hold a NUL, an ESC, or only ordinary characters
    const body = (name: string): string => mapFile(`lanes:\n  l1: {actor: a}\nactivities:\n  A: {name: "${name}", lane: l1}\n`);
    // when / then
    expectRule('control-character-in-name', {
      valid: [{ map: body('Café\\tnotes') }],
      invalid: [
        { map: body('Open\\0Close'), messages: ['activities "A": its name holds the control character U+0000'], lines: [8] },
        { map: body('x\\e[2J'), messages: ['activities "A": its name holds the control character U+001B'], lines: [8] },
      ],
    });
  });
});
