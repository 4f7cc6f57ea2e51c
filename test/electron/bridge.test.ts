import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../electron/bridge';
import type { IpcRendererEdge } from '../../electron/bridge';

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: IpcRendererEdge = {
    invoke: vi.fn(async (channel: string, payload: unknown) => ({ channel, payload })),
    send: vi.fn(),
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener({ sender: 'ipcRenderer-event' }, payload));
  return { ipc, emit, listeners };
}

describe('createBridge', () => {
  it('exposes only invoke, send and on', () => {
    // given a bridge
    const bridge = createBridge(fakeIpcRenderer().ipc);

    // then it has exactly those three functions and is frozen
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'send']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards a contract channel and refuses any other', async () => {
    // given a bridge
    const { ipc } = fakeIpcRenderer();
    const bridge = createBridge(ipc);

    // when the page invokes a contract channel, an unknown one, and an inherited property name
    const good = await bridge.invoke('library:list', {});
    const unknown = bridge.invoke('fs:readFile' as never, { path: '/etc/passwd' } as never);
    const inherited = bridge.invoke('constructor' as never, {} as never);

    // then only the contract channel reached ipcRenderer
    expect(good).toEqual({ channel: 'library:list', payload: {} });
    await expect(unknown).rejects.toThrow('unknown channel');
    await expect(inherited).rejects.toThrow('unknown channel');
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
    expect(() => bridge.send('shell:openExternal' as never, {} as never)).toThrow('unknown channel');
    expect(() => bridge.on('ipc:any' as never, () => undefined)).toThrow('unknown channel');
  });

  it('hands listeners the payload only, never the Electron event, and unsubscribes', () => {
    // given a subscription to external changes
    const { ipc, emit } = fakeIpcRenderer();
    const bridge = createBridge(ipc);
    const seen: unknown[][] = [];
    const unsubscribe = bridge.on('file:externalChange', (...args: unknown[]) => seen.push(args));

    // when main sends a change, then the page unsubscribes and main sends another
    emit('file:externalChange', { handle: 'h', text: 'x' });
    unsubscribe();
    emit('file:externalChange', { handle: 'h', text: 'y' });

    // then the listener got exactly one call with exactly the payload
    expect(seen).toEqual([[{ handle: 'h', text: 'x' }]]);
  });
});
