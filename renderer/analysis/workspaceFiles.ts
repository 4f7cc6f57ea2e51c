/**
 * The other files of the workspace (the model library's maps and actor catalogues) as the two
 * workers see them, parsed on first use: the layout worker needs them only for names a map does
 * not hold itself (a lane's actor from the folder's catalogue, "From T1: …" from another map), so a
 * map that names everything itself never pays for parsing the library.
 */
import type { NameResolver } from '../../shared/layout/layoutGraph';
import type { ProcessMap } from '../../shared/model/schema';
import { actorsAvailableTo, createWorkspace, type Workspace } from '../../shared/workspace/workspace';
import { parseActorCatalogue, parseMap, type ParsedCatalogue, type ParsedMap } from '../../shared/yaml/parseMap';
import type { ResolvedNames, WorkspaceMessage } from './analysisProtocol';

interface ParsedFiles {
  readonly maps: readonly ParsedMap[];
  readonly catalogues: readonly ParsedCatalogue[];
  readonly workspace: Workspace;
}

export class WorkspaceFiles {
  readonly #files: WorkspaceMessage['files'];
  #parsed: ParsedFiles | undefined;

  constructor(files: WorkspaceMessage['files'] = []) {
    this.#files = files;
  }

  get maps(): readonly ParsedMap[] {
    return this.#parse().maps;
  }

  get catalogues(): readonly ParsedCatalogue[] {
    return this.#parse().catalogues;
  }

  get workspace(): Workspace {
    return this.#parse().workspace;
  }

  /**
   * The path a map is known under: a library map opened in the editor keeps its library path, so its
   * folder's actor catalogue and its relative `derivedFrom.path` resolve as they do in the CLI.
   */
  pathOf(fileName: string, mapId: string | undefined): string {
    if (this.#files.length === 0) return fileName;
    const twin = this.maps.find((other) => other.value?.id === mapId && other.file.split('/').at(-1) === fileName);
    return twin?.file ?? fileName;
  }

  /**
   * Looks up names the map does not hold itself, as the CLI's export does (cli/mapsToDraw.ts), and
   * records every name found in `found`.
   */
  namesFor(map: ProcessMap, fileName: string, found: { actors: Record<string, string>; activities: Record<string, Record<string, string>> }): NameResolver {
    let actors: ReadonlyMap<string, { readonly name: string }> | undefined;
    return {
      actorName: (actorId) => {
        actors ??= actorsAvailableTo(this.workspace, { file: this.pathOf(fileName, map.id), value: map } as ParsedMap);
        const name = actors.get(actorId)?.name;
        if (name !== undefined) found.actors[actorId] = name;
        return name;
      },
      activityName: (mapId, activityId) => {
        const name = this.workspace.mapsById.get(mapId)?.value?.activities[activityId]?.name;
        if (name !== undefined) (found.activities[mapId] ??= {})[activityId] = name;
        return name;
      },
    };
  }

  #parse(): ParsedFiles {
    if (this.#parsed) return this.#parsed;
    const isCatalogue = (name: string): boolean => name.endsWith('/actors.yaml') || name === 'actors.yaml';
    const maps = this.#files.filter((file) => !isCatalogue(file.name)).map((file) => parseMap(file.text, file.name)).filter((parsed) => parsed.value !== undefined);
    const catalogues = this.#files.filter((file) => isCatalogue(file.name)).map((file) => parseActorCatalogue(file.text, file.name)).filter((parsed) => parsed.value !== undefined);
    this.#parsed = { maps, catalogues, workspace: createWorkspace(maps, catalogues) };
    return this.#parsed;
  }
}

/** A name resolver over names recorded by `WorkspaceFiles.namesFor` (the export's, on the main thread). */
export function recordedNames(names: ResolvedNames): NameResolver {
  return {
    actorName: (actorId) => names.actors[actorId],
    activityName: (mapId, activityId) => names.activities[mapId]?.[activityId],
  };
}
