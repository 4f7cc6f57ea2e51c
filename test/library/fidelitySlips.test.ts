import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../shared/yaml/parseMap';

const load = (name: string) => {
  const text = readFileSync(new URL(`../../model-library/cert/${name}.yaml`, import.meta.url), 'utf8');
  return { text, map: parseMap(text, `${name}.yaml`).value! };
};

describe('the CERT library follows the report on the six points issue 15 found', () => {
  it('explains PC trigger 2 and the placement of the "modified or improved" condition (Figure 14)', () => {
    const { map } = load('PC');
    const sourceOf = (note: string | { source?: string } | undefined) => (typeof note === 'object' ? note.source : undefined);
    expect(sourceOf(map.triggers?.['2']?.notes?.[0])).toBe('Figure 14 (Appendix D)');
    const modified = Object.values(map.flows ?? {}).find((flow) => flow.condition === 'If the current CSIRT capability is modified or improved');
    expect(sourceOf(modified?.notes?.[0])).toBe('Figure 14 (Appendix D)');
  });

  it('names PC as the party confirming receipt in R, says "court proceedings" in R3, and has no stray space in R1', () => {
    expect(load('R').text).toContain('PC has confirmed their receipt');
    expect(load('R3').text).toContain('(warrants, court proceedings)');
    expect(load('R1').text).not.toMatch(/-and- /);
  });

  it('gives D the same tags in IM as D.yaml has', () => {
    expect(load('IM').map.activities.D?.tags).toEqual(load('D').map.tags);
  });
});
