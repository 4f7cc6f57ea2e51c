/**
 * Checks BPMN input before any XML parser sees it, so hostile files fail fast with a location:
 * too large, not UTF-8, a DOCTYPE (entity expansion, external entities and DTD fetches all need
 * one), or nesting deeper than any model needs. Linear in the input; no regular-expression
 * backtracking.
 */

export const MAX_BPMN_DEPTH = 256;

export interface GuardError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export function locate(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
}

/** Checks decoded text: no DOCTYPE, no ENTITY declaration, bounded nesting. */
export function guardBpmnText(text: string): { text: string } | { error: GuardError } {
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) break;
        i = end;
        continue;
      }
      if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i + 9);
        if (end < 0) break;
        i = end;
        continue;
      }
      const word = text.slice(i + 2, i + 9).toUpperCase();
      if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY')) return { error: { message: `a ${word.startsWith('DOCTYPE') ? 'DOCTYPE' : 'ENTITY declaration'} is not allowed in BPMN input (entities and external DTDs are refused)`, ...locate(text, i) } };
      continue;
    }
    if (next === 63 /* ? */) continue;
    if (next === 47 /* / */) {
      depth--;
      continue;
    }
    const close = text.indexOf('>', i);
    if (close < 0) break;
    if (text.charCodeAt(close - 1) !== 47) depth++;
    if (depth > MAX_BPMN_DEPTH) return { error: { message: `elements nest deeper than ${MAX_BPMN_DEPTH} levels`, ...locate(text, i) } };
  }
  return { text };
}
