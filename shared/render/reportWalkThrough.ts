/**
 * The report's plain-text walk-through: per lane, in diagram order, what each activity receives,
 * passes on and hands to other actors, and by what means. It also serves screen-reader users.
 */
import type { MapGeometry } from '../layout/geometry';
import type { NameResolver } from '../layout/layoutGraph';
import type { ProcessMap } from '../model/schema';
import { idTag, laneLabel, nodeHtml } from './reportNames';
import { escapeXml as esc } from './xmlWriter';

/** Transmission mechanisms of the handoffs describing a flow, e.g. "ticketing system, phone". */
function mechanisms(map: ProcessMap, flowId: string): string[] {
  const out: string[] = [];
  for (const handoff of Object.values(map.handoffs ?? {})) {
    if (!handoff.flows?.includes(flowId)) continue;
    for (const kind of Object.values(handoff.kinds ?? {})) for (const list of Object.values(kind?.modes ?? {})) for (const m of list ?? []) if (!out.includes(m)) out.push(m);
  }
  return out;
}

function whenHtml(condition: string | undefined): string {
  return condition ? `${esc(condition.replace(/^if\b/i, 'if'))}, ` : '';
}

function viaHtml(map: ProcessMap, flowId: string): string {
  const by = mechanisms(map, flowId);
  return by.length > 0 ? ` by ${esc(by.join(' or '))}` : '';
}

const withoutLead = (html: string, lead: RegExp): string => html.replace(lead, '');

export function walkThrough(map: ProcessMap, geometry: MapGeometry, names: NameResolver): string {
  const order = new Map(geometry.nodes.map((n) => [n.id, [n.column, n.order] as const]));
  const hasLanes = map.lanes !== undefined && Object.keys(map.lanes).length > 0;
  const byLane = new Map<string | undefined, string[]>();
  for (const id of Object.keys(map.activities)) {
    const lane = hasLanes ? map.activities[id]!.lane : undefined;
    byLane.set(lane, [...(byLane.get(lane) ?? []), id]);
  }
  const laneOrder = [...Object.keys(map.lanes ?? {}), undefined];
  const flows = Object.entries(map.flows ?? {});
  let html = '';
  for (const lane of [...laneOrder, ...[...byLane.keys()].filter((l) => !laneOrder.includes(l))]) {
    const ids = byLane.get(lane);
    if (!ids) continue;
    ids.sort((a, b) => {
      const [ca, oa] = order.get(a) ?? [0, 0];
      const [cb, ob] = order.get(b) ?? [0, 0];
      return ca - cb || oa - ob;
    });
    const label = laneLabel(map, lane, names);
    const items = ids.map((id) => {
      const activity = map.activities[id]!;
      const parts: string[] = [];
      for (const [, f] of flows.filter(([, f]) => f.to === id && !map.activities[f.from])) parts.push(`receives ${esc(f.outputs?.join(', ') || 'input')} from ${withoutLead(nodeHtml(map, f.from, names), /^from\s+/i)}`);
      for (const [flowId, f] of flows.filter(([, f]) => f.from === id)) {
        const what = esc(f.outputs?.join(', ') || 'the work');
        const target = map.activities[f.to];
        const to = nodeHtml(map, f.to, names);
        if (target && target.lane !== activity.lane && lane !== undefined) parts.push(`${whenHtml(f.condition)}hands ${what} to ${laneLabel(map, target.lane, names)} (${to})${viaHtml(map, flowId)}`);
        else if (target) parts.push(`${whenHtml(f.condition)}passes ${what} to ${to}${viaHtml(map, flowId)}`);
        else parts.push(`${whenHtml(f.condition)}sends ${what} to ${withoutLead(to, /^to\s+/i)}${viaHtml(map, flowId)}`);
      }
      return `<li><strong>${esc(activity.name)}</strong>${idTag(id)}${parts.length > 0 ? `: ${parts.join('; ')}.` : '.'}</li>`;
    });
    const steps = ids.map((id) => esc(map.activities[id]!.name)).join(' → ');
    html += `<h4>${label}</h4>\n<p class="walk">${label}: ${steps}</p>\n<ol>\n${items.join('\n')}\n</ol>\n`;
  }
  // Flows that leave a dashed box belong to the coordination, not to one actor.
  for (const [groupId, group] of Object.entries(map.groups ?? {})) {
    const out = flows.filter(([, f]) => f.from === groupId);
    if (out.length === 0) continue;
    const parts = out.map(([flowId, f]) => `${whenHtml(f.condition)}sends ${esc(f.outputs?.join(', ') || 'the work')} to ${withoutLead(nodeHtml(map, f.to, names), /^to\s+/i)}${viaHtml(map, flowId)}`);
    const name = group.label ? esc(group.label) : esc(groupId);
    const members = group.members.map((member) => nodeHtml(map, member, names)).join(', ');
    html += `<h4>${name}</h4>\n<p class="walk">${name} (coordination of ${members}): ${parts.join('; ')}.</p>\n`;
  }
  return html;
}
