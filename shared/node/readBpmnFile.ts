/** Reads a BPMN file as UTF-8 with the size and encoding checks of the import; never follows links in it. */
import { readFile, stat } from 'node:fs/promises';
import { guardBpmnText, locate } from '../bpmn/bpmnInputGuard';
import type { GuardError } from '../bpmn/bpmnInputGuard';

/** Largest BPMN file accepted; the largest MIWG reference file is under 1 MB. */
export const MAX_BPMN_BYTES = 16 * 1024 * 1024;

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Decodes and checks `bytes`; returns the text or a located error. */
export function guardBpmnBytes(bytes: Uint8Array): { text: string } | { error: GuardError } {
  if (bytes.length > MAX_BPMN_BYTES) return { error: { message: `the file has ${bytes.length} bytes, more than the ${MAX_BPMN_BYTES / 1024 / 1024} MB a BPMN model may have`, line: 1, column: 1 } };
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const at = locate(before, before.length);
    return { error: { message: `invalid UTF-8 at byte ${bad}`, ...at } };
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return guardBpmnText(text);
}

/** Reads `file` and checks it; the size is checked before the file is read. */
export async function readBpmnFile(file: string): Promise<{ text: string } | { error: GuardError }> {
  const { size } = await stat(file);
  if (size > MAX_BPMN_BYTES) return { error: { message: `the file has ${size} bytes, more than the ${MAX_BPMN_BYTES / 1024 / 1024} MB a BPMN model may have`, line: 1, column: 1 } };
  return guardBpmnBytes(new Uint8Array(await readFile(file)));
}
