/**
 * Registers the main-process side of the IPC contract. Every message passes three gates before a
 * handler sees it: the sender is the top frame of one of the app's own windows, showing the app's
 * own origin; the payload parses with the channel's zod schema; and the handler's answer parses
 * with the response schema (a bug in main never leaks unchecked data to the page).
 */
import type { z } from 'zod';
import { invokeChannels, sendChannels } from '../shared/ipc/contract';
import type { InvokeChannel, InvokeResponse, SendChannel } from '../shared/ipc/contract';
import { APP_ORIGIN } from './securityPolicy';

/** The slice of Electron's `WebFrameMain` the sender check reads. */
export interface FrameEdge {
  readonly url: string;
  readonly parent: FrameEdge | null;
}

/** The slice of Electron's `IpcMainEvent` / `IpcMainInvokeEvent` the router reads. */
export interface IpcEventEdge {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameEdge | null;
}

/** The slice of Electron's `ipcMain`. */
export interface IpcMainEdge {
  handle(channel: string, listener: (event: IpcEventEdge, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventEdge, ...args: unknown[]) => void): unknown;
}

type InvokeRequestOut<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;
type SendRequestOut<C extends SendChannel> = z.output<(typeof sendChannels)[C]['request']>;

export type InvokeHandlers<Context> = {
  readonly [C in InvokeChannel]: (request: InvokeRequestOut<C>, context: Context) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};
export type SendHandlers<Context> = {
  readonly [C in SendChannel]: (request: SendRequestOut<C>, context: Context) => void;
};

export interface IpcRoutes<Context> {
  /** The window context of the sending WebContents; `undefined` when it is not one of the app's windows. */
  readonly contextFor: (event: IpcEventEdge) => Context | undefined;
  readonly invoke: InvokeHandlers<Context>;
  readonly send: SendHandlers<Context>;
  /** Told about every refused message (for the log). */
  readonly onRefused?: (channel: string, reason: string) => void;
}

/** Thrown back to the renderer for a refused message; the handler never ran. */
export class IpcRefusedError extends Error {
  override readonly name = 'IpcRefusedError';
}

/** Why a message from `event` must be refused, or `undefined` when its sender is trusted. */
export function senderProblem(event: IpcEventEdge): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if (frame.parent !== null) return 'only the top frame may use the IPC contract';
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return `the sender has no valid URL (${frame.url})`;
  }
  // Compare scheme and host: URL.origin of a custom scheme is "null" outside Chromium.
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return `the sender is not the app (${url.protocol}//${url.host})`;
  return undefined;
}

/** Parses a payload with the channel's schema; a readable reason when it does not parse. */
function parsePayload<S extends z.ZodType>(schema: S, args: readonly unknown[]): { ok: true; value: z.output<S> } | { ok: false; reason: string } {
  if (args.length !== 1) return { ok: false, reason: `expected one payload, got ${args.length}` };
  const result = schema.safeParse(args[0]);
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0];
  return { ok: false, reason: `invalid payload${first ? ` at ${first.path.join('.') || '(root)'}: ${first.message}` : ''}` };
}

export function registerIpcRoutes<Context>(ipc: IpcMainEdge, routes: IpcRoutes<Context>): void {
  const gate = (event: IpcEventEdge): { ok: true; context: Context } | { ok: false; reason: string } => {
    const problem = senderProblem(event);
    if (problem) return { ok: false, reason: problem };
    const context = routes.contextFor(event);
    return context === undefined ? { ok: false, reason: 'the sender is not a window of this app' } : { ok: true, context };
  };

  for (const channel of Object.keys(invokeChannels) as InvokeChannel[]) {
    const { request, response } = invokeChannels[channel];
    const handler = routes.invoke[channel] as (request: unknown, context: Context) => unknown;
    ipc.handle(channel, async (event, ...args) => {
      const sender = gate(event);
      if (!sender.ok) {
        routes.onRefused?.(channel, sender.reason);
        throw new IpcRefusedError(`${channel} refused: ${sender.reason}`);
      }
      const parsed = parsePayload(request, args);
      if (!parsed.ok) {
        routes.onRefused?.(channel, parsed.reason);
        throw new IpcRefusedError(`${channel} refused: ${parsed.reason}`);
      }
      return (response as z.ZodType).parse(await handler(parsed.value, sender.context));
    });
  }

  for (const channel of Object.keys(sendChannels) as SendChannel[]) {
    const { request } = sendChannels[channel];
    const handler = routes.send[channel] as (request: unknown, context: Context) => void;
    ipc.on(channel, (event, ...args) => {
      const sender = gate(event);
      if (!sender.ok) return routes.onRefused?.(channel, sender.reason);
      const parsed = parsePayload(request, args);
      if (!parsed.ok) return routes.onRefused?.(channel, parsed.reason);
      handler(parsed.value, sender.context);
    });
  }
}
