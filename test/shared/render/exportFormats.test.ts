import { describe, expect, it } from 'vitest';
import { layoutMapSync } from '../../../shared/layout/layoutMap';
import { EXPORT_FORMATS, exportFormatChoices, findExportFormat } from '../../../shared/render/exportFormats';
import type { ExportHost } from '../../../shared/render/exportFormats';
import { renderSvg } from '../../../shared/render/renderSvg';
import { loadFixture } from '../layout/fixtureMaps';

function drawing(name: string) {
  const map = loadFixture(name);
  const geometry = layoutMapSync(map);
  return { map, geometry, svg: renderSvg(map, geometry) };
}

describe('the export-format registry', () => {
  it('lists each format once, with a distinct id and extension', () => {
    // given
    const ids = EXPORT_FORMATS.map((format) => format.id);
    const extensions = EXPORT_FORMATS.map((format) => format.extension);
    // then
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(exportFormatChoices()).toBe(`${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`);
  });

  it('finds a format by the id a user typed, and nothing for an unknown one', () => {
    // when / then
    expect(findExportFormat('png')?.mimeType).toBe('image/png');
    expect(findExportFormat('PNG')).toBeUndefined();
    expect(findExportFormat('docx')).toBeUndefined();
  });

  it('renders a raster format through the host it is given, at the asked scale', async () => {
    // given
    const map = drawing('lanes-example');
    const calls: number[] = [];
    const host: ExportHost = { rasterise: (_svg, width, _height, scale) => (calls.push(width, scale), new Uint8Array([1, 2, 3])) };
    // when
    const png = await findExportFormat('png')!.render([map], host, { scale: 3 });
    // then
    expect(png).toEqual(new Uint8Array([1, 2, 3]));
    expect(calls).toEqual([map.geometry.width, 3]);
  });

  it('refuses several maps for a one-map-per-file format, and puts them all in a report', async () => {
    // given
    const maps = [drawing('lanes-example'), drawing('worked-example')];
    const host: ExportHost = { rasterise: () => new Uint8Array() };
    // when
    const report = await findExportFormat('html')!.render(maps, host, {});
    // then
    expect(() => findExportFormat('svg')!.render(maps, host, {})).toThrow('one map per file, not 2');
    expect(report).toContain(maps[0]!.map.title);
    expect(report).toContain(maps[1]!.map.title);
  });
});
