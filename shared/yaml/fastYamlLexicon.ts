/**
 * The fixed parts of the fast YAML reader (`fastYaml.ts`): its node types, the character codes and
 * limits of the subset, the key cache, and how plain and escaped scalars resolve (YAML 1.2 core
 * schema, as the `yaml` package resolves them).
 */

export type FastNode =
  | { kind: 'map'; start: number; end: number; flow: boolean; pairs: FastPair[] }
  | { kind: 'seq'; start: number; end: number; flow: boolean; items: FastNode[] }
  | {
      kind: 'scalar';
      start: number;
      end: number;
      style: 'plain' | 'single' | 'double' | 'literal' | 'folded';
      value: string | number | boolean | null;
    };

export interface FastPair {
  /** The key as it appears in the JS object (`1:` gives "1", `null:` gives ""). */
  key: string;
  keyStart: number;
  keyEnd: number;
  value: FastNode | null;
}

export interface FastValue {
  /** Equal to `parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true }).toJS()`. */
  value: unknown;
  /** With a schema guide: whether the guide's acceptor accepts `value` (checked while reading). */
  accepted?: boolean;
}

export interface FastDocument extends FastValue {
  root: FastNode;
  /** Offsets where lines start, as `yaml`'s LineCounter records them. */
  lineStarts: number[];
}

export type ScalarNode = Extract<FastNode, { kind: 'scalar' }>;

/** Thrown inside the reader to unwind at the first construct outside the subset. */
export class OutsideSubset extends Error {}

// Characters the subset never contains: tabs, CR, control characters, C1 controls (NEL among them),
// Unicode line and paragraph separators and a BOM anywhere but at the start.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
export const FORBIDDEN_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Deepest nesting read; deeper documents go to `yaml`, which reports its own limits. */
export const MAX_DEPTH = 100;
/** `yaml` (strict) rejects implicit keys whose `:` is more than 1024 characters after their start. */
export const MAX_KEY_SPAN = 1000;

export const NL = 10;
export const SPACE = 32;
export const BANG = 33;
export const DQUOTE = 34;
export const HASH = 35;
export const PERCENT = 37;
export const AMP = 38;
export const SQUOTE = 39;
export const STAR = 42;
export const PLUS = 43;
export const COMMA = 44;
export const DASH = 45;
export const DOT = 46;
export const DIGIT_0 = 48;
export const DIGIT_9 = 57;
export const COLON = 58;
export const GT = 62;
export const QMARK = 63;
export const AT = 64;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const BACKTICK = 96;
export const LBRACE = 123;
export const PIPE = 124;
export const RBRACE = 125;


export function bail(reason: string): never {
  throw new OutsideSubset(reason);
}

export const hasOwn = Object.prototype.hasOwnProperty;
/** Mappings up to this many keys are checked for duplicates by comparing keys, larger ones by lookup. */
export const SMALL_MAPPING = 8;

/** What node-building reads return when nodes are not wanted (never exposed). */
export const NO_NODE: ScalarNode = { kind: 'scalar', start: 0, end: 0, style: 'plain', value: null };
export const NO_ITEMS: FastNode[] = [];

/** Recently seen plain keys, by hash slot: their length, characters and JS key. */
export const KEY_CACHE_SIZE = 1024;
/** Longest key cached, in UTF-16 units. */
export const KEY_CACHE_WIDTH = 24;
export const keyCacheLength = new Int32Array(KEY_CACHE_SIZE);
export const keyCacheChars = new Uint16Array(KEY_CACHE_SIZE * KEY_CACHE_WIDTH);
export const keyCacheKey: string[] = new Array<string>(KEY_CACHE_SIZE).fill('');
/** Per slot, the hash of the last key that missed the cache. */
export const keyCacheCandidate = new Int32Array(KEY_CACHE_SIZE);

export const INT_OCT = /^0o[0-7]+$/;
export const INT_DEC = /^[-+]?[0-9]+$/;
export const INT_HEX = /^0x[0-9a-fA-F]+$/;
export const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
export const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
export const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Resolves a non-empty plain scalar by the YAML 1.2 core schema, tags tried in `yaml`'s order. */
export function resolvePlainScalar(source: string): string | number | boolean | null {
  const first = source.charCodeAt(0);
  // Most scalars are words: only these first characters can start a null, boolean or number.
  if ((first >= DIGIT_0 && first <= DIGIT_9) || first === DASH || first === PLUS || first === DOT) {
    if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
    if (INT_DEC.test(source)) return parseInt(source, 10);
    if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
    if (FLOAT_SPECIAL.test(source)) {
      if (source.endsWith('nan') || source.endsWith('NaN') || source.endsWith('NAN')) return NaN;
      return first === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    }
    if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
    return source;
  }
  switch (source) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    default:
      return source;
  }
}

/** The key a scalar becomes in a JS object, as `yaml`'s toJS writes it. */
export function jsKeyOf(value: string | number | boolean | null): string {
  return value === null ? '' : String(value);
}

export const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

export function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** Characters that cannot start a plain scalar (YAML c-indicators other than the `-?:` cases). */
export function isIndicatorStart(code: number): boolean {
  switch (code) {
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case AMP:
    case STAR:
    case BANG:
    case PIPE:
    case GT:
    case SQUOTE:
    case DQUOTE:
    case PERCENT:
    case AT:
    case BACKTICK:
      return true;
    default:
      return false;
  }
}

export function isFlowIndicator(code: number): boolean {
  return code === COMMA || code === LBRACKET || code === RBRACKET || code === LBRACE || code === RBRACE;
}

