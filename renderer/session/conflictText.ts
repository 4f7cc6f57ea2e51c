/**
 * Reading a map that holds git merge-conflict markers: the text of one side, so the map can be shown
 * (read-only) while the conflict is unresolved. Markers are recognised as the loader does.
 */

const OURS = /^<{7}(?: |$)/;
const BASE = /^\|{7}(?: |$)/;
const SPLIT = /^={7}(?: |$)/;
const THEIRS_END = /^>{7}(?: |$)/;

/**
 * The text with every conflict resolved to "ours" (the part between `<<<<<<<` and `=======`,
 * without a diff3 `|||||||` base part); lines outside conflicts are kept as they are.
 */
export function keepOurSide(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  let part: 'outside' | 'ours' | 'base' | 'theirs' = 'outside';
  for (const line of lines) {
    const bare = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (part === 'outside' && OURS.test(bare)) part = 'ours';
    else if (part === 'ours' && BASE.test(bare)) part = 'base';
    else if ((part === 'ours' || part === 'base') && SPLIT.test(bare)) part = 'theirs';
    else if (part === 'theirs' && THEIRS_END.test(bare)) part = 'outside';
    else if (part === 'outside' || part === 'ours') kept.push(line);
  }
  return kept.join('\n');
}
