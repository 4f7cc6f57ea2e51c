/**
 * How the HTML report names things: by name, as the diagram does, with the id after it in small
 * type (`Receive Information <span class="id">D2</span>`), never by id alone. Returns HTML.
 */
import type { NameResolver } from '../layout/layoutGraph';
import { actorNameOf } from '../matrix/responsibilityMatrix';
import type { ProcessMap } from '../model/schema';
import { escapeXml as esc } from './xmlWriter';

/** An id in small type after a name. */
export function idTag(id: string): string {
  return ` <span class="id">${esc(id)}</span>`;
}

/** The text a lane shows (label, actor name, id), escaped; "Process" for a map without lanes. */
export function laneLabel(map: ProcessMap, laneId: string | undefined, names: NameResolver): string {
  if (laneId === undefined) return 'Process';
  const lane = map.lanes?.[laneId];
  if (!lane) return esc(laneId);
  return esc(lane.label ?? actorNameOf(map, lane.actor, names));
}

export function actorLabel(map: ProcessMap, actorId: string, names: NameResolver): string {
  return esc(actorNameOf(map, actorId, names));
}

/** A node of the map by what it says: an activity's name and id, a group's label, a start or end's text. */
export function nodeHtml(map: ProcessMap, id: string, names: NameResolver): string {
  const activity = map.activities[id];
  if (activity) return `${esc(activity.name)}${idTag(id)}`;
  const group = map.groups?.[id];
  if (group) return group.label ? esc(group.label) : `coordination of ${group.members.map((member) => nodeHtml(map, member, names)).join(', ')}`;
  const init = map.initiations?.[id];
  if (init) {
    if (init.text) return esc(init.text);
    if (init.kind !== 'activity') return 'outside the process';
    const name = init.map ? names.activityName?.(init.map, init.activity) : map.activities[init.activity]?.name;
    return name ? `${esc(name)}${idTag(`${init.map ? `${init.map} ` : ''}${init.activity}`)}` : esc(`${init.map ? `${init.map} ` : ''}${init.activity}`);
  }
  const term = map.terminations?.[id];
  if (term) {
    if (term.kind === 'label' || term.kind === 'activity') {
      if (term.text) return esc(term.text);
      const name = term.kind === 'activity' ? (term.map ? names.activityName?.(term.map, term.activity) : map.activities[term.activity]?.name) : undefined;
      return name ? `${esc(name)}${idTag(term.kind === 'activity' ? term.activity : id)}` : esc(term.kind === 'activity' ? term.activity : id);
    }
    if (term.kind === 'icon') return esc(term.text ?? (term.icon === 'archive' ? 'the archive' : 'a document'));
    return 'the end of the workflow';
  }
  return esc(id);
}

/** A flow by what it carries and between what: "Event reports: Notice Events D1 → Receive Information D2". */
export function flowHtml(map: ProcessMap, flowId: string, names: NameResolver): string {
  const flow = map.flows?.[flowId];
  if (!flow) return esc(flowId);
  const what = flow.outputs && flow.outputs.length > 0 ? `${esc(flow.outputs.join(', '))}: ` : '';
  return `${what}${nodeHtml(map, flow.from, names)} → ${nodeHtml(map, flow.to, names)}`;
}
