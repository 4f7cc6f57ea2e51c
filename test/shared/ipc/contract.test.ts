import { describe, expect, it } from 'vitest';
import { eventChannels, FileNameSchema, invokeChannels, isInvokeChannel, sendChannels, StartupDocumentSchema } from '../../../shared/ipc/contract';
import type { EventPayload, InvokeRequest, InvokeResponse, SendRequest } from '../../../shared/ipc/contract';
import type { ExternalChange, Host, MenuCommand, OpenedFile, SaveResult, StartupDocument } from '../../../renderer/host/host';

// Compile-time: the contract and the Host facade describe the same messages (tsc fails on drift).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agreements: [
  Same<InvokeResponse<'file:open'>, OpenedFile | null>,
  Same<InvokeResponse<'file:save'>, SaveResult>,
  Same<InvokeRequest<'file:save'>, Parameters<Host['saveFile']>[0]>,
  Same<InvokeRequest<'file:saveAs'>, Parameters<Host['saveFileAs']>[0]>,
  Same<InvokeRequest<'backup:write'>, Parameters<Host['writeBackup']>[0]>,
  Same<SendRequest<'window:setDocumentState'>, Parameters<Host['setDocumentState']>[0]>,
  Same<EventPayload<'file:externalChange'>, ExternalChange>,
  Same<EventPayload<'menu:command'>, MenuCommand>,
  Same<InvokeResponse<'window:startup'>, StartupDocument | null>,
] = [true, true, true, true, true, true, true, true, true];

describe('the IPC contract', () => {
  it('names every channel area:verb', () => {
    // given all channels
    const names = [...Object.keys(invokeChannels), ...Object.keys(sendChannels), ...Object.keys(eventChannels)];

    // then each follows the naming rule, and the type-level agreements hold
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
    expect(agreements.every(Boolean)).toBe(true);
  });

  it('accepts only bare file names as suggested names', () => {
    // given candidate names
    // then paths, traversal and control characters are refused
    expect(FileNameSchema.safeParse('D.swimlane.yaml').success).toBe(true);
    for (const bad of ['../D.yaml', 'a/b.yaml', 'a\\b.yaml', '..', 'D\n.yaml', 'D\0.yaml', '']) expect(FileNameSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('knows its own channels only, not inherited object keys', () => {
    // given channel names
    // then only own keys of the contract count
    expect(isInvokeChannel('file:save')).toBe(true);
    expect(isInvokeChannel('toString')).toBe(false);
    expect(isInvokeChannel('__proto__')).toBe(false);
  });

  it('validates the start-up document strictly', () => {
    // given a start-up document carrying an extra field
    const parsed = StartupDocumentSchema.safeParse({ restored: { name: 'D.yaml', text: 'x', savedAt: '2026-01-01T00:00:00Z' }, path: '/etc' });

    // then it is refused
    expect(parsed.success).toBe(false);
  });
});
