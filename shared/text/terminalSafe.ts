/**
 * Text from a file made safe to print on a terminal: control characters (C0 except tab and line
 * feed, DEL, C1) and bidi controls are shown as `\u{…}` escapes, so a map cannot send escape
 * sequences (retitle, clear the screen) or reorder what the reader sees.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u{${char.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}
