import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { renderReport } from '../../../shared/render/renderReport';
import { renderSvg } from '../../../shared/render/renderSvg';
import { loadFixture } from '../layout/fixtureMaps';

async function entry(name: string, index = 1) {
  const map = loadFixture(name);
  const geometry = await layoutMap(map);
  return { map, geometry, svg: renderSvg(map, geometry, { idPrefix: `map${index}` }) };
}

describe('renderReport', () => {
  it('holds the diagram inline, without scripts or external resources', async () => {
    // given
    const one = await entry('lanes-example');
    // when
    const html = renderReport([one]);
    // then
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<?xml');
    expect(html).not.toMatch(/<script|<link|src=|url\(http/i);
  });

  it('walks through the work of each actor in plain text, naming handoffs and how they travel', async () => {
    // given
    const one = await entry('lanes-example');
    // when
    const html = renderReport([one]);
    // then
    expect(html).toContain('<p class="walk">Help desk: Receive user reports → Log event ticket → Assign events</p>');
    expect(html).toContain('hands Event information to SOC analyst (Categorize and correlate events <span class="id">T1</span>) by Ticketing system');
    expect(html).toContain('receives Phone calls, Emails from users and partners');
    expect(html).toContain('if more information is needed, passes Information requests to Categorize and correlate events <span class="id">T1</span>');
  });

  it('lists the workflow description, the triggers and every handoff as tables', async () => {
    // given
    const one = await entry('worked-example');
    // when
    const html = renderReport([one]);
    // then
    expect(html).toContain('<h3>Workflow description</h3>');
    expect(html).toContain('<th scope="row">Mission / objectives</th>');
    expect(html).toContain('<th scope="col">Decision</th>');
    expect(html).toContain('<h3>Triggers</h3>');
    expect(html).toContain('When suspicious activity is noticed, D1 and D2 are conducted.');
    expect(html).toContain('Handoff from D: Detect Events to T: Triage Events');
    expect(html).toContain('<th scope="row">Transmission modes</th>');
    expect(html).toContain('<li>electronic: Email, Electronic reporting system</li>');
  });

  it('prints on A4 or Letter, one map per page', async () => {
    // given
    const maps = [await entry('worked-example', 1), await entry('lanes-example', 2)];
    // when (portrait, since landscape is the default now)
    const a4 = renderReport(maps, { paper: 'A4', orientation: 'portrait' });
    const letter = renderReport(maps, { paper: 'Letter', orientation: 'portrait' });
    // then
    expect(a4).toContain('@page { size: A4; margin: 14mm; }');
    expect(letter).toContain('@page { size: Letter; margin: 14mm; }');
    expect(a4).toContain('@media print');
    expect(a4).toContain('<nav aria-label="Maps">');
    expect(a4).toContain('id="map1-title"');
    expect(a4).toContain('id="map2-title"');
  });

  it('escapes every text of a hostile map', async () => {
    // given
    const one = await entry('hostile-svg');
    // when
    const html = renderReport([one]);
    // then
    expect(html).not.toMatch(/<script|<style>\*|<foreignObject|<a href|<g onload|<tspan>/i);
    expect(html).toContain('&lt;/text&gt;&lt;script&gt;alert(&apos;activity&apos;)&lt;/script&gt;');
  });
});
