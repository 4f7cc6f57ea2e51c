/**
 * The renderer-facing bridge the preload exposes as `window.swimlane`: exactly the channels of the
 * IPC contract. It refuses any other channel and never hands the page an Electron object (no
 * `ipcRenderer`, no event), so a compromised page can reach nothing beyond the contract.
 */
import { isEventChannel, isInvokeChannel, isSendChannel } from '../shared/ipc/contract';
import type { SwimlaneBridge } from '../shared/ipc/contract';

/** The slice of Electron's `ipcRenderer` the bridge uses (injected, so it is testable under Node). */
export interface IpcRendererEdge {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcRendererEdge): SwimlaneBridge {
  const bridge: SwimlaneBridge = {
    invoke(channel, request) {
      if (!isInvokeChannel(channel)) return Promise.reject(new Error(`unknown channel: ${String(channel)}`));
      return ipc.invoke(channel, request) as never;
    },
    send(channel, request) {
      if (!isSendChannel(channel)) throw new Error(`unknown channel: ${String(channel)}`);
      ipc.send(channel, request);
    },
    on(channel, listener) {
      if (!isEventChannel(channel)) throw new Error(`unknown channel: ${String(channel)}`);
      if (typeof listener !== 'function') throw new Error('listener must be a function');
      const wrapped = (_event: unknown, payload: unknown): void => listener(payload as never);
      ipc.on(channel, wrapped);
      return () => {
        ipc.removeListener(channel, wrapped);
      };
    },
  };
  return Object.freeze(bridge);
}
