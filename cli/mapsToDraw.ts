/**
 * Loads the maps that `export` and `layout` draw: files or folders, resolved in a workspace so that
 * "To T1" can show the name of T1 from a sibling map and lanes can use the folder's actor names.
 */
import { loadWorkspace, unreadableLine } from '../shared/node/loadWorkspace';
import { terminalSafe } from '../shared/text/terminalSafe';
import type { NameResolver } from '../shared/layout/layoutGraph';
import type { ProcessMap } from '../shared/model/schema';
import { actorsAvailableTo } from '../shared/workspace/workspace';
import { formatIssuesHuman } from './issueFormats';
import type { CommandIo } from './io';

export interface MapToDraw {
  /** The file as shown to the user. */
  readonly file: string;
  readonly map: ProcessMap;
  readonly names: NameResolver;
}

/** Loads maps; reports unreadable and invalid files on stderr and says whether any failed. */
export async function loadMapsToDraw(inputs: readonly string[], io: CommandIo): Promise<{ maps: MapToDraw[]; failed: boolean }> {
  const loaded = await loadWorkspace(inputs, io.cwd ?? process.cwd());
  for (const entry of loaded.unreadable) io.stderr(terminalSafe(`${unreadableLine(entry)}\n`));
  const invalid = loaded.targets.filter((parsed) => !parsed.value);
  if (invalid.length > 0) io.stderr(formatIssuesHuman(invalid.flatMap((parsed) => parsed.issues), invalid.length));
  const { workspace } = loaded;
  const maps = loaded.targets.flatMap((parsed) => {
    if (!parsed.value) return [];
    const actors = actorsAvailableTo(workspace, parsed);
    const names: NameResolver = {
      activityName: (mapId, activityId) => workspace.mapsById.get(mapId)?.value?.activities[activityId]?.name,
      actorName: (actorId) => actors.get(actorId)?.name,
    };
    return [{ file: parsed.file, map: parsed.value, names }];
  });
  return { maps, failed: loaded.unreadable.length > 0 || invalid.length > 0 };
}
