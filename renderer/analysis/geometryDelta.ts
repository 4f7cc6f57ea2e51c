/**
 * Geometry from the layout worker to the main thread as changes to the geometry sent before: an
 * element (node, flow, lane…) that did not change is sent as its index in the previous geometry.
 * After a rename of a 2,000-activity map almost nothing changes, so the main thread receives a few
 * elements instead of unpacking megabytes, and unchanged elements keep their object identity, so
 * the memoized canvas components that show them do not render again.
 *
 * The encoder (worker) and the decoder (main thread) each keep the last geometry; every encoded
 * message must be decoded, in order. A decoder that missed one answers `null` (ask for a full one).
 */
import type { MapGeometry } from '../../shared/layout/geometry';

const ARRAY_KEYS = ['lanes', 'phases', 'groups', 'nodes', 'edges', 'triggerNotes'] as const;
type ArrayKey = (typeof ARRAY_KEYS)[number];
type Element<K extends ArrayKey> = MapGeometry[K][number];

/** An element, or the index of the equal element in the previous geometry. */
type Encoded<K extends ArrayKey> = readonly (Element<K> | number)[];

export type GeometryPayload = Omit<MapGeometry, ArrayKey> & { readonly [K in ArrayKey]: Encoded<K> } & {
  readonly generation: number;
  /** The generation this payload is relative to; absent in a full geometry (no indices in it). */
  readonly base?: number;
};

export class GeometryEncoder {
  #generation = 0;
  /** Each element of the last geometry as JSON → its index; made on the next encode, so a full payload (opening a file) waits for no JSON. */
  #previous: { readonly [K in ArrayKey]: ReadonlyMap<string, number> } | null = null;
  #unindexed: MapGeometry | null = null;

  /** The payload for `geometry`: relative to the last one, or whole when `isFull` (or there is none). */
  encode(geometry: MapGeometry, isFull = false): GeometryPayload {
    if (this.#unindexed) this.#previous = indexOf(this.#unindexed).index;
    this.#unindexed = null;
    const base = this.#generation;
    this.#generation += 1;
    if (isFull || !this.#previous) {
      this.#previous = null;
      this.#unindexed = geometry;
      return { ...geometry, generation: this.#generation };
    }
    const { index, json } = indexOf(geometry);
    const encoded = {} as { [K in ArrayKey]: Encoded<K> };
    for (const key of ARRAY_KEYS) {
      const previous = this.#previous[key];
      (encoded as Record<ArrayKey, unknown>)[key] = geometry[key].map((element, position) => previous.get(json[key][position]!) ?? element);
    }
    this.#previous = index;
    return { ...geometry, ...encoded, generation: this.#generation, base };
  }
}

/** Every element of a geometry as JSON, and JSON → first index. */
function indexOf(geometry: MapGeometry): { index: { [K in ArrayKey]: Map<string, number> }; json: { [K in ArrayKey]: string[] } } {
  const index = {} as { [K in ArrayKey]: Map<string, number> };
  const json = {} as { [K in ArrayKey]: string[] };
  for (const key of ARRAY_KEYS) {
    const seen = new Map<string, number>();
    const texts = geometry[key].map((element) => JSON.stringify(element));
    texts.forEach((text, position) => {
      if (!seen.has(text)) seen.set(text, position);
    });
    index[key] = seen;
    json[key] = texts;
  }
  return { index, json };
}

export class GeometryDecoder {
  #previous: { readonly generation: number; readonly geometry: MapGeometry } | null = null;

  /** The geometry a payload stands for; null when it is relative to a geometry this decoder did not see. */
  decode(payload: GeometryPayload): MapGeometry | null {
    const previous = payload.base === undefined ? null : this.#previous;
    if (payload.base !== undefined && previous?.generation !== payload.base) {
      this.#previous = null;
      return null;
    }
    const { generation: _generation, base: _base, ...rest } = payload;
    const geometry = { ...rest } as unknown as Record<ArrayKey, unknown[]> & MapGeometry;
    for (const key of ARRAY_KEYS) {
      const before = previous?.geometry[key] ?? [];
      (geometry as Record<ArrayKey, unknown>)[key] = payload[key].map((item) => (typeof item === 'number' ? before[item] : item));
    }
    this.#previous = { generation: payload.generation, geometry };
    return geometry;
  }
}
