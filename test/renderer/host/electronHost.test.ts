import { describe, expect, it, vi } from 'vitest';
import type { SwimlaneBridge } from '../../../shared/ipc/contract';
import { createElectronHost, hasElectronBridge } from '../../../renderer/host/electronHost';

function fakeBridge(answers: Record<string, unknown> = {}) {
  const calls: [string, unknown][] = [];
  const sent: [string, unknown][] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const bridge: SwimlaneBridge = {
    invoke: (async (channel: string, request: unknown) => {
      calls.push([channel, request]);
      const answer = answers[channel];
      if (answer instanceof Error) throw answer;
      return answer ?? null;
    }) as SwimlaneBridge['invoke'],
    send: ((channel: string, request: unknown) => void sent.push([channel, request])) as SwimlaneBridge['send'],
    on: ((channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    }) as SwimlaneBridge['on'],
  };
  return { bridge, calls, sent, listeners };
}

describe('createElectronHost', () => {
  it('maps every Host call to its contract channel', async () => {
    // given a host over a recording bridge
    const { bridge, calls, sent } = fakeBridge({ 'library:list': [] });
    const host = createElectronHost(bridge);

    // when the UI uses the host
    await host.openFile();
    await host.saveFile({ handle: 'h', text: 't', fingerprint: 'f' });
    await host.saveFileAs({ suggestedName: 'D.yaml', text: 't' });
    await host.exportFile({ suggestedName: 'D.svg', data: '<svg/>', mimeType: 'image/svg+xml' });
    await host.listLibrary();
    await host.readLibraryMap('cert/D.yaml');
    await host.writeBackup({ handle: null, name: 'Untitled.yaml', text: 't' });
    await host.getStartupDocument?.();
    await host.reloadFile?.('h');
    host.setDocumentState({ title: 'D', isDirty: true });

    // then each went to its channel with the request unchanged
    expect(calls.map(([channel]) => channel)).toEqual([
      'file:open', 'file:save', 'file:saveAs', 'file:export', 'library:list', 'library:read', 'backup:write', 'window:startup', 'file:reload',
    ]);
    expect(calls[5]).toEqual(['library:read', { path: 'cert/D.yaml' }]);
    expect(sent).toEqual([['window:setDocumentState', { title: 'D', isDirty: true }]]);
    expect(host.capabilities).toEqual({ isDesktop: true, hasBackups: true });
  });

  it('turns Electron\'s wrapped remote errors into the handler\'s message', async () => {
    // given a bridge whose save fails in main
    const { bridge } = fakeBridge({ 'file:save': new Error("Error invoking remote method 'file:save': Error: this file is open read-only") });
    const host = createElectronHost(bridge);

    // when saving
    // then the UI sees the plain message
    await expect(host.saveFile({ handle: 'h', text: 't' })).rejects.toThrow(/^this file is open read-only$/);
  });

  it('delivers external changes and menu commands to subscribers', () => {
    // given subscriptions
    const { bridge, listeners } = fakeBridge();
    const host = createElectronHost(bridge);
    const changes = vi.fn();
    const commands = vi.fn();
    host.onExternalChange(changes);
    const stop = host.onMenuCommand?.(commands);

    // when main emits
    listeners.get('file:externalChange')?.({ handle: 'h', text: 'x' });
    listeners.get('menu:command')?.('save');
    stop?.();

    // then the listeners were called and unsubscribing removed the menu listener
    expect(changes).toHaveBeenCalledWith({ handle: 'h', text: 'x' });
    expect(commands).toHaveBeenCalledWith('save');
    expect(listeners.has('menu:command')).toBe(false);
  });

  it('detects the bridge', () => {
    // given scopes with and without the bridge
    // then only the one with it counts
    expect(hasElectronBridge({ swimlane: fakeBridge().bridge })).toBe(true);
    expect(hasElectronBridge({})).toBe(false);
  });
});
