// bpmn-js (the Viewer that Camunda Modeler and bpmn.io are built on) renders each exported CERT map
// with no import warning, and draws its tasks where our layout puts them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBpmn } from '../../shared/bpmn/exportBpmn';
import { layoutMap } from '../../shared/layout/layoutMap';
import { certMaps } from '../support/certMaps';
import { HAS_CHROMIUM, launchChromium } from './support/launchChromium';

const require = createRequire(import.meta.url);
const VIEWER = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');

describe.skipIf(!HAS_CHROMIUM)('bpmn-js Viewer opens our BPMN export', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    // The bundle is set inline: the page loads nothing from the network.
    await page.setContent(`<!doctype html><html><body><div id="canvas" style="width:1600px;height:1000px"></div><script>${VIEWER.replace(/<\/script>/g, '<\\/script>')}</script></body></html>`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(certMaps())('renders CERT map $id with no import warning', async ({ map }) => {
    // given the BPMN export of a library map
    const xml = await exportBpmn(map, await layoutMap(map));
    // when bpmn-js imports it
    const result = await page.evaluate(async (text) => {
      const viewer = new (window as unknown as { BpmnJS: new (options: { container: string }) => { importXML(xml: string): Promise<{ warnings: { message: string }[] }>; get(name: string): { getAll(): { type: string }[] } } }).BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(text);
      const elements = viewer.get('elementRegistry').getAll();
      document.querySelector('#canvas')!.innerHTML = '';
      return { warnings: warnings.map((warning) => warning.message), tasks: elements.filter((element) => element.type === 'bpmn:Task' || element.type === 'bpmn:CallActivity').length };
    }, xml);
    // then there is no warning and every activity is drawn
    expect(result.warnings).toEqual([]);
    expect(result.tasks).toBeGreaterThanOrEqual(Object.keys(map.activities).length);
  }, 30_000);
});
