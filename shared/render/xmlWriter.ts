/**
 * A tiny pretty-printing XML writer: one element per line, two-space indentation, attributes in
 * the order given, every string escaped. Output is byte-stable for the same calls.
 */

// C0 controls except tab/newline/carriage return, DEL, C1 controls, bidirectional overrides and
// isolates and marks (U+200E, U+200F, U+061C: they can make a label read differently from what it
// says), lone surrogates, non-characters.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes characters that XML forbids or that would disguise text; tabs and line breaks become spaces. */
export function stripControl(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[\t\r\n]+/g, ' ');
}

// Fast path: most labels need neither escaping nor cleaning.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_WORK = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/** Escapes text for use in XML content and attribute values (`& < > " '`), after removing controls. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Formats a coordinate with at most two decimals, no trailing zeros, never "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** One attribute as ` name="value"`, escaped; empty when the value is undefined. */
export function attr(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  return ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
}

const INDENTS: string[] = [''];
function indent(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[depth]!;
}

export class XmlWriter {
  private readonly parts: string[] = [];
  private readonly stack: string[] = [];

  /** Writes an opening tag with attributes made by `attr`; close it with `close()`. */
  open(tag: string, attrs = ''): this {
    this.parts.push([indent(this.stack.length), '<', tag, attrs, '>\n'].join(''));
    this.stack.push(tag);
    return this;
  }

  /** Writes a complete element on one line, with escaped text content or self-closing. */
  leaf(tag: string, attrs = '', text?: string): this {
    // Joined, not concatenated: each line becomes one flat string, so the garbage collector copies
    // one object per line instead of a rope of attribute pieces.
    const indentation = indent(this.stack.length);
    this.parts.push(text === undefined ? [indentation, '<', tag, attrs, '/>\n'].join('') : [indentation, '<', tag, attrs, '>', escapeXml(text), '</', tag, '>\n'].join(''));
    return this;
  }

  close(): this {
    const tag = this.stack.pop();
    if (tag === undefined) throw new Error('XmlWriter: close() without open()');
    this.parts.push([indent(this.stack.length), '</', tag, '>\n'].join(''));
    return this;
  }

  /** Writes a line verbatim (for the XML declaration). */
  raw(line: string): this {
    this.parts.push(`${line}\n`);
    return this;
  }

  toString(): string {
    if (this.stack.length > 0) throw new Error(`XmlWriter: unclosed <${this.stack[this.stack.length - 1]}>`);
    return this.parts.join('');
  }
}
