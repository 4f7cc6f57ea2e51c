/**
 * Opening a `.bpmn` file in the editor: the file is imported (shared/bpmn/importBpmn) into a new,
 * unsaved map — the BPMN file itself is never written — with the actors it names carried into the
 * map so that it stands alone, and the import's losses kept as notes in the map (the importer adds
 * them) and counted in the status line.
 */
import type { ProcessMap } from '../../shared/model/schema';

/** True for a file the editor opens by importing it as BPMN. */
export function isBpmnFile(name: string): boolean {
  return /\.bpmn$/i.test(name);
}

export type BpmnDocument = { readonly map: ProcessMap; readonly name: string; readonly status: string } | { readonly error: string };

/** The map to start from a BPMN file's text, or why there is none (with the line and column when known). */
export async function bpmnDocument(fileName: string, xml: string): Promise<BpmnDocument> {
  // bpmn-moddle is loaded only when a BPMN file is opened: opening the editor does not pay for it.
  const { importBpmn } = await import('../../shared/bpmn/importBpmn');
  const result = await importBpmn(xml);
  if (!result.ok) {
    const where = result.line === undefined ? '' : ` (line ${result.line}${result.column === undefined ? '' : `, column ${result.column}`})`;
    return { error: `${fileName} could not be imported${where}: ${result.message}` };
  }
  const [first, ...others] = result.maps;
  if (!first) return { error: `${fileName} holds no process to import` };
  const named = new Set(Object.values(first.lanes ?? {}).map((lane) => lane.actor));
  const actors = Object.fromEntries(Object.entries(result.actors.actors).filter(([id]) => named.has(id) && !first.actors?.[id]));
  const map: ProcessMap = Object.keys(actors).length > 0 ? { ...first, actors: { ...first.actors, ...actors } } : first;
  const losses = result.losses.length === 0 ? 'nothing lost' : `${result.losses.length} element${result.losses.length === 1 ? '' : 's'} not carried over, listed in the map's notes`;
  const more = others.length > 0 ? `; ${others.length} more process${others.length === 1 ? '' : 'es'} in the file (swimlane import writes them all)` : '';
  return { map, name: `${map.id}.yaml`, status: `Imported ${fileName} as a new map: ${losses}${more}. Save asks where to write the YAML.` };
}
