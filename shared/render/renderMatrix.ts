/** The responsibility and handoff matrices as HTML: a fragment for the report and a standalone page. */
import { handoffGrid, responsibilityGrid, RACI_LEGEND } from '../matrix/formatMatrix';
import type { Grid, MapMatrices } from '../matrix/formatMatrix';
import { escapeXml } from './xmlWriter';

function htmlGrid(grid: Grid, caption: string): string {
  const head = `<tr>${grid.head.map((cell) => `<th scope="col">${escapeXml(cell)}</th>`).join('')}</tr>`;
  const rows = grid.rows.map((row, i) => {
    const id = grid.rowIds ? ` <span class="id">${escapeXml(grid.rowIds[i]!)}</span>` : '';
    return `<tr><th scope="row">${escapeXml(row[0]!)}${id}</th>${row.slice(1).map((cell) => `<td>${escapeXml(cell)}</td>`).join('')}</tr>`;
  });
  return `<table class="matrix">\n<caption>${escapeXml(caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

/** The two tables of one map as an HTML fragment under a heading of `level` (the report uses 3). */
export function matrixHtml(m: MapMatrices, level = 3): string {
  const h = `h${level}`;
  const handoffs = m.handoffs.lanes.length > 1 ? htmlGrid(handoffGrid(m.handoffs), 'Flows from the row\'s lane to the column\'s lane, with the mechanisms of their handoff descriptions.') : '<p>No lanes to hand work between.</p>\n';
  return `<${h}>Responsibility matrix (RACI)</${h}>\n${htmlGrid(responsibilityGrid(m.responsibility), RACI_LEGEND)}<${h}>Handoffs between lanes</${h}>\n${handoffs}`;
}

export const MATRIX_CSS = `
table.matrix { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
table.matrix th, table.matrix td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; vertical-align: top; }
table.matrix td { text-align: center; }
table.matrix thead th { background: #f6f8fa; }
table.matrix caption { caption-side: bottom; text-align: left; font-size: 0.85rem; color: #57606a; }
.id { font-size: 0.8em; color: #57606a; font-weight: normal; }
`;

/** A standalone HTML page with the matrices of every map. */
export function formatMatrixHtml(all: readonly MapMatrices[]): string {
  const title = all.length === 1 ? `${all[0]!.title}: responsibility matrix` : 'Responsibility matrices';
  const body = all.map((m) => `<section>\n<h2>${escapeXml(m.title)} <span class="id">${escapeXml(m.mapId)}</span></h2>\n${matrixHtml(m, 3)}</section>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeXml(title)}</title>\n<style>body { font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; color: #1f2328; margin: 1.5rem; }${MATRIX_CSS}</style>\n</head>\n<body>\n<h1>${escapeXml(title)}</h1>\n${body}\n</body>\n</html>\n`;
}
