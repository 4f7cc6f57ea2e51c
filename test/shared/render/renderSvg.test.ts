import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { renderSvg } from '../../../shared/render/renderSvg';
import { escapeXml } from '../../../shared/render/xmlWriter';
import { checkXml } from '../../support/xmlCheck';
import { loadFixture } from '../layout/fixtureMaps';

/** Golden files are rewritten only on purpose: UPDATE_GOLDEN=1 npx vitest run test/shared/render */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
export const GOLDEN_DIR = join(import.meta.dirname, 'golden');
export const GOLDEN_FIXTURES = ['worked-example', 'lanes-example', 'hostile-svg'] as const;

async function svgOf(name: string): Promise<string> {
  const map = loadFixture(name);
  return renderSvg(map, await layoutMap(map));
}

describe('renderSvg golden files', () => {
  it.each(GOLDEN_FIXTURES)('%s renders exactly as its golden SVG', async (name) => {
    // given
    const file = join(GOLDEN_DIR, `${name}.svg`);
    // when
    const svg = await svgOf(name);
    // then
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, svg);
    }
    expect(existsSync(file), `missing ${file}: run UPDATE_GOLDEN=1 npx vitest run test/shared/render`).toBe(true);
    expect(svg).toBe(readFileSync(file, 'utf8'));
  });
});

describe('renderSvg output', () => {
  it('is byte-identical for the same input', async () => {
    // given
    const name = 'lanes-example';
    // when
    const first = await svgOf(name);
    const second = await svgOf(name);
    // then
    expect(second).toBe(first);
  });

  it('writes one element per line, so that exports diff well', async () => {
    // given
    const svg = await svgOf('lanes-example');
    // when
    const lines = svg.trimEnd().split('\n');
    // then
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) {
      expect(line, line).toMatch(/^\s*<[^<>]+>(?:[^<>]*<\/[a-z]+>)?$/i);
    }
  });

  it('uses plain text elements with a font stack, titles and data ids on lanes, activities, flows and handoffs', async () => {
    // given
    const svg = await svgOf('lanes-example');
    // when
    const { elements } = checkXml(svg);
    // then
    expect(elements).not.toContain('foreignObject');
    expect(elements).toContain('title');
    expect(elements).toContain('desc');
    expect(svg).toMatch(/<svg [^>]*font-family="&apos;DejaVu Sans&apos;, [^"]*sans-serif"/);
    expect(svg).toContain('<g data-id="help-desk" data-kind="lane">');
    expect(svg).toContain('<g data-id="D1" data-kind="activity" data-symbol="box">');
    expect(svg).toContain('<g data-id="D2-T1" data-kind="flow" data-from="D2" data-to="T1" data-handoffs="help-desk-to-soc">');
    expect(svg).toContain('<g data-id="help-desk-to-soc" data-kind="handoff" data-flows="D2-T1">');
  });

  it('shows hostile labels as text: escaped, without control characters, no script, no event attribute', async () => {
    // given
    const map = loadFixture('hostile-svg');
    // when
    const svg = await svgOf('hostile-svg');
    const { elements, attributes, texts } = checkXml(svg);
    // then
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('foreignObject');
    expect(elements).not.toContain('style');
    expect(attributes.filter((a) => /^on/i.test(a) || a === 'href')).toEqual([]);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
    expect(texts).toContain(map.title);
    expect(svg).toContain(`<title id="swl-title">${escapeXml(map.title)}</title>`);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(texts.join(' ')).toContain('onmouseover="alert(');
    expect(svg).toContain('<title>Lane: &lt;g onload=&quot;alert(2)&quot;&gt;lane label&lt;/g&gt;</title>');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters and drops control and bidi-override characters', () => {
    // given
    const text = `a&b<c>d"e'f\u0000g\u0007h\u202ei\u0085j`;
    // when
    const escaped = escapeXml(text);
    // then
    expect(escaped).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fghij');
  });
});
