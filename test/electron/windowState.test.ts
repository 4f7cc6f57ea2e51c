import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, initialBounds, loadWindowState, saveWindowState } from '../../electron/windowState';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'swimlane-window-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('remembers the bounds across runs', async () => {
    // given a saved state
    const file = join(folder, 'window-state.json');
    await saveWindowState(file, { x: 100, y: 80, width: 1400, height: 900, isMaximized: true });

    // when loaded
    const state = await loadWindowState(file);

    // then the window comes back where it was
    expect(state).toEqual({ x: 100, y: 80, width: 1400, height: 900, isMaximized: true });
    expect(initialBounds(state, laptop)).toEqual({ x: 100, y: 80, width: 1400, height: 900 });
  });

  it('falls back to the default when the remembered place is on a display that is gone', () => {
    // given a state on a second monitor that was unplugged
    const state = { x: 2500, y: 100, width: 1200, height: 800, isMaximized: false };

    // when a window opens on the laptop screen only
    const bounds = initialBounds(state, laptop);

    // then it gets no position (the OS centres it)
    expect(bounds).toEqual({ width: 1200, height: 800 });
  });

  it('ignores a corrupt state file', async () => {
    // given garbage
    const file = join(folder, 'window-state.json');
    await writeFile(file, '{"x": "left"');

    // when loaded
    // then the default applies
    expect(await loadWindowState(file)).toBeUndefined();
    expect(initialBounds(undefined, laptop)).toEqual(DEFAULT_WINDOW_SIZE);
  });
});
