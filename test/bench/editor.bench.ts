// Editor benchmark (run: npx tsx test/bench/editor.bench.ts). Prints figures; asserts nothing.
// In headless Debian Chromium: time to open and show maps of 50/500/2,000 activities; frame times
// while panning and while dragging one activity on the 500 and 2,000 maps; keystroke → canvas latency
// (typing fast, and with pauses in which each rename is laid out) with the longest main-thread task.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ProcessMap } from '../../shared/model/schema';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { EditorPage } from '../e2e/pages/EditorPage';
import { buildRenderer } from '../e2e/support/buildRenderer';
import { launchChromium } from '../e2e/support/launchChromium';
import { serveStatic } from '../e2e/support/staticServer';
import { syntheticMap } from '../support/syntheticMap';

interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly count: number;
}

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, count: sorted.length };
}

const fmt = (s: Stats) => `p50 ${s.p50.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms · max ${s.max.toFixed(1)} ms (${s.count} frames)`;

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as { __frames: number[]; __recording: boolean };
    scope.__frames = [];
    scope.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      scope.__frames.push(now - last);
      last = now;
      if (scope.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const scope = window as unknown as { __frames: number[]; __recording: boolean };
    scope.__recording = false;
    return scope.__frames;
  });
}

/** A point on the canvas where nothing but the pane is, for panning. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    for (let y = pane.top + 40; y < pane.bottom - 40; y += 17) {
      for (let x = pane.left + 200; x < pane.right - 260; x += 23) {
        const element = document.elementFromPoint(x, y);
        if (element?.classList.contains('react-flow__pane') || element?.closest('.far-picture')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty spot on the canvas');
  return point;
}

interface OpenTiming {
  readonly total: number;
  readonly parse: number;
  readonly layoutInWorker: number;
  readonly geometryAfterOpen: number;
}

/** Opens a file through Open… and waits until the canvas shows it (laid out and painted). */
async function openAndShow(editor: EditorPage, file: string): Promise<OpenTiming> {
  const [chooser] = await Promise.all([editor.page.waitForEvent('filechooser'), editor.command('Open…').click()]);
  await editor.page.evaluate(() => performance.clearMarks());
  const serial = Number((await editor.page.locator('.canvas').getAttribute('data-document').catch(() => null)) ?? 0);
  const started = Date.now();
  await chooser.setFiles(file);
  await editor.page.locator(`.canvas[data-document="${serial + 1}"][data-layout="current"]`).waitFor({ state: 'attached' });
  await editor.canvas.waitForLayout();
  await editor.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const total = Date.now() - started;
  const marks = await editor.page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined;
    return {
      open: at('swimlane:open')?.startTime ?? 0,
      parsed: at('swimlane:parsed')?.startTime ?? 0,
      geometry: at('swimlane:geometry')?.startTime ?? 0,
      layoutMs: (at('swimlane:geometry')?.detail as { layoutMs?: number } | undefined)?.layoutMs ?? 0,
    };
  });
  return { total, parse: marks.parsed - marks.open, layoutInWorker: marks.layoutMs, geometryAfterOpen: marks.geometry - marks.open };
}

/** Zooms to an editing scale the way a keyboard user does: Right arrow on a lane header goes to its first activity (zoom ≥ 0.8). */
async function zoomToEditingScale(editor: EditorPage, laneId: string): Promise<string> {
  // Back to the whole map first (a pan may have moved it off-screen, which unmounts its layer).
  await editor.page.locator('.react-flow__controls-fitview').click();
  // React Flow 12 queues fitView to a later frame: keys pressed before it runs start the zoom into
  // the lane, which the queued fit then undoes, so no activity ever mounts (on a fast machine the
  // keys always won that race). Wait until the view has stood still for a few frames.
  await editor.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = '';
        let still = 0;
        const tick = () => {
          const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
          still = transform === last ? still + 1 : 0;
          last = transform;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  await editor.canvas.laneHeader(laneId).focus();
  await editor.page.keyboard.press('ArrowRight');
  // Wait for what the step needs: the view at editing zoom with the lane's first activity drawn
  // and selected (keyboard focus on it is a side effect that gives up after 20 frames when the node
  // mounts late). If that never comes, say what the page shows instead of a bare timeout.
  const state = () => {
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const zoom = Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? 0);
    const selected = document.querySelector<HTMLElement>('.react-flow__node-activity.selected')?.dataset.id ?? null;
    const focused = document.activeElement?.getAttribute('data-lane-id') ?? document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? document.activeElement?.tagName ?? null;
    return { zoom, selected, focused, mounted: document.querySelectorAll('.react-flow__node-activity').length };
  };
  const ready = await editor.page
    .waitForFunction(() => {
      const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      const zoom = Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? 0);
      return zoom >= 0.79 && document.querySelector('.react-flow__node-activity.selected') !== null;
    }, undefined, { timeout: 30_000 })
    .then(() => true, () => false);
  if (!ready) throw new Error(`zooming into ${laneId} did not reach an editing scale with its first activity selected: ${JSON.stringify(await editor.page.evaluate(state))}`);
  await editor.page.waitForTimeout(300);
  return editor.page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__node-activity.selected')!.dataset.id!);
}

async function panFrames(editor: EditorPage): Promise<Stats> {
  const { page } = editor;
  const start = await emptyPanePoint(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= 120; i++) {
    await page.mouse.move(start.x - i * 6, start.y - Math.sin(i / 10) * 40);
  }
  const frames = await stopFrames(page);
  await page.mouse.up();
  return stats(frames);
}

async function dragFrames(editor: EditorPage): Promise<Stats> {
  const { page } = editor;
  await zoomToEditingScale(editor, 'L1');
  const node = page.locator('.react-flow__node-activity').first();
  const box = await node.boundingBox();
  if (!box) throw new Error('no activity on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 5, y + 5);
  await startFrames(page);
  for (let i = 1; i <= 120; i++) await page.mouse.move(x + i * 2, y + Math.sin(i / 8) * 60);
  const frames = await stopFrames(page);
  await page.mouse.up();
  return stats(frames);
}

/** Keystroke → canvas while typing, with `pauseMs` between keys; with pauses the layout catches up in between. Also the longest main-thread task. */
async function keystrokeLatency(editor: EditorPage, id: string, pauseMs = 60): Promise<Stats & { longestTask: number }> {
  const { page } = editor;
  await editor.canvas.node(id).click();
  await page.evaluate((target) => {
    const scope = window as unknown as { __latency: number[]; __longestTask: number; __stopMeasuring?: () => void };
    // A second measurement replaces the first one's listeners.
    scope.__stopMeasuring?.();
    scope.__latency = [];
    scope.__longestTask = 0;
    let typedAt = 0;
    const onKey = () => {
      typedAt = performance.now();
    };
    document.addEventListener('keydown', onKey, true);
    const node = document.querySelector(`.react-flow__node[data-id="${target}"]`)!;
    const mutations = new MutationObserver(() => {
      if (!typedAt) return;
      const at = typedAt;
      typedAt = 0;
      // Shown means painted: the frame after the DOM changed.
      requestAnimationFrame(() => scope.__latency.push(performance.now() - at));
    });
    mutations.observe(node, { subtree: true, childList: true, characterData: true });
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.__longestTask = Math.max(scope.__longestTask, entry.duration);
    });
    tasks.observe({ type: 'longtask' });
    scope.__stopMeasuring = () => {
      document.removeEventListener('keydown', onKey, true);
      mutations.disconnect();
      tasks.disconnect();
    };
  }, id);
  const field = editor.inspector.field('Name');
  await field.click();
  await page.keyboard.press('End');
  for (const ch of ' renamed quickly') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(pauseMs);
  }
  await page.waitForTimeout(300);
  const measured = await page.evaluate(() => {
    const scope = window as unknown as { __latency: number[]; __longestTask: number };
    return { latency: scope.__latency, longestTask: scope.__longestTask };
  });
  return { ...stats(measured.latency), longestTask: measured.longestTask };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'swimlane-bench-'));
  const sizes = [50, 500, 2000];
  const files = new Map<number, string>();
  for (const size of sizes) {
    const file = join(folder, `bench-${size}.yaml`);
    writeFileSync(file, renderCanonical(syntheticMap({ activities: size, chainLength: 20 }), ProcessMap));
    files.set(size, file);
  }
  const outDir = await buildRenderer('test/fixtures/e2e-library');
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  console.log(`Swimlane Studio editor benchmark — ${new Date().toISOString()}, Chromium ${browser.version()}, headless, 1400×900`);
  try {
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      // tsx names functions with an `__name` helper that page.evaluate bodies must find.
      await context.addInitScript('window.__name = (f) => f;');
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      const editor = new EditorPage(page);
      await editor.goto(server.url);
      // Warm-up: the first open also loads the worker and fonts.
      await openAndShow(editor, files.get(50)!);
      if (size === sizes[0]) {
        await zoomToEditingScale(editor, 'L0');
        console.log(`baseline — pan with ${await page.locator('.react-flow__node').count()} nodes mounted: ${fmt(await panFrames(editor))}`);
      }
      const runs: OpenTiming[] = [];
      for (let run = 0; run < 3; run++) runs.push(await openAndShow(editor, files.get(size)!));
      const mounted = await page.locator('.react-flow__node').count();
      const best = runs.reduce((a, b) => (b.total < a.total ? b : a));
      console.log(`\n${size} activities: open + show ${best.total} ms best of ${runs.map((run) => run.total).join(' / ')} ms (${mounted} nodes mounted at fit)`);
      console.log(`  of which: parse in worker (map back on main thread) ${best.parse.toFixed(0)} ms, layout in worker ${best.layoutInWorker.toFixed(0)} ms, geometry on main thread after ${best.geometryAfterOpen.toFixed(0)} ms`);
      if (size >= 500) {
        console.log(`  pan at fit (whole map on screen): ${fmt(await panFrames(editor))}`);
        await zoomToEditingScale(editor, 'L2');
        console.log(`  mounted at editing zoom: ${await page.locator('.react-flow__node').count()} nodes`);
        console.log(`  pan at editing zoom: ${fmt(await panFrames(editor))}`);
        console.log(`  drag: ${fmt(await dragFrames(editor))}`);
        await editor.canvas.waitForLayout();
        const visible = await page.locator('.react-flow__node-activity').first().getAttribute('data-id');
        const typing = await keystrokeLatency(editor, visible!);
        console.log(`  keystroke → canvas: ${fmt(typing).replace('frames', 'keystrokes')}; longest main-thread task ${typing.longestTask.toFixed(0)} ms`);
        await editor.canvas.waitForLayout();
        // With pauses the layout of each rename reaches the canvas between keys, as when people type.
        const paused = await keystrokeLatency(editor, visible!, 400);
        console.log(`  keystroke → canvas, 400 ms between keys: ${fmt(paused).replace('frames', 'keystrokes')}; longest main-thread task ${paused.longestTask.toFixed(0)} ms`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
