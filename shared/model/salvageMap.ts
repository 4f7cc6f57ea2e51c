/**
 * A best-effort map from a document the schema rejects, so a broken file still shows what can be
 * drawn. It is for display and checking only: the file's text stays the user's (saving writes the
 * text, never this map), so nothing the salvage leaves out is ever lost.
 */
import type { z } from 'zod';
import type { IssuePath } from '../model/issue';
import { CURRENT_FORMAT, ElementId, MapKind, ProcessMap } from './schema';

export interface SalvagedMap {
  readonly map: ProcessMap;
  /** Paths of what was left out: whole elements or sections, or single fields of an element. */
  readonly dropped: readonly IssuePath[];
}

const SHAPE = ProcessMap.shape;
type MapKey = keyof typeof SHAPE;
const REQUIRED_HEADER = new Set<MapKey>(['format', 'id', 'title', 'kind', 'activities']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema of one entry of a collection section (`lanes` → Lane), or undefined for other sections. */
function entrySchema(key: MapKey): z.ZodType | undefined {
  let schema: unknown = SHAPE[key];
  // Optional sections wrap their record: unwrap to reach it.
  while (schema && typeof schema === 'object' && 'unwrap' in schema && typeof (schema as { unwrap: unknown }).unwrap === 'function') schema = (schema as { unwrap(): unknown }).unwrap();
  const def = (schema as { def?: { type?: string; keyType?: z.ZodType; valueType?: z.ZodType } } | undefined)?.def;
  return def?.type === 'record' && key !== 'deviations' && key !== 'acknowledgedGaps' && key !== 'suppress' ? (SHAPE[key] as z.ZodType) : undefined;
}

/**
 * One entry kept as far as it validates: as it is, else without the optional fields the schema
 * rejects; undefined when even that fails (a required field is missing or wrong).
 */
function salvageEntry(section: z.ZodType, id: string, value: unknown, dropped: IssuePath[], sectionKey: string): unknown {
  const whole = section.safeParse({ [id]: value });
  if (whole.success) return (whole.data as Record<string, unknown>)[id];
  if (!isRecord(value)) return undefined;
  const bad = new Set(whole.error.issues.map((issue) => issue.path[1]).filter((field): field is string => typeof field === 'string'));
  // Unknown keys are reported on the entry itself, with the keys named.
  for (const issue of whole.error.issues) if (issue.code === 'unrecognized_keys' && issue.path.length === 1) for (const key of issue.keys) bad.add(key);
  const trimmed = Object.fromEntries(Object.entries(value).filter(([field]) => !bad.has(field)));
  const retry = section.safeParse({ [id]: trimmed });
  if (!retry.success) return undefined;
  for (const field of bad) dropped.push([sectionKey, id, field]);
  return (retry.data as Record<string, unknown>)[id];
}

/** The salvaged map of `data` (what a YAML document held); undefined when `data` is not a mapping at all. */
export function salvageMap(data: unknown, fallbackId = 'untitled'): SalvagedMap | undefined {
  if (!isRecord(data)) return undefined;
  const dropped: IssuePath[] = [];
  const id = ElementId.safeParse(data['id']);
  const title = SHAPE.title.safeParse(data['title']);
  const kind = MapKind.safeParse(data['kind']);
  const out: Record<string, unknown> = {
    format: CURRENT_FORMAT,
    id: id.success ? id.data : fallbackId,
    title: title.success ? title.data : id.success ? id.data : fallbackId,
    kind: kind.success ? kind.data : 'reference',
  };
  for (const key of ['id', 'title', 'kind'] as const) if (!{ id, title, kind }[key].success) dropped.push([key]);
  for (const key of Object.keys(SHAPE) as MapKey[]) {
    if (REQUIRED_HEADER.has(key) && key !== 'activities') continue;
    const value = data[key];
    if (value === undefined) continue;
    const section = entrySchema(key);
    if (section && isRecord(value)) {
      const kept: Record<string, unknown> = {};
      for (const [entryId, entry] of Object.entries(value)) {
        const salvaged = salvageEntry(section, entryId, entry, dropped, key);
        if (salvaged === undefined) dropped.push([key, entryId]);
        else kept[entryId] = salvaged;
      }
      if (Object.keys(kept).length > 0 || key === 'activities') out[key] = kept;
      continue;
    }
    const parsed = SHAPE[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else dropped.push([key]);
  }
  if (out['activities'] === undefined) {
    out['activities'] = {};
    if (data['activities'] !== undefined) dropped.push(['activities']);
  }
  // Unknown top-level keys are left out too.
  for (const key of Object.keys(data)) if (!Object.hasOwn(SHAPE, key)) dropped.push([key]);
  const map = ProcessMap.parse(out);
  return { map, dropped };
}
