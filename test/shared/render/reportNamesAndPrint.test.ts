import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadMapsToDraw } from '../../../cli/mapsToDraw';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { planPrint, printableArea } from '../../../shared/render/printTiles';
import { renderReport } from '../../../shared/render/renderReport';
import { renderSvg } from '../../../shared/render/renderSvg';

const LIBRARY = fileURLToPath(new URL('../../../model-library', import.meta.url));
const quiet = { stdout: () => undefined, stderr: () => undefined };

/** The report of maps loaded as the CLI loads them: with the folder's actor names and sibling maps. */
async function reportOf(files: string[], options: Parameters<typeof renderReport>[1] = {}): Promise<string> {
  const { maps } = await loadMapsToDraw(files, quiet);
  const entries = [];
  for (const [i, entry] of maps.entries()) {
    const geometry = await layoutMap(entry.map, entry.names);
    entries.push({ ...entry, geometry, svg: renderSvg(entry.map, geometry, { idPrefix: `map${i + 1}` }) });
  }
  return renderReport(entries, options);
}

/** The report without its inline drawings, whose text is the diagram's, not the report's. */
const prose = (html: string): string => html.replace(/<svg[\s\S]*?<\/svg>/g, '');

describe('the HTML report names things as the diagram does', () => {
  it('walks through D by activity names, ids after them in small type', async () => {
    // when
    const html = prose(await reportOf([path.join(LIBRARY, 'cert/D.yaml')]));
    // then
    expect(html).toContain('<li><strong>Notice Events (Reactive)</strong> <span class="id">D1</span>: receives General indicators from outside the process; passes Event reports to Receive Information <span class="id">D2</span>.</li>');
    expect(html).not.toMatch(/to D2 Receive Information|<strong>D1 /);
    expect(html).toContain('<tr><td>Receive Information <span class="id">D2</span></td>');
  });

  it('lists the flows of PC\'s handoffs by what they carry and between which activities, not by flow id', async () => {
    // when
    const html = prose(await reportOf([path.join(LIBRARY, 'cert/PC.yaml')]));
    // then
    expect(html).toContain('<li>Infrastructure protection improvements: Conduct Postmortem Review <span class="id">PC9</span> → To PI2: Determine Infrastructure Protection Requirements</li>');
    expect(html).not.toMatch(/<li>PC9-to-PI2<\/li>|<li>from-[a-z-]+<\/li>/);
    expect(html).toContain('(starts Identify CSIRT Requirements <span class="id">PC1</span>');
  });

  it('names lanes and handoff actors of a tailored map from the folder\'s actor catalogue, and shows its matrices', async () => {
    // when
    const html = prose(await reportOf([path.join(LIBRARY, 'examples/acme/D-as-is.yaml')]));
    // then: "Help desk", not "help-desk"
    expect(html).toContain('<h4>Help desk</h4>');
    expect(html).toContain('<th scope="row">Sending actors</th><td><ul><li>Help desk</li>');
    expect(html).not.toMatch(/<h4>help-desk<\/h4>|<li>help-desk<\/li>/);
    expect(html).toContain('<h3>Responsibility matrix (RACI)</h3>');
    expect(html).toContain('<th scope="row">Receive Information <span class="id">D2</span></th><td></td><td>R</td>');
    expect(html).toContain('<h3>Handoffs between lanes</h3>');
  });
});

describe('the HTML report on paper', () => {
  it('prints landscape by default and tiles a diagram rather than shrink its text under 8 pt', async () => {
    // when
    const html = await reportOf([path.join(LIBRARY, 'cert/PC.yaml')], { paper: 'A4' });
    // then the page is A4 landscape and PC is drawn on several tiles at 8/7.5 the screen size (its smallest text is 10 units)
    expect(html).toContain('@page { size: A4 landscape; margin: 14mm; }');
    expect(html).toMatch(/<div class="print-tiles" data-scale="1\.067">/);
    expect(html).toContain('workflow diagram, part 1 of 6 (row 1, column 1).');
    expect(html.match(/<use href="#report-diagram-1"\/>/g)).toHaveLength(6);
  });

  it('plans tiles that cover the whole diagram, and enlarges a small one only a little', () => {
    // given an A4 landscape page and a diagram of 2,000 × 1,100 units whose smallest text is 10 units
    const page = printableArea('A4', 'landscape');
    // when
    const large = planPrint(2000, 1100, 10, page);
    const small = planPrint(400, 200, 10, page);
    // then the last tile ends at the diagram's edge, at a scale that keeps 10 units at 8 pt
    expect(large.scale * 10 * 0.75).toBeCloseTo(8);
    expect((large.columns - 1) * large.stepX + large.tileWidth).toBeCloseTo(2000);
    expect((large.rows - 1) * large.stepY + large.tileHeight).toBeCloseTo(1100);
    expect(large.tileWidth * large.scale).toBeLessThanOrEqual(page.width);
    expect(small).toMatchObject({ columns: 1, rows: 1, scale: 1.25 });
  });
});
