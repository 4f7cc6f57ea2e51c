/**
 * The description tables printed after each map in the PDF export: its activities and its
 * handoffs, with actors and activities shown by name rather than by id.
 */
import type { NameResolver } from '../layout/layoutGraph';
import type { HandoffParty, ProcessMap } from '../model/schema';
import { laneName } from '../matrix/responsibilityMatrix';
import type { PdfTable } from './pdfTables';

/** A lane's header text (its label, else its actor's name), as the matrix and the report name it. */
function laneText(map: ProcessMap, laneId: string | undefined, names: NameResolver = {}): string {
  return laneId === undefined ? '' : laneName(map, laneId, names);
}

/** What a flow end is called on the diagram: an activity's name, a start's or end's text. */
function endName(map: ProcessMap, id: string): string {
  const activity = map.activities[id];
  if (activity) return `${id} ${activity.name}`;
  const group = map.groups?.[id];
  if (group) return group.label ?? id;
  const start = map.initiations?.[id];
  if (start) return ('text' in start && start.text) || (start.kind === 'activity' ? start.activity : 'outside the process');
  const end = map.terminations?.[id];
  if (end) return ('text' in end && end.text) || (end.kind === 'activity' ? end.activity : 'the end of the workflow');
  return id;
}

function partyName(map: ProcessMap, party: HandoffParty, names: NameResolver | undefined): string {
  if (party.text) return party.text;
  if (party.activity && (!party.map || party.map === map.id)) return endName(map, party.activity);
  if (party.map && party.activity) return `${party.map} ${party.activity} ${names?.activityName?.(party.map, party.activity) ?? ''}`.trim();
  return party.map ?? party.activity ?? '';
}

/** One row per activity: id, name, lane, summary and what it sends where. */
export function activityTable(map: ProcessMap, names?: NameResolver): PdfTable {
  const flows = Object.values(map.flows ?? {});
  const rows = Object.entries(map.activities).map(([id, activity]) => {
    const sends = flows
      .filter((flow) => flow.from === id)
      .map((flow) => `${flow.condition ? `${flow.condition}: ` : ''}${flow.outputs?.join(', ') || 'the work'} → ${endName(map, flow.to)}`);
    return [id, activity.name, laneText(map, activity.lane, names), activity.summary ?? '', sends.join('\n')];
  });
  return {
    title: 'Activities',
    columns: [
      { header: 'Id', share: 7 },
      { header: 'Activity', share: 20 },
      { header: 'Lane', share: 15 },
      { header: 'Summary', share: 30 },
      { header: 'Sends', share: 28 },
    ],
    rows,
  };
}

/** One row per handoff: sending and receiving sides, what passes, and by which mechanisms. */
export function handoffTable(map: ProcessMap, names?: NameResolver): PdfTable {
  const rows = Object.entries(map.handoffs ?? {}).map(([id, handoff]) => {
    const mechanisms = Object.entries(handoff.kinds ?? {}).flatMap(([, kind]) =>
      Object.entries(kind?.modes ?? {}).map(([mode, list]) => `${mode}: ${(list ?? []).join(', ')}`),
    );
    const objects = (handoff.objects ?? []).map((object) => object.name);
    return [
      handoff.title ?? id,
      handoff.sending.map((party) => partyName(map, party, names)).join('\n'),
      handoff.receiving.map((party) => partyName(map, party, names)).join('\n'),
      objects.join(', '),
      [...new Set(mechanisms)].join('\n'),
    ];
  });
  return {
    title: 'Handoffs',
    columns: [
      { header: 'Handoff', share: 20 },
      { header: 'Sending', share: 22 },
      { header: 'Receiving', share: 22 },
      { header: 'Objects', share: 16 },
      { header: 'Mechanisms', share: 20 },
    ],
    rows,
  };
}
