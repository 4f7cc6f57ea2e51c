import { INDEXED_COLLECTIONS } from '../model/mapIndex';
import { defineRule } from './rule';

// NUL, the other C0 controls except tab and line feed, and DEL.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * A name with a raw control character (NUL, ESC, …) shows differently in every tool, and can drive
 * a terminal. A rule rather than a schema refinement: the file still loads, so the editor can
 * show the place and fix it, and the finding names the character.
 */
export const controlCharacterInName = defineRule({
  id: 'control-character-in-name',
  description: 'A name or title holds a control character (NUL, ESC, …).',
  defaultSeverity: 'error',
  check({ map, index, report }) {
    const describe = (text: string): string => `U+${text.match(CONTROL)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    if (CONTROL.test(map.title)) report({ message: `the title holds the control character ${describe(map.title)}`, path: ['title'] });
    for (const collection of INDEXED_COLLECTIONS) {
      for (const [id, element] of index[collection]) {
        const name = (element as { name?: unknown }).name;
        if (typeof name === 'string' && CONTROL.test(name)) report({ message: `${collection} "${id}": its name holds the control character ${describe(name)}`, path: [collection, id, 'name'] });
      }
    }
  },
});
