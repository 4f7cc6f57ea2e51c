/**
 * The one gate every map reader goes through (CLI commands, workspace loading, the merge driver, the
 * desktop open / reload / external-change paths): a file is text only when its bytes are UTF-8 and it
 * is no bigger than a map may be. Anything else is refused with the place of the first bad byte, so a
 * reader never decodes U+FFFD into a text that a later save would write back.
 */
import { open } from 'node:fs/promises';

/** Largest map file the tools read, in bytes (the same bound as the IPC text limit). */
export const MAX_MAP_FILE_BYTES = 32 * 1024 * 1024;

/** A file refused by the gate; `message` names the file and the place. */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
  constructor(
    message: string,
    readonly reason: 'not-utf8' | 'too-big',
  ) {
    super(message);
  }
}

export interface ByteLocation {
  /** 0-based byte offset of the first byte that is not part of a valid UTF-8 sequence. */
  readonly offset: number;
  /** 1-based line and column (column counted in characters of the valid text before it). */
  readonly line: number;
  readonly column: number;
}

/** Where the first byte that is not UTF-8 sits, or undefined when every byte is valid UTF-8. */
export function findInvalidUtf8(bytes: Uint8Array): ByteLocation | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) return { offset: i, line, column };
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) {
      line++;
      column = 1;
    } else if (bytes[i] !== 0x0d) {
      column += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return undefined;
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), 0 if none. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i]!;
  if (first < 0x80) return 1;
  const continuation = (k: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[i + k];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/** The message for bytes that are not UTF-8, naming the file and the first bad byte. */
export function notUtf8Message(shownAs: string, bytes: Uint8Array): string | undefined {
  const bad = findInvalidUtf8(bytes);
  if (!bad) return undefined;
  const hex = bytes[bad.offset]!.toString(16).padStart(2, '0');
  return `${shownAs}:${bad.line}:${bad.column}: not UTF-8 text (byte 0x${hex} at offset ${bad.offset}); convert the file to UTF-8 first, nothing was changed`;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes that must be UTF-8 text; throws a located `TextFileError` otherwise. A BOM is kept. */
export function decodeText(bytes: Uint8Array, shownAs: string): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new TextFileError(notUtf8Message(shownAs, bytes) ?? `${shownAs}: not UTF-8 text`, 'not-utf8');
  }
}

export function tooBigMessage(shownAs: string, size: number, maxBytes = MAX_MAP_FILE_BYTES): string {
  return `${shownAs}: ${size} bytes is too big to be a map (the limit is ${maxBytes} bytes); nothing was read`;
}

/** Reads bytes through one descriptor, refusing a file over the limit before reading it (fstat). */
export async function readFileBytes(file: string, options: { shownAs?: string; maxBytes?: number } = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_MAP_FILE_BYTES;
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.size > maxBytes) throw new TextFileError(tooBigMessage(options.shownAs ?? file, info.size, maxBytes), 'too-big');
    const bytes = await handle.readFile();
    // The file may have grown between the fstat and the read.
    if (bytes.length > maxBytes) throw new TextFileError(tooBigMessage(options.shownAs ?? file, bytes.length, maxBytes), 'too-big');
    return bytes;
  } finally {
    await handle.close();
  }
}

/** Reads a text file through the gate: size limit first, then strict UTF-8. */
export async function readTextFile(file: string, options: { shownAs?: string; maxBytes?: number } = {}): Promise<string> {
  const bytes = await readFileBytes(file, options);
  return decodeText(bytes, options.shownAs ?? file);
}

/** Like `readTextFile`, but undefined when the file does not exist. */
export async function readTextFileIfExists(file: string, options: { shownAs?: string; maxBytes?: number } = {}): Promise<string | undefined> {
  try {
    return await readTextFile(file, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
