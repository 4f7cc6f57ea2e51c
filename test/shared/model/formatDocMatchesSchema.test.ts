import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Activity, ProcessMap } from '../../../shared/model/schema';

const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');

function section(title: string): string {
  const start = doc.indexOf(`## ${title}\n`);
  return doc.slice(start, doc.indexOf('\n## ', start + 1));
}

describe('docs/format.md and the schema agree', () => {
  it('lists every top-level key with whether it is required, and describes notes as a list', () => {
    // given the top-level table of the reference
    const rows = [...section('Top level').matchAll(/^\| `([A-Za-z]+)` \| (yes)? *\|/gm)].map((match) => [match[1], match[2] === 'yes'] as const);
    // then it holds exactly the schema's keys, in order, with the same required ones
    const shape = ProcessMap.shape as Record<string, { _zod: { def: { type: string } } }>;
    expect(rows.map(([key]) => key)).toEqual(Object.keys(shape));
    expect(rows.filter(([, required]) => required).map(([key]) => key)).toEqual(Object.keys(shape).filter((key) => shape[key]!._zod.def.type !== 'optional'));
    expect(section('Top level')).toMatch(/\| `notes` \| \| A list of reviewer notes/);
  });

  it('names every activity field, in the schema order', () => {
    // given the Activities paragraph up to its last field
    const text = section('Activities');
    const fields = [...text.slice(0, text.indexOf('The diagram')).matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]!).filter((name) => name in Activity.shape);
    expect(fields).toEqual(Object.keys(Activity.shape));
  });
});
