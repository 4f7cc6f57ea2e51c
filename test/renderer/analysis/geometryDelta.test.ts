import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { parseMap } from '../../../shared/yaml/parseMap';
import { GeometryDecoder, GeometryEncoder } from '../../../renderer/analysis/geometryDelta';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'maps', 'worked-example.yaml');
const map = parseMap(readFileSync(file, 'utf8'), file).value!;

/** Structured clone, as postMessage does. */
const overTheWire = <T>(value: T): T => structuredClone(value);

describe('geometry deltas', () => {
  it('after a rename only the renamed node travels; the decoded geometry equals the layout and keeps unchanged objects', () => {
    // given a map laid out and sent once
    const encoder = new GeometryEncoder();
    const decoder = new GeometryDecoder();
    const first = layoutMapSync(map);
    const firstDecoded = decoder.decode(overTheWire(encoder.encode(first)))!;
    expect(firstDecoded).toEqual(first);
    // when one activity is renamed (same length, so nothing moves) and laid out again
    const [id, activity] = Object.entries(map.activities)[0]!;
    const renamed = applyEdit(map, { type: 'activity.update', id, changes: { name: activity.name.replace(/^./, 'Q') } });
    const second = layoutMapSync(renamed);
    const payload = overTheWire(encoder.encode(second));
    const decoded = decoder.decode(payload)!;
    // then one node is sent whole, every other element by index, and the result is the new layout
    expect(payload.nodes.filter((item) => typeof item !== 'number')).toHaveLength(1);
    expect(payload.edges.every((item) => typeof item === 'number')).toBe(true);
    expect(decoded).toEqual(second);
    const unchanged = decoded.nodes.findIndex((node) => node.id !== id);
    expect(decoded.nodes[unchanged]).toBe(firstDecoded.nodes[unchanged]);
  });

  it('a decoder that missed a message answers null, and a full payload brings it back', () => {
    // given an encoder that sent two geometries, of which the decoder saw only the second
    const encoder = new GeometryEncoder();
    const decoder = new GeometryDecoder();
    const geometry = layoutMapSync(map);
    encoder.encode(geometry);
    const missedBase = encoder.encode(geometry);
    // when it is decoded / when a full one follows
    const lost = decoder.decode(overTheWire(missedBase));
    const full = overTheWire(encoder.encode(geometry, true));
    // then
    expect(lost).toBeNull();
    expect(full.base).toBeUndefined();
    expect(decoder.decode(full)).toEqual(geometry);
  });
});
