/**
 * Remembered window bounds (position, size, maximised), stored as JSON in the app's data folder and
 * brought back onto a visible display when the screen setup changed since.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { atomicSave } from '../shared/node/atomicSave';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const WindowStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(150).max(20_000),
  isMaximized: z.boolean(),
});

export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

export async function loadWindowState(file: string): Promise<WindowState | undefined> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await atomicSave(file, Buffer.from(`${JSON.stringify(state, null, 2)}\n`, 'utf8'));
}

/**
 * Bounds for a new window: the remembered ones when at least 100×60 px of the title area is on
 * some display's work area, else the default size centred by the OS. `offset` cascades windows.
 */
export function initialBounds(state: WindowState | undefined, workAreas: readonly Rectangle[], offset = 0): Partial<Rectangle> & { width: number; height: number } {
  if (!state) return { ...DEFAULT_WINDOW_SIZE };
  const bounds = { x: state.x + offset, y: state.y + offset, width: state.width, height: state.height };
  const isVisible = workAreas.some((area) => overlap(bounds.x, bounds.width, area.x, area.width) >= 100 && overlap(bounds.y, 60, area.y, area.height) >= 60);
  return isVisible ? bounds : { width: Math.min(state.width, DEFAULT_WINDOW_SIZE.width), height: Math.min(state.height, DEFAULT_WINDOW_SIZE.height) };
}

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.max(0, Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart));
}
