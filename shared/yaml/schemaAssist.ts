/**
 * Completion and hover for a map's YAML text from the map's JSON Schema: the keys a mapping may
 * have, the values an enum allows, and the ids of the map's own lanes, activities and actors where
 * a field names one. Reads block-style YAML by indentation, so it works while the text is broken.
 */

type JsonSchema = {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly description?: string;
};

export interface YamlPlace {
  /** Keys from the document root to the mapping the cursor is in (list items add no segment). */
  readonly path: readonly string[];
  /** The key on the cursor's line, when the cursor is after `key:` (a value is being typed). */
  readonly key?: string;
  /** What is typed so far at the cursor. */
  readonly prefix: string;
  readonly prefixStart: number;
}

export interface Suggestion {
  readonly label: string;
  readonly kind: 'key' | 'value' | 'id';
  readonly detail?: string;
}

/** The ids a field may name, for completing them (each list is the map's own). */
export interface MapIds {
  readonly lanes: readonly string[];
  readonly activities: readonly string[];
  readonly actors: readonly string[];
  readonly phases?: readonly string[];
  readonly flows?: readonly string[];
}

const FIELD_IDS: Readonly<Record<string, keyof MapIds>> = {
  lane: 'lanes', actor: 'actors', unit: 'actors', phase: 'phases', from: 'activities', to: 'activities', activity: 'activities', starts: 'activities', members: 'activities', flows: 'flows', sendingActors: 'actors', receivingActors: 'actors',
};

/** Where the cursor at `offset` is, by the indentation of the lines above it. */
export function yamlPlaceAt(text: string, offset: number): YamlPlace {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const indent = before.length - before.replace(/^[\s-]*/, '').length;
  // After `key: ` (or inside `key: [a, b`) a value is typed; otherwise a key.
  const valueOf = /([A-Za-z0-9_.-]+):\s+(?:\[(?:[^\]]*,\s*)?)?[A-Za-z0-9_.-]*$/.exec(before);
  const word = /[A-Za-z0-9_.-]*$/.exec(before)![0];
  const path: string[] = [];
  let limit = indent;
  for (let end = lineStart - 1; end > 0 && limit > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const match = /^(\s*)(?:- )?([A-Za-z0-9_.'"-]+):/.exec(line);
    if (!match || match[1]!.length >= limit) continue;
    path.unshift(match[2]!.replace(/^['"]|['"]$/g, ''));
    limit = match[1]!.length;
  }
  return { path, ...(valueOf ? { key: valueOf[1]! } : {}), prefix: word, prefixStart: offset - word.length };
}

/** The schema of the value at `path`, through properties, id-keyed records, list items and unions. */
export function schemaAtPath(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

function childSchema(schema: JsonSchema, key: string): JsonSchema | undefined {
  const item = schema.items ?? schema;
  if (item.properties?.[key]) return item.properties[key];
  if (typeof item.additionalProperties === 'object') return item.additionalProperties;
  for (const variant of item.anyOf ?? item.oneOf ?? []) {
    const found = childSchema(variant, key);
    if (found) return found;
  }
  return undefined;
}

function keysOf(schema: JsonSchema): Array<[string, JsonSchema]> {
  const item = schema.items ?? schema;
  const own = Object.entries(item.properties ?? {});
  const variants = (item.anyOf ?? item.oneOf ?? []).flatMap(keysOf);
  const seen = new Set<string>();
  return [...own, ...variants].filter(([key]) => !seen.has(key) && Boolean(seen.add(key)));
}

function enumOf(schema: JsonSchema): string[] {
  const item = schema.items ?? schema;
  const values = [...(item.enum ?? []), ...(item.const !== undefined ? [item.const] : []), ...(item.anyOf ?? item.oneOf ?? []).flatMap(enumOf)];
  return values.filter((value): value is string => typeof value === 'string');
}

/** What may be typed at `offset`: keys of the mapping, values of the key's enum, or ids of the map. */
export function suggestionsAt(text: string, offset: number, schema: object, ids: MapIds): Suggestion[] {
  const place = yamlPlaceAt(text, offset);
  const root = schema as JsonSchema;
  const matches = (label: string): boolean => label.toLowerCase().startsWith(place.prefix.toLowerCase());
  if (place.key !== undefined) {
    const field = schemaAtPath(root, [...place.path, place.key]);
    const values = field ? enumOf(field).map((label): Suggestion => ({ label, kind: 'value' })) : [];
    const idList = FIELD_IDS[place.key];
    const named = idList ? (ids[idList] ?? []).map((label): Suggestion => ({ label, kind: 'id', detail: idList })) : [];
    return [...values, ...named].filter((suggestion) => matches(suggestion.label));
  }
  const mapping = schemaAtPath(root, place.path);
  if (!mapping) return [];
  return keysOf(mapping)
    .filter(([key]) => matches(key))
    .map(([label, field]) => ({ label, kind: 'key', ...(field.description ? { detail: field.description } : {}) }));
}

/** The description of the key the cursor is on, for a hover. */
export function describeKeyAt(text: string, offset: number, schema: object): { key: string; description: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const match = /^([\s-]*)([A-Za-z0-9_.-]+):/.exec(line);
  if (!match) return undefined;
  const keyStart = lineStart + match[1]!.length;
  if (offset < keyStart || offset > keyStart + match[2]!.length) return undefined;
  const place = yamlPlaceAt(text, keyStart + 1);
  const field = schemaAtPath(schema as JsonSchema, [...place.path, match[2]!]);
  return field?.description ? { key: match[2]!, description: field.description } : undefined;
}
