/**
 * The responsibility and handoff matrices of maps as CSV or Markdown (HTML: shared/render/renderMatrix.ts).
 * Each table is first laid out once as a grid of cells, so the formats cannot disagree on what a cell says.
 */
import type { ProcessMap } from '../model/schema';
import { handoffMatrix, responsibilityMatrix } from './responsibilityMatrix';
import type { ActorNames, HandoffCell, HandoffMatrix, ResponsibilityMatrix } from './responsibilityMatrix';

export interface MapMatrices {
  readonly mapId: string;
  readonly title: string;
  readonly responsibility: ResponsibilityMatrix;
  readonly handoffs: HandoffMatrix;
}

export function mapMatrices(map: ProcessMap, names: ActorNames): MapMatrices {
  return { mapId: map.id, title: map.title, responsibility: responsibilityMatrix(map, names), handoffs: handoffMatrix(map, names) };
}

export interface Grid {
  readonly head: readonly string[];
  /** The first cell of each row names the row; `rowIds` gives its id, shown in small type where a format can. */
  readonly rows: readonly (readonly string[])[];
  readonly rowIds?: readonly string[];
}

/** "2 (Email, Phone)": how many flows and by what. */
export function handoffCellText(cell: HandoffCell | undefined): string {
  if (!cell) return '';
  return cell.mechanisms.length > 0 ? `${cell.count} (${cell.mechanisms.join(', ')})` : String(cell.count);
}

export function responsibilityGrid(matrix: ResponsibilityMatrix): Grid {
  return {
    head: ['Activity', ...matrix.actors.map((actor) => actor.name)],
    rows: matrix.rows.map((row) => [row.activityName, ...matrix.actors.map((actor) => (row.cells[actor.id] ?? []).join('/'))]),
    rowIds: matrix.rows.map((row) => row.activityId),
  };
}

export function handoffGrid(matrix: HandoffMatrix): Grid {
  return {
    head: ['From / to', ...matrix.lanes.map((lane) => lane.name)],
    rows: matrix.lanes.map((from) => [from.name, ...matrix.lanes.map((to) => handoffCellText(matrix.cells[from.id]?.[to.id]))]),
  };
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvGrid(grid: Grid): string[] {
  const withIds = grid.rowIds !== undefined;
  const head = withIds ? [grid.head[0]!, 'Id', ...grid.head.slice(1)] : grid.head;
  const rows = grid.rows.map((row, i) => (withIds ? [row[0]!, grid.rowIds![i]!, ...row.slice(1)] : row));
  return [head, ...rows].map((cells) => cells.map(csvCell).join(','));
}

/** One CSV document: per map a title line, the RACI table, a blank line and the handoff table. */
export function formatMatrixCsv(all: readonly MapMatrices[]): string {
  const blocks = all.map((m) => [csvCell(`${m.title} (${m.mapId}): responsibility (RACI)`), ...csvGrid(responsibilityGrid(m.responsibility)), '', csvCell(`${m.title} (${m.mapId}): handoffs between lanes`), ...csvGrid(handoffGrid(m.handoffs))].join('\r\n'));
  return `${blocks.join('\r\n\r\n')}\r\n`;
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

function markdownGrid(grid: Grid): string {
  const rows = grid.rows.map((row, i) => [grid.rowIds ? `${row[0]} (${grid.rowIds[i]})` : row[0]!, ...row.slice(1)]);
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(grid.head), `|${grid.head.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

export const RACI_LEGEND = 'R responsible (the lane\'s actor), A accountable, C consulted, I informed.';

export function formatMatrixMarkdown(all: readonly MapMatrices[]): string {
  const sections = all.map((m) => {
    const handoffs = m.handoffs.lanes.length > 1 ? markdownGrid(handoffGrid(m.handoffs)) : '_No lanes to hand work between._';
    return `## ${markdownCell(m.title)} (${m.mapId})\n\n### Responsibility (RACI)\n\n${markdownGrid(responsibilityGrid(m.responsibility))}\n\n${RACI_LEGEND}\n\n### Handoffs between lanes\n\nFlows from the row's lane to the column's lane, with the mechanisms of their handoff descriptions.\n\n${handoffs}\n`;
  });
  return sections.join('\n');
}
