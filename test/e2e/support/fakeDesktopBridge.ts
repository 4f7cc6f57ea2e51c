// A stand-in for the desktop preload bridge (`window.swimlane`), installed before the page loads, so the
// renderer runs on its real Electron host facade in plain Chromium. It answers the startup document,
// records every call, and lets a spec emit bridge events (menu commands, changes on disk).
import type { Page } from 'playwright-core';

export interface BridgeCall {
  readonly channel: string;
  readonly request: unknown;
}

interface FakeBridgeState {
  calls: BridgeCall[];
  /** Answers given once, before the standing ones, per channel. */
  queued: Record<string, unknown[]>;
  emit(channel: string, payload: unknown): void;
}

/** The rule configuration the fake host answers when none is given: no config file, default rules. */
const DEFAULT_RULE_CONFIG = { files: [], rules: {}, issues: [] };

/** Installs the fake bridge and reloads the page so the renderer picks the desktop host. */
export async function useFakeDesktopBridge(page: Page, startup: unknown, ruleConfig: unknown = DEFAULT_RULE_CONFIG): Promise<void> {
  await page.addInitScript(([answer, config]: readonly [unknown, unknown]) => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const state: FakeBridgeState = {
      calls: [],
      queued: {},
      emit(channel, payload) {
        for (const listener of listeners.get(channel) ?? []) listener(payload);
      },
    };
    const responses: Record<string, (request: { handle?: string; text?: string; suggestedName?: string }) => unknown> = {
      'window:startup': () => answer,
      'library:list': () => [],
      'backup:write': () => undefined,
      'file:save': (request) => ({ status: 'saved', handle: request.handle, name: 'D.yaml', fingerprint: 'after-save' }),
      // Like the main process at Save As, the fake may answer with the text it "wrote" (see setFakeWrittenText).
      'file:saveAs': (request) => {
        const written = (window as unknown as { fakeWrittenText?: (text: string) => string }).fakeWrittenText?.(request.text ?? '');
        return { status: 'saved', handle: 'new-handle', name: request.suggestedName, ...(written !== undefined && written !== request.text ? { text: written } : {}) };
      },
      'file:export': () => true,
      // The user picks the open map's own file to compare with, renamed: the same map, one title changed.
      'file:read': () => ({ name: 'other.yaml', text: (window as unknown as { fakeReadText?: string }).fakeReadText ?? '' }),
      'config:rules': () => config,
    };
    (window as unknown as { fakeBridge: FakeBridgeState }).fakeBridge = state;
    (window as unknown as { swimlane: unknown }).swimlane = {
      async invoke(channel: string, request: { handle?: string }) {
        state.calls.push({ channel, request });
        const queued = state.queued[channel];
        if (queued && queued.length > 0) return queued.shift();
        const respond = responses[channel];
        if (!respond) throw new Error(`no fake answer for ${channel}`);
        return respond(request);
      },
      send(channel: string, request: unknown) {
        state.calls.push({ channel, request });
      },
      on(channel: string, listener: (payload: unknown) => void) {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
        return () => set.delete(listener);
      },
    };
  }, [startup, ruleConfig] as const);
  await page.reload();
}

/** The text the fake `file:read` answers with (the map the user "picks" to compare with). */
export async function setFakeReadText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => ((window as unknown as { fakeReadText?: string }).fakeReadText = value), text);
}

/** Makes the fake `file:saveAs` write `text` with `from` replaced by `to`, and answer with that text. */
export async function setFakeWrittenText(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(([a, b]) => ((window as unknown as { fakeWrittenText?: (text: string) => string }).fakeWrittenText = (text) => text.replace(a!, b!)), [from, to]);
}

/** Emits a bridge event (`menu:command`, `file:externalChange`) to the renderer. */
export async function emitBridgeEvent(page: Page, channel: string, payload: unknown): Promise<void> {
  await page.evaluate(([name, data]) => (window as unknown as { fakeBridge: FakeBridgeState }).fakeBridge.emit(name as string, data), [channel, payload] as const);
}

/** Makes the next call on `channel` answer `answer` (e.g. a save that finds a conflict). */
export async function queueBridgeAnswer(page: Page, channel: string, answer: unknown): Promise<void> {
  await page.evaluate(([name, data]) => {
    const state = (window as unknown as { fakeBridge: FakeBridgeState }).fakeBridge;
    (state.queued[name as string] ??= []).push(data);
  }, [channel, answer] as const);
}

/** Every bridge call the renderer made on `channel`, in order. */
export async function bridgeCalls(page: Page, channel: string): Promise<unknown[]> {
  return page.evaluate(
    (name) => (window as unknown as { fakeBridge: FakeBridgeState }).fakeBridge.calls.filter((call) => call.channel === name).map((call) => call.request),
    channel,
  );
}
