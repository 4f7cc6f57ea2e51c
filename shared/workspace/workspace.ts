/**
 * A workspace: the maps and actor catalogues loaded together, so that references across maps
 * ("to T1", "from PC9", an activity expanding into map R1) can be resolved and checked.
 */
import type { Actor, ProcessMap } from '../model/schema';
import type { Issue } from '../model/issue';
import type { ParsedCatalogue, ParsedMap } from '../yaml/parseMap';
import { folderOf, joinPath, normalizePath } from './paths';

export interface Workspace {
  /** Every map file loaded, valid or not, in load order. */
  readonly maps: readonly ParsedMap[];
  /** Valid maps by id; the first file wins when two declare the same id (duplicate-id reports it). */
  readonly mapsById: ReadonlyMap<string, ParsedMap>;
  /** Actor catalogues by the folder they serve. */
  readonly cataloguesByFolder: ReadonlyMap<string, ParsedCatalogue>;
}

export function createWorkspace(maps: readonly ParsedMap[], catalogues: readonly ParsedCatalogue[] = []): Workspace {
  const mapsById = new Map<string, ParsedMap>();
  for (const parsed of maps) {
    if (parsed.value && !mapsById.has(parsed.value.id)) mapsById.set(parsed.value.id, parsed);
  }
  const cataloguesByFolder = new Map<string, ParsedCatalogue>();
  for (const catalogue of catalogues) cataloguesByFolder.set(folderOf(catalogue.file), catalogue);
  return { maps, mapsById, cataloguesByFolder };
}

/** The catalogue that serves `file`: the nearest `actors.yaml` in its folder or a parent folder. */
export function catalogueFor(workspace: Workspace, file: string): ParsedCatalogue | undefined {
  let folder = folderOf(file);
  for (;;) {
    const catalogue = workspace.cataloguesByFolder.get(folder);
    if (catalogue) return catalogue;
    const parent = folderOf(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Every actor a map can use: its own, then the folder catalogue's. */
export function actorsAvailableTo(workspace: Workspace, parsed: ParsedMap): ReadonlyMap<string, Actor> {
  const actors = new Map<string, Actor>();
  for (const [id, actor] of Object.entries(catalogueFor(workspace, parsed.file)?.value?.actors ?? {})) actors.set(id, actor);
  for (const [id, actor] of Object.entries(parsed.value?.actors ?? {})) actors.set(id, actor);
  return actors;
}

/** The map a reference names: `mapId` in the workspace, or `self` when omitted or equal. */
export function resolveMap(workspace: Workspace, self: ProcessMap, mapId: string | undefined): ProcessMap | undefined {
  if (mapId === undefined || mapId === self.id) return self;
  return workspace.mapsById.get(mapId)?.value;
}

/** The reference map a tailored map derives from, looked up by path first, then by id. */
export function referenceMapOf(workspace: Workspace, parsed: ParsedMap): ParsedMap | undefined {
  const derivedFrom = parsed.value?.derivedFrom;
  if (!derivedFrom) return undefined;
  if (derivedFrom.path) {
    const wanted = joinPath(folderOf(parsed.file), derivedFrom.path);
    const byPath = workspace.maps.find((candidate) => normalizePath(candidate.file) === wanted && candidate.value);
    if (byPath) return byPath;
  }
  const byId = workspace.mapsById.get(derivedFrom.map);
  return byId && byId !== parsed ? byId : undefined;
}

/** Issues of every file that failed to load, for reporting alongside rule findings. */
export function loadIssues(workspace: Workspace): Issue[] {
  return [...workspace.maps.flatMap((parsed) => parsed.issues), ...[...workspace.cataloguesByFolder.values()].flatMap((c) => c.issues)];
}

