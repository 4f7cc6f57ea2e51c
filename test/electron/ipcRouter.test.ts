import { describe, expect, it, vi } from 'vitest';
import { invokeChannels, sendChannels } from '../../shared/ipc/contract';
import { IpcRefusedError, registerIpcRoutes, senderProblem } from '../../electron/ipcRouter';
import type { FrameEdge, IpcEventEdge, IpcMainEdge, InvokeHandlers, SendHandlers } from '../../electron/ipcRouter';

type Listener = (event: IpcEventEdge, ...args: unknown[]) => unknown;

/** A stand-in for `ipcMain` that records the registered listeners so the test can call them. */
function fakeIpcMain(): IpcMainEdge & { handlers: Map<string, Listener>; listeners: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener>();
  return {
    handlers,
    listeners,
    handle: (channel, listener) => void handlers.set(channel, listener),
    on: (channel, listener) => listeners.set(channel, listener),
  };
}

const appFrame: FrameEdge = { url: 'app://swimlane/index.html', parent: null };
const fromApp: IpcEventEdge = { sender: { id: 1 }, senderFrame: appFrame };
const handle = 'A'.repeat(24);

function setUp() {
  const ipc = fakeIpcMain();
  const saved = vi.fn(async () => ({ status: 'saved' as const, handle, name: 'D.yaml' }));
  const state = vi.fn();
  const refused = vi.fn();
  const invoke = Object.fromEntries(Object.keys(invokeChannels).map((channel) => [channel, vi.fn(async () => null)])) as unknown as InvokeHandlers<string>;
  registerIpcRoutes<string>(ipc, {
    contextFor: (event) => (event.sender.id === 1 ? 'window-1' : undefined),
    invoke: { ...invoke, 'file:save': saved },
    send: { 'window:setDocumentState': state } as SendHandlers<string>,
    onRefused: refused,
  });
  const call = (channel: string, event: IpcEventEdge, ...args: unknown[]) => (ipc.handlers.get(channel) as Listener)(event, ...args) as Promise<unknown>;
  return { ipc, saved, state, refused, call };
}

describe('registerIpcRoutes', () => {
  it('registers exactly the channels of the contract', () => {
    // given the router registered on a fake ipcMain
    const { ipc } = setUp();

    // then every contract channel, and nothing else, has a listener
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.keys(sendChannels).sort());
  });

  it('passes a valid payload from the app to its handler with the window context', async () => {
    // given the router
    const { saved, call } = setUp();

    // when a well-formed save arrives from the app's top frame
    const result = await call('file:save', fromApp, { handle, text: 'id: D\n' });

    // then the handler ran with the parsed request and the window
    expect(saved).toHaveBeenCalledWith({ handle, text: 'id: D\n' }, 'window-1');
    expect(result).toEqual({ status: 'saved', handle, name: 'D.yaml' });
  });

  it.each([
    ['a raw path instead of a handle', { handle: '/etc/passwd', text: 'x' }],
    ['a missing text', { handle }],
    ['a text that is not a string', { handle, text: 42 }],
    ['an extra key', { handle, text: 'x', path: '/etc/passwd' }],
    ['a prototype-pollution key', JSON.parse(`{"handle":"${handle}","text":"x","__proto__":{"isAdmin":true}}`)],
    ['no payload at all', undefined],
  ])('rejects a payload with %s before the handler runs', async (_case, payload) => {
    // given the router
    const { saved, refused, call } = setUp();

    // when a malformed save arrives
    const calling = call('file:save', fromApp, payload);

    // then it is refused and the handler never ran
    await expect(calling).rejects.toThrow(IpcRefusedError);
    expect(saved).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalled();
  });

  it('lets file:read name no path: the file comes from the native dialog, and the answer carries no handle', async () => {
    // given the router with a file:read handler that answers a name and text, and one that leaks a handle
    const { call, refused } = setUp();
    const ipc = fakeIpcMain();
    const read = vi.fn(async () => ({ name: 'D-to-be.yaml', text: 'id: D\n' }));
    const invoke = Object.fromEntries(Object.keys(invokeChannels).map((channel) => [channel, vi.fn(async () => null)])) as unknown as InvokeHandlers<string>;
    registerIpcRoutes<string>(ipc, { contextFor: () => 'window-1', invoke: { ...invoke, 'file:read': read }, send: { 'window:setDocumentState': vi.fn() } as SendHandlers<string> });
    const leaky = fakeIpcMain();
    registerIpcRoutes<string>(leaky, {
      contextFor: () => 'window-1',
      invoke: { ...invoke, 'file:read': (async () => ({ name: 'D.yaml', text: 'x', handle })) as never },
      send: { 'window:setDocumentState': vi.fn() } as SendHandlers<string>,
    });

    // when the renderer names a path, asks properly, and a buggy handler answers with a handle
    const naming = call('file:read', fromApp, { path: '/etc/passwd' });
    const asking = (ipc.handlers.get('file:read') as Listener)(fromApp, {}) as Promise<unknown>;
    const leaking = (leaky.handlers.get('file:read') as Listener)(fromApp, {}) as Promise<unknown>;

    // then the path is refused before any dialog, the proper request gets name and text, and the leak is stopped
    await expect(naming).rejects.toThrow(IpcRefusedError);
    expect(refused).toHaveBeenCalledWith('file:read', expect.stringContaining('invalid payload'));
    await expect(asking).resolves.toEqual({ name: 'D-to-be.yaml', text: 'id: D\n' });
    expect(read).toHaveBeenCalledTimes(1);
    await expect(leaking).rejects.toThrow();
  });

  it('rejects extra arguments', async () => {
    // given the router
    const { saved, call } = setUp();

    // when a save carries a second argument
    // then it is refused
    await expect(call('file:save', fromApp, { handle, text: 'x' }, { overwrite: true })).rejects.toThrow('expected one payload');
    expect(saved).not.toHaveBeenCalled();
  });

  it.each([
    ['a remote page', { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { sender: { id: 1 }, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a sub-frame of the app', { sender: { id: 1 }, senderFrame: { url: 'app://swimlane/index.html', parent: appFrame } }],
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
    ['another app host', { sender: { id: 1 }, senderFrame: { url: 'app://other/index.html', parent: null } }],
    ['a WebContents that is not one of the windows', { sender: { id: 99 }, senderFrame: appFrame }],
  ])('refuses a message from %s', async (_case, event) => {
    // given the router
    const { saved, call } = setUp();

    // when a valid save arrives from an untrusted sender
    const calling = call('file:save', event as IpcEventEdge, { handle, text: 'x' });

    // then it is refused
    await expect(calling).rejects.toThrow(IpcRefusedError);
    expect(saved).not.toHaveBeenCalled();
  });

  it('drops an invalid one-way message and passes a valid one', () => {
    // given the router
    const { ipc, state } = setUp();
    const send = ipc.listeners.get('window:setDocumentState') as Listener;

    // when a malformed and a valid document state arrive
    send(fromApp, { title: 'D', isDirty: 'yes' });
    send(fromApp, { title: 'D', isDirty: true });

    // then only the valid one reached the handler
    expect(state).toHaveBeenCalledTimes(1);
    expect(state).toHaveBeenCalledWith({ title: 'D', isDirty: true }, 'window-1');
  });

  it('checks the handler\'s answer against the response schema', async () => {
    // given a router whose open handler returns something outside the contract
    const ipc = fakeIpcMain();
    const invoke = Object.fromEntries(Object.keys(invokeChannels).map((channel) => [channel, async () => null])) as unknown as InvokeHandlers<string>;
    registerIpcRoutes<string>(ipc, {
      contextFor: () => 'w',
      invoke: { ...invoke, 'file:open': (async () => ({ handle, name: 'D.yaml', text: 'x', realPath: '/home/me/D.yaml' })) as never },
      send: { 'window:setDocumentState': () => undefined },
    });

    // when the renderer opens a file
    const opening = (ipc.handlers.get('file:open') as Listener)(fromApp, {}) as Promise<unknown>;

    // then the answer is refused instead of leaking the extra field
    await expect(opening).rejects.toThrow();
  });
});

describe('senderProblem', () => {
  it('accepts only the top frame of the app origin', () => {
    // given events from the app and from elsewhere
    // when checked
    // then only the app's top frame passes
    expect(senderProblem(fromApp)).toBeUndefined();
    expect(senderProblem({ sender: { id: 1 }, senderFrame: { url: 'not a url', parent: null } })).toContain('no valid URL');
  });
});
