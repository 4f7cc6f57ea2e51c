/**
 * The BPMN MIWG interchange suite (CC BY 3.0, bpmn-miwg/test-suite) as the import sees it: per file,
 * the lanes and tasks the BPMN holds, how many of them became map lanes and activities, and the
 * losses listed. Read by the suite test and by scripts/miwg-table.ts, which writes docs/exchange.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from 'bpmn-moddle';
import { toElementId } from '../bpmn/bpmnIds';
import { importBpmn } from '../bpmn/importBpmn';
import type { ProcessMap } from '../model/schema';
import { readBpmnFile } from './readBpmnFile';

/** The suite folder: ../shared/reference beside a clone (CI), or two levels up for a worktree. */
export function findMiwgFolder(repoRoot: string): string | undefined {
  return [path.resolve(repoRoot, '../shared/reference/bpmn-miwg'), path.resolve(repoRoot, '../../shared/reference/bpmn-miwg')].find((folder) => existsSync(folder));
}

export interface MiwgRow {
  readonly file: string;
  readonly maps: readonly ProcessMap[];
  readonly lanes: number;
  readonly lanesCarried: number;
  readonly tasks: number;
  readonly tasksCarried: number;
  /** Tasks neither carried nor listed as lost: must be empty. */
  readonly unaccounted: readonly string[];
  readonly losses: readonly { id: string; message: string }[];
}

const isTask = (element: ModdleElement): boolean => /Task$/.test(element.$type) || /^bpmn:(CallActivity|SubProcess|Transaction|AdHocSubProcess)$/.test(element.$type);

function walk(element: ModdleElement, seen: Set<ModdleElement>, into: ModdleElement[]): void {
  if (seen.has(element)) return;
  seen.add(element);
  into.push(element);
  for (const key of ['rootElements', 'flowElements', 'laneSets', 'lanes', 'childLaneSet', 'participants']) {
    const value = element[key];
    for (const child of Array.isArray(value) ? (value as ModdleElement[]) : value ? [value as ModdleElement] : []) walk(child, seen, into);
  }
}

/** Imports one suite file and accounts for its lanes and tasks. */
export async function accountFor(folder: string, file: string): Promise<MiwgRow> {
  const read = await readBpmnFile(path.join(folder, file));
  if ('error' in read) throw new Error(`${file}: ${read.error.message}`);
  const result = await importBpmn(read.text);
  if (!result.ok) throw new Error(`${file}: ${result.message}`);
  const all: ModdleElement[] = [];
  walk((await new BpmnModdle().fromXML(read.text)).rootElement, new Set(), all);
  const leafLanes = all.filter((element) => element.$type === 'bpmn:Lane' && !((element.childLaneSet as ModdleElement | undefined)?.lanes as unknown[] | undefined)?.length);
  const tasks = all.filter(isTask).map((element) => element.id as string);
  const activityIds = new Set(result.maps.flatMap((map) => [...Object.keys(map.activities), ...Object.keys(map.groups ?? {})]));
  const laneIds = new Set(result.maps.flatMap((map) => Object.keys(map.lanes ?? {})));
  const lostIds = new Set(result.losses.map((loss) => loss.id));
  const carried = tasks.filter((id) => activityIds.has(toElementId(id)));
  return {
    file,
    maps: result.maps,
    lanes: leafLanes.length,
    lanesCarried: leafLanes.filter((lane) => laneIds.has(toElementId(lane.id as string))).length,
    tasks: tasks.length,
    tasksCarried: carried.length,
    unaccounted: tasks.filter((id) => !carried.includes(id) && !lostIds.has(id)),
    losses: result.losses,
  };
}

/** Every .bpmn file of the suite, as "subfolder/name.bpmn", sorted. */
export function miwgFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(path.join(folder, entry.name)).filter((name) => name.endsWith('.bpmn')).map((name) => `${entry.name}/${name}`))
    .sort();
}
