/**
 * The typed IPC contract between the renderer and the Electron main process: every channel, its
 * request and its response, as zod schemas. The preload exposes exactly these channels, and the main
 * process parses every renderer payload with them (the renderer is untrusted).
 *
 * Three kinds of channel:
 * - invoke: renderer asks, main answers (`ipcRenderer.invoke` / `ipcMain.handle`);
 * - send: renderer tells main, no answer (`ipcRenderer.send` / `ipcMain.on`);
 * - event: main tells the renderer (`webContents.send` / `ipcRenderer.on`).
 *
 * The renderer never names a file path: it holds opaque handles the main process issued after the
 * user picked or opened a file. The only path it may send is a library path, which main resolves
 * inside the library folder.
 */
import { z } from 'zod';

/** Upper bound of a map's text, in characters (a 10,000-activity map is about 3 MB). */
export const MAX_TEXT_LENGTH = 32 * 1024 * 1024;
/** Upper bound of an exported artefact (SVG, PNG, HTML), in bytes or characters. */
export const MAX_EXPORT_SIZE = 64 * 1024 * 1024;

/** An opaque token for a file the main process let the renderer use. */
export const FileHandleSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a file handle');

/** A bare file name: no folder part, no control characters. */
export const FileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 0x20) && name !== '.' && name !== '..', 'a file name, not a path');

const DocumentText = z.string().max(MAX_TEXT_LENGTH);
const Fingerprint = z.string().max(200);

export const OpenedFileSchema = z.strictObject({
  handle: FileHandleSchema,
  name: FileNameSchema,
  text: DocumentText,
  fingerprint: Fingerprint.optional(),
  isReadOnly: z.boolean().optional(),
  readOnlyReason: z.string().max(2000).optional(),
});

/** A file read once at the user's request: name and text only, so it can never be written back. */
export const ReadFileSchema = z.strictObject({
  name: FileNameSchema,
  text: DocumentText,
});

export const LibraryEntrySchema = z.strictObject({
  id: z.string().max(200),
  title: z.string().max(500),
  kind: z.string().max(100),
  path: z.string().max(1000),
  summary: z.string().max(20_000).optional(),
  counts: z.record(z.string(), z.number()).optional(),
});

export const SaveResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('saved'),
    handle: FileHandleSchema,
    name: FileNameSchema,
    fingerprint: Fingerprint.optional(),
    /** The text written, when the main process adjusted it (a library `derivedFrom.path` made relative to the file at Save As). */
    text: DocumentText.optional(),
  }),
  z.strictObject({ status: z.literal('unchanged'), handle: FileHandleSchema, name: FileNameSchema }),
  z.strictObject({
    status: z.literal('conflict'),
    diskText: DocumentText,
    message: z.string().max(2000),
    /** Fingerprint of `diskText`, so that "Reload" can adopt the disk version and save later. */
    fingerprint: Fingerprint.optional(),
  }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export const ExternalChangeSchema = z.strictObject({
  handle: FileHandleSchema,
  text: DocumentText,
  fingerprint: Fingerprint.optional(),
  /** The new bytes must not be edited (conflict markers, not UTF-8): the host refuses to save them. */
  isReadOnly: z.boolean().optional(),
  readOnlyReason: z.string().max(2000).optional(),
});

/** A finding about a config file (unreadable, not YAML, not the config format), located in that file. */
export const ConfigIssueSchema = z.strictObject({
  rule: z.string().max(100),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().max(2000),
  path: z.array(z.union([z.string().max(1000), z.number()])).max(50),
  /** The config file, relative to the map's folder. */
  file: z.string().max(1000).optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

/**
 * The rule configuration in effect for a document, resolved by the host as the CLI does
 * (`swimlane.config.yaml` upward from the map, `extends`, `overrides`): every rule's severity and options.
 */
export const RuleConfigSchema = z.strictObject({
  /** Config files applied, farthest first, relative to the map's folder; empty for the default rules. */
  files: z.array(z.string().max(1000)).max(100),
  rules: z.record(z.string().max(200), z.strictObject({ severity: z.enum(['error', 'warning', 'info', 'off']), options: z.record(z.string(), z.unknown()) })),
  issues: z.array(ConfigIssueSchema).max(500),
});

export const RuleConfigChangeSchema = z.strictObject({ handle: FileHandleSchema, config: RuleConfigSchema });

/** Commands of the native menu that the renderer carries out (it holds the document). */
export const MenuCommandSchema = z.enum(['save', 'saveAs', 'export', 'newFromLibrary', 'undo', 'redo']);

/**
 * What a window shows when it opens: a file (from the command line, the OS, Open or Open Recent),
 * possibly with unsaved work restored from a backup after a crash, to be shown with a diff.
 */
export const StartupDocumentSchema = z.strictObject({
  /** The file as on disk; absent when the restored work was never saved. */
  file: OpenedFileSchema.optional(),
  restored: z
    .strictObject({
      name: FileNameSchema,
      text: DocumentText,
      /** ISO time of the backup. */
      savedAt: z.string().max(40),
    })
    .optional(),
});

const NoRequest = z.strictObject({});

/** Renderer → main, with an answer. */
export const invokeChannels = {
  'file:open': { request: NoRequest, response: OpenedFileSchema.nullable() },
  /** The user picks a map file to read (the other side of a comparison): its name and text, no handle; null when cancelled. */
  'file:read': { request: NoRequest, response: ReadFileSchema.nullable() },
  'file:save': {
    request: z.strictObject({
      handle: FileHandleSchema,
      text: DocumentText,
      fingerprint: Fingerprint.optional(),
      overwrite: z.boolean().optional(),
    }),
    response: SaveResultSchema,
  },
  'file:saveAs': {
    request: z.strictObject({ suggestedName: FileNameSchema, text: DocumentText }),
    response: SaveResultSchema,
  },
  'file:reload': { request: z.strictObject({ handle: FileHandleSchema }), response: OpenedFileSchema },
  'file:export': {
    request: z.strictObject({
      suggestedName: FileNameSchema,
      data: z.union([z.string().max(MAX_EXPORT_SIZE), z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_EXPORT_SIZE, 'bytes, at most 64 MiB')]),
      mimeType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/).max(100),
    }),
    response: z.boolean(),
  },
  'library:list': { request: NoRequest, response: z.array(LibraryEntrySchema) },
  'library:read': {
    request: z.strictObject({ path: z.string().min(1).max(1000) }),
    response: OpenedFileSchema,
  },
  'backup:write': {
    request: z.strictObject({ handle: FileHandleSchema.nullable(), name: FileNameSchema, text: DocumentText }),
    response: z.null(),
  },
  'window:startup': { request: NoRequest, response: StartupDocumentSchema.nullable() },
  /** The rule configuration for the file behind `handle` (re-sent as `config:changed` when a config file changes). */
  'config:rules': { request: z.strictObject({ handle: FileHandleSchema }), response: RuleConfigSchema },
} as const;

/** Renderer → main, no answer. */
export const sendChannels = {
  'window:setDocumentState': {
    request: z.strictObject({ title: z.string().max(500), isDirty: z.boolean() }),
  },
} as const;

/** Main → renderer. */
export const eventChannels = {
  'file:externalChange': { payload: ExternalChangeSchema },
  'menu:command': { payload: MenuCommandSchema },
  'config:changed': { payload: RuleConfigChangeSchema },
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type SendChannel = keyof typeof sendChannels;
export type EventChannel = keyof typeof eventChannels;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type SendRequest<C extends SendChannel> = z.input<(typeof sendChannels)[C]['request']>;
export type EventPayload<C extends EventChannel> = z.output<(typeof eventChannels)[C]['payload']>;
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
export type ExternalChange = z.infer<typeof ExternalChangeSchema>;
export type LibraryEntryMessage = z.infer<typeof LibraryEntrySchema>;
export type StartupDocument = z.infer<typeof StartupDocumentSchema>;
export type OpenedFileMessage = z.infer<typeof OpenedFileSchema>;
export type ReadFileMessage = z.infer<typeof ReadFileSchema>;
export type SaveResultMessage = z.infer<typeof SaveResultSchema>;
export type RuleConfigMessage = z.infer<typeof RuleConfigSchema>;
export type RuleConfigChange = z.infer<typeof RuleConfigChangeSchema>;

/** True when `channel` is an invoke channel of the contract (an own key, not an inherited one). */
export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(invokeChannels, channel);
}

export function isSendChannel(channel: unknown): channel is SendChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(sendChannels, channel);
}

export function isEventChannel(channel: unknown): channel is EventChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(eventChannels, channel);
}

/**
 * The object the preload exposes as `window.swimlane`: exactly the contract's channels, nothing
 * else (no raw ipcRenderer, no event objects reach the page).
 */
export interface SwimlaneBridge {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>>;
  send<C extends SendChannel>(channel: C, request: SendRequest<C>): void;
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void;
}
