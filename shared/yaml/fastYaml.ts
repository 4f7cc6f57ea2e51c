/**
 * A fast reader for the subset of YAML 1.2 (core schema) that map files use. It gives the same
 * value and the same node ranges as the `yaml` package would, or `undefined` the moment the text
 * leaves the subset (or could mean anything else), so the caller can fall back to `yaml`.
 *
 * The subset: an optional BOM; blank and comment lines anywhere; block mappings with plain or
 * quoted single-line keys; block sequences (indented under their key or at its column, items may be
 * compact mappings); single-line flow collections; single-line plain, single- and double-quoted
 * scalars; literal and folded block scalars with auto-detected indentation; trailing comments.
 *
 * Ranges follow `yaml`'s node ranges: `start`/`end` are `range[0]`/`range[1]`. A block collection
 * ends where its last value's `range[2]` ends, which takes in that value's trailing comment and line
 * break, comment lines indented deeper than the collection, and (for an empty value or a collection
 * that keeps them) the comment lines that follow; the reader models those rules exactly.
 */
import type { SchemaGuide } from '../model/compileAcceptor';
import { setOwnProperty } from '../model/plainData';
import { lineStartsOf } from './lineStarts';

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

type ScalarNode = Extract<FastNode, { kind: 'scalar' }>;

/** Reads `text` when it lies in the subset; `undefined` means "use the `yaml` package instead". */
export function readYamlSubset(text: string): FastDocument | undefined {
  const result = readOrExplain(text, true);
  return typeof result === 'string' ? undefined : { root: result.root, value: result.value, lineStarts: lineStartsOf(text) };
}

/**
 * Like `readYamlSubset` but without the node tree and line starts: a fraction of the memory and
 * less time, for loading when no positions are needed. It accepts and declines the same texts.
 */
export function readYamlSubsetValue(text: string, guide?: SchemaGuide): FastValue | undefined {
  const result = readOrExplain(text, false, guide);
  if (typeof result === 'string') return undefined;
  return guide ? { value: result.value, accepted: result.accepted } : { value: result.value };
}

/** Why `readYamlSubset` declines `text` (for tests and diagnostics), or undefined when it reads it. */
export function explainYamlSubsetBailout(text: string): string | undefined {
  const result = readOrExplain(text, false);
  return typeof result === 'string' ? result : undefined;
}

/** Thrown inside the reader to unwind at the first construct outside the subset. */
class OutsideSubset extends Error {}

// Characters the subset never contains: tabs, CR, control characters, C1 controls (NEL among them),
// Unicode line and paragraph separators and a BOM anywhere but at the start.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const FORBIDDEN_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Deepest nesting read; deeper documents go to `yaml`, which reports its own limits. */
const MAX_DEPTH = 100;
/** `yaml` (strict) rejects implicit keys whose `:` is more than 1024 characters after their start. */
const MAX_KEY_SPAN = 1000;

const NL = 10;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const AMP = 38;
const SQUOTE = 39;
const STAR = 42;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COLON = 58;
const GT = 62;
const QMARK = 63;
const AT = 64;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const BACKTICK = 96;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

function readOrExplain(text: string, withNodes: boolean, guide?: SchemaGuide): { root: FastNode; value: unknown; accepted: boolean } | string {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (FORBIDDEN_CHARS.test(hasBom ? text.slice(1) : text)) return 'a tab, CR, control character or misplaced BOM';
  const reader = new Reader(text, hasBom ? 1 : 0, withNodes);
  try {
    const root = reader.readDocument(guide ?? null);
    return { root, value: reader.js, accepted: guide !== undefined && !reader.rejected };
  } catch (error) {
    if (error instanceof OutsideSubset) return error.message;
    throw error;
  }
}

function bail(reason: string): never {
  throw new OutsideSubset(reason);
}

const hasOwn = Object.prototype.hasOwnProperty;
/** Mappings up to this many keys are checked for duplicates by comparing keys, larger ones by lookup. */
const SMALL_MAPPING = 8;

/** What node-building reads return when nodes are not wanted (never exposed). */
const NO_NODE: ScalarNode = { kind: 'scalar', start: 0, end: 0, style: 'plain', value: null };
const NO_ITEMS: FastNode[] = [];

/** Recently seen plain keys, by hash slot: their length, characters and JS key. */
const KEY_CACHE_SIZE = 1024;
/** Longest key cached, in UTF-16 units. */
const KEY_CACHE_WIDTH = 24;
const keyCacheLength = new Int32Array(KEY_CACHE_SIZE);
const keyCacheChars = new Uint16Array(KEY_CACHE_SIZE * KEY_CACHE_WIDTH);
const keyCacheKey: string[] = new Array<string>(KEY_CACHE_SIZE).fill('');
/** Per slot, the hash of the last key that missed the cache. */
const keyCacheCandidate = new Int32Array(KEY_CACHE_SIZE);

const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

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
function jsKeyOf(value: string | number | boolean | null): string {
  return value === null ? '' : String(value);
}

const SIMPLE_ESCAPES: Record<string, string> = {
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

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** Characters that cannot start a plain scalar (YAML c-indicators other than the `-?:` cases). */
function isIndicatorStart(code: number): boolean {
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

function isFlowIndicator(code: number): boolean {
  return code === COMMA || code === LBRACKET || code === RBRACKET || code === LBRACE || code === RBRACE;
}

/**
 * A line-oriented recursive-descent reader. Between nodes it keeps the "current content line"
 * (first line that is neither blank nor a comment) and the comment lines skipped to reach it, which
 * decide where the previous value and the collections around it end.
 */
class Reader {
  private readonly text: string;
  private readonly len: number;
  private readonly origin: number;
  /** Whether to build FastNodes; without them every read returns NO_NODE and only values are built. */
  private readonly withNodes: boolean;
  /** `range[1]` of the node just read (set even without nodes). */
  private nodeEnd = 0;

  /** JS value of the node just read. */
  js: unknown = null;
  /** `range[2]` in `yaml` of the node just read: where the parent collection's value range ends. */
  private end2 = 0;

  // The current content line.
  private eof = false;
  private lineStart = 0;
  private first = 0;
  private indent = 0;

  // Comment lines skipped before the current content line: their indentation and end (after `\n`).
  private commentCount = 0;
  private readonly commentIndent: number[] = [];
  private readonly commentEnd: number[] = [];
  /** Comments before this index were taken into the previous value's end. */
  private commentFrom = 0;
  /** The skipped lines already belong to a node (an empty value, or a collection that kept them). */
  private commentsTaken = false;

  // The key found by scanKey.
  private keyStart = 0;
  private keyEnd = 0;
  private keyColon = 0;
  private keyText = '';

  // The end (after the closing quote) of the quoted scalar read by readQuoted.
  private quotedEnd = 0;

  constructor(text: string, origin: number, withNodes: boolean) {
    this.text = text;
    this.len = text.length;
    this.origin = origin;
    this.withNodes = withNodes;
  }

  /** A schema guide was given and the value read does not pass it. */
  rejected = false;
  /** Set by a block collection that applied its guide while reading; unset, the caller checks the value. */
  private checked = false;

  readDocument(guide: SchemaGuide | null): FastNode {
    this.advance(this.origin);
    if (this.eof) bail('an empty document');
    if (this.indent !== 0) bail('an indented root node');
    // `yaml` does not see a `- ` right after a BOM as a sequence item.
    if (this.first === 1 && this.origin === 1 && this.atDashLine()) bail('a sequence item right after the BOM');
    let root: FastNode;
    this.checkNotComplexKey(this.first);
    this.checked = false;
    if (this.atDashLine()) root = this.readSeq(0, 1, guide);
    else if (this.scanKey(this.first)) root = this.readMap(0, this.first, 1, guide);
    else {
      const code = this.text.charCodeAt(this.first);
      if (code === PIPE || code === GT) bail('a block scalar at the root');
      root = this.readInlineValue(this.first, 0, 1);
    }
    if (!this.eof) bail('content after the root node');
    this.checkValue(guide);
    return root;
  }

  // ---- collection stacks ---------------------------------------------------------------------
  // Entries of the collections being read, shared by all levels: each collection takes its own
  // entries off the top as exactly sized arrays (arrays grown by push would carry spare capacity).

  private readonly pairStack: FastPair[] = [];
  private pairTop = 0;
  private readonly itemStack: FastNode[] = [];
  private readonly itemValueStack: unknown[] = [];
  private itemTop = 0;

  private pushPair(pair: FastPair): void {
    this.pairStack[this.pairTop++] = pair;
  }

  private popPairs(base: number): FastPair[] {
    const pairs = this.pairStack.slice(base, this.pairTop);
    this.pairTop = base;
    return pairs;
  }

  /** Keys of the mappings being read, to find duplicates in small mappings without a property lookup. */
  private readonly keyStack: string[] = [];
  private keyTop = 0;

  /** Records `key` for the mapping whose keys start at `keyBase`, bailing out on a duplicate. */
  private claimKey(object: Record<string, unknown>, keyBase: number, key: string): void {
    const top = this.keyTop;
    if (top - keyBase <= SMALL_MAPPING) {
      for (let i = keyBase; i < top; i++) if (this.keyStack[i] === key) bail('a duplicate key');
    } else if (hasOwn.call(object, key)) bail('a duplicate key');
    this.keyStack[top] = key;
    this.keyTop = top + 1;
  }

  /** Adds `item`, whose JS value is `this.js`. */
  private pushItem(item: FastNode): void {
    if (this.withNodes) this.itemStack[this.itemTop] = item;
    this.itemValueStack[this.itemTop] = this.js;
    this.itemTop++;
  }

  /** The items above `base`; sets `this.js` to their JS values. */
  private popItems(base: number): FastNode[] {
    const items = this.withNodes ? this.itemStack.slice(base, this.itemTop) : NO_ITEMS;
    this.js = this.itemValueStack.slice(base, this.itemTop);
    this.itemTop = base;
    return items;
  }

  // ---- lines -------------------------------------------------------------------------------

  /** Moves to the first content line at or after the line starting at `from`, recording comment lines. */
  private advance(from: number): void {
    const text = this.text;
    const len = this.len;
    this.commentCount = 0;
    this.commentFrom = 0;
    this.commentsTaken = false;
    let lineStart = from;
    while (lineStart < len) {
      let i = lineStart;
      while (i < len && text.charCodeAt(i) === SPACE) i++;
      if (i >= len) break;
      const code = text.charCodeAt(i);
      if (code === NL) {
        lineStart = i + 1;
        continue;
      }
      if (code === HASH) {
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? len : nl + 1;
        this.commentIndent[this.commentCount] = i - lineStart;
        this.commentEnd[this.commentCount] = end;
        this.commentCount++;
        lineStart = end;
        continue;
      }
      if (i === lineStart && (code === DASH || code === DOT)) {
        const marker = text.startsWith('---', i) || text.startsWith('...', i);
        if (marker) bail('a document marker');
      }
      if (i === lineStart && code === PERCENT) bail('a directive');
      this.eof = false;
      this.lineStart = lineStart;
      this.first = i;
      this.indent = i - lineStart;
      return;
    }
    this.eof = true;
    this.lineStart = len;
    this.first = len;
    this.indent = -1;
  }

  /** Offset after the line break ending the line that contains `at` (or the text length). */
  private lineAfter(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl === -1 ? this.len : nl + 1;
  }

  private isSpaceOrEnd(at: number): boolean {
    if (at >= this.len) return true;
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === NL;
  }

  private atDashLine(): boolean {
    return this.text.charCodeAt(this.first) === DASH && this.isSpaceOrEnd(this.first + 1);
  }

  /** Where the current content line's first token (or the end of the text) is. */
  private terminator(): number {
    return this.eof ? this.len : this.first;
  }

  /**
   * Comment lines indented deeper than the collection (`indent`) that directly follow a scalar or
   * flow value, with only blank lines between, belong to that value's end in `yaml`.
   */
  private absorbComments(collectionIndent: number, end2: number): number {
    let i = this.commentFrom;
    let end = end2;
    while (i < this.commentCount && this.commentIndent[i]! > collectionIndent) {
      end = this.commentEnd[i]!;
      i++;
    }
    this.commentFrom = i;
    return end;
  }

  /**
   * The end of a block collection at `collectionIndent` whose last value ends at `valueEnd`: it
   * keeps the comment lines after it (so ends at the next token) when one is indented at least as
   * deep as the collection; otherwise they pass to the parent. Root-column collections never keep them.
   */
  private collectionEnd(collectionIndent: number, valueEnd: number): number {
    if (this.commentsTaken || collectionIndent === 0) return valueEnd;
    for (let i = this.commentFrom; i < this.commentCount; i++) {
      if (this.commentIndent[i]! >= collectionIndent) {
        this.commentsTaken = true;
        return this.terminator();
      }
    }
    return valueEnd;
  }

  // ---- schema guide ------------------------------------------------------------------------
  // A block collection read with a guide of its own kind checks each key or item as it comes and
  // sets `checked`; any other value (scalar, flow collection, mismatched kind) is judged whole by
  // the guide's acceptor, by the collection holding it. After the first rejection nothing is checked.

  /** Judges the value just read (`this.js`) against `guide` unless its reader already did. */
  private checkValue(guide: SchemaGuide | null): void {
    if (guide !== null && !this.checked && !this.rejected && !guide.accept(this.js)) this.rejected = true;
  }

  // ---- block collections ---------------------------------------------------------------------

  /** A block mapping at column `indent` whose first key starts at `keyAt` (the current line). */
  private readMap(indent: number, keyAt: number, depth: number, guide: SchemaGuide | null): FastNode {
    if (depth > MAX_DEPTH) bail('nesting too deep');
    const base = this.pairTop;
    const keyBase = this.keyTop;
    const object: Record<string, unknown> = {};
    const guided = guide !== null && (guide.kind === 'object' || guide.kind === 'record') && !this.rejected;
    let requiredSeen = 0;
    let at = keyAt;
    let valueEnd: number;
    for (;;) {
      if (!this.scanKey(at)) {
        this.checkNotComplexKey(at);
        bail('a line that is not a mapping key');
      }
      const key = this.keyText;
      if (this.keyColon - this.keyStart > MAX_KEY_SPAN) bail('a key over 1000 characters');
      this.claimKey(object, keyBase, key);
      const keyStart = this.keyStart;
      const keyEnd = this.keyEnd;
      let valueGuide: SchemaGuide | null = null;
      if (guided && !this.rejected) {
        if (guide.kind === 'object') {
          const field = guide.fields.get(key);
          if (field === undefined) this.rejected = true;
          else {
            valueGuide = field.guide;
            if (field.required) requiredSeen++;
          }
        } else if (guide.kind === 'record') {
          // zod drops a `__proto__` key, so its output would differ from the value read.
          if (key === '__proto__' || !guide.acceptKey(key)) this.rejected = true;
          else valueGuide = guide.value;
        }
      }
      this.checked = false;
      const value = this.readMapValue(this.keyColon + 1, indent, depth, valueGuide);
      this.checkValue(valueGuide);
      if (this.withNodes) this.pushPair({ key, keyStart, keyEnd, value });
      setOwnProperty(object, key, this.js);
      valueEnd = this.end2;
      if (this.eof || this.indent < indent) break;
      if (this.indent > indent) bail('a more-indented line (multi-line scalar or bad indentation)');
      at = this.first;
    }
    this.keyTop = keyBase;
    if (guided && guide.kind === 'object' && requiredSeen !== guide.requiredCount) this.rejected = true;
    this.checked = guided;
    this.end2 = this.collectionEnd(indent, valueEnd);
    this.js = object;
    this.nodeEnd = valueEnd;
    if (!this.withNodes) return NO_NODE;
    return { kind: 'map', start: keyAt, end: valueEnd, flow: false, pairs: this.popPairs(base) };
  }

  /** The value after a block mapping key's `:` at `from - 1`. */
  private readMapValue(from: number, indent: number, depth: number, guide: SchemaGuide | null): FastNode {
    const text = this.text;
    let q = from;
    while (q < this.len && text.charCodeAt(q) === SPACE) q++;
    const code = q < this.len ? text.charCodeAt(q) : NL;
    if (code !== NL && code !== HASH) return this.readInlineValue(q, indent, depth);
    this.advance(this.lineAfter(q));
    if (!this.eof && (this.indent > indent || (this.indent === indent && this.atDashLine()))) {
      return this.readNextLineValue(indent, depth + 1, guide);
    }
    return this.emptyValue(q, code === HASH);
  }

  /** A block sequence at column `indent` (the current line is its first `-` line). */
  private readSeq(indent: number, depth: number, guide: SchemaGuide | null): FastNode {
    if (depth > MAX_DEPTH) bail('nesting too deep');
    const text = this.text;
    const base = this.itemTop;
    const guided = guide !== null && guide.kind === 'array' && !this.rejected;
    const itemGuide = guided ? guide.element : null;
    const start = this.first;
    let valueEnd: number;
    for (;;) {
      const dash = this.first;
      const lineStart = this.lineStart;
      // Comment lines between the previous item and this dash belong to this item in `yaml`.
      const commentBefore = this.itemTop > base && !this.commentsTaken && this.commentFrom < this.commentCount;
      let q = dash + 1;
      while (q < this.len && text.charCodeAt(q) === SPACE) q++;
      const code = q < this.len ? text.charCodeAt(q) : NL;
      let item: FastNode;
      this.checked = false;
      if (code === NL || code === HASH) {
        this.advance(this.lineAfter(q));
        if (!this.eof && this.indent > indent) item = this.readNextLineValue(indent, depth + 1, itemGuide);
        else item = this.emptyValue(q, code === HASH || commentBefore);
      } else if (code === DASH && this.isSpaceOrEnd(q + 1)) {
        bail('a compact nested sequence (- - x)');
      } else if (this.scanKey(q)) {
        item = this.readMap(q - lineStart, q, depth + 1, itemGuide);
      } else {
        item = this.readInlineValue(q, indent, depth + 1);
      }
      this.checkValue(itemGuide);
      this.pushItem(item);
      valueEnd = this.end2;
      if (this.eof || this.indent < indent) break;
      if (this.indent > indent) bail('a more-indented line (multi-line scalar or bad indentation)');
      if (!this.atDashLine()) break;
    }
    this.end2 = this.collectionEnd(indent, valueEnd);
    if (guided) {
      const count = this.itemTop - base;
      if (count < guide.minimum || count > guide.maximum) this.rejected = true;
    }
    this.checked = guided;
    const items = this.popItems(base);
    this.nodeEnd = valueEnd;
    if (!this.withNodes) return NO_NODE;
    return { kind: 'seq', start, end: valueEnd, flow: false, items };
  }

  /**
   * A value on the line after its key or dash (the current content line), in a collection at
   * column `indent`: a block mapping or sequence, or a flow collection (`yaml` writes an empty
   * block mapping as `{}` there).
   */
  private readNextLineValue(indent: number, depth: number, guide: SchemaGuide | null): FastNode {
    if (this.atDashLine()) return this.readSeq(this.indent, depth, guide);
    const code = this.text.charCodeAt(this.first);
    if (code === LBRACKET || code === LBRACE) return this.readInlineValue(this.first, indent, depth);
    return this.readMap(this.indent, this.first, depth, guide);
  }

  /**
   * An absent value (`key:` or `-` with nothing after it) at `at`. In `yaml` the lines skipped after
   * it belong to it, and when any of them (or its own line) has a comment, its range runs to the next token.
   */
  private emptyValue(at: number, hasComment: boolean): ScalarNode {
    this.end2 = hasComment || this.commentCount > 0 ? this.terminator() : at;
    this.commentsTaken = true;
    this.js = null;
    this.nodeEnd = at;
    if (!this.withNodes) return NO_NODE;
    return { kind: 'scalar', start: at, end: at, style: 'plain', value: null };
  }

  /**
   * A value that starts on the current line at `at` (a scalar, flow collection or block scalar),
   * inside a block collection at column `indent`. Moves to the next content line.
   */
  private readInlineValue(at: number, indent: number, depth: number): FastNode {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === PIPE || code === GT) return this.readBlockScalar(at, indent);
    let node: FastNode;
    let end: number;
    if (code === DQUOTE || code === SQUOTE) {
      const value = this.readQuoted(at);
      end = this.quotedEnd;
      node = this.withNodes ? { kind: 'scalar', start: at, end, style: code === DQUOTE ? 'double' : 'single', value } : NO_NODE;
      this.js = value;
    } else if (code === LBRACKET || code === LBRACE) {
      node = this.readFlow(at, depth);
      end = this.nodeEnd;
    } else {
      this.checkPlainStart(at, false);
      end = this.scanBlockPlain(at);
      const value = resolvePlainScalar(text.slice(at, end));
      node = this.withNodes ? { kind: 'scalar', start: at, end, style: 'plain', value } : NO_NODE;
      this.js = value;
    }
    // Only spaces and a comment may follow on the line.
    let i = end;
    while (i < this.len && text.charCodeAt(i) === SPACE) i++;
    if (i < this.len) {
      const next = text.charCodeAt(i);
      if (next === HASH) {
        if (i === end) bail('a comment not preceded by a space');
      } else if (next !== NL) bail('text after a value on its line');
    }
    const lineEnd = this.lineAfter(i);
    this.advance(lineEnd);
    this.end2 = this.absorbComments(indent, lineEnd);
    return node;
  }

  // ---- keys and scalars ----------------------------------------------------------------------

  /** Whether a block mapping key (`key:` followed by a space or line end) starts at `at`; sets key*. */
  private scanKey(at: number): boolean {
    const text = this.text;
    const len = this.len;
    const code = text.charCodeAt(at);
    if (code === DQUOTE || code === SQUOTE) {
      if (!this.isQuotedOnLine(at)) return false;
      let i = this.quotedEnd;
      while (i < len && text.charCodeAt(i) === SPACE) i++;
      if (text.charCodeAt(i) !== COLON || !this.isSpaceOrEnd(i + 1)) return false;
      const value = this.readQuoted(at);
      this.keyStart = at;
      this.keyEnd = this.quotedEnd;
      this.keyColon = i;
      this.keyText = value;
      return true;
    }
    if (isIndicatorStart(code)) return false;
    if ((code === DASH || code === QMARK || code === COLON) && this.isSpaceOrEnd(at + 1)) return false;
    let end = at;
    let hash = 0;
    let hashAtEnd = 0;
    for (let i = at; i < len; i++) {
      const c = text.charCodeAt(i);
      hash = (Math.imul(hash, 31) + c) | 0;
      if (c === NL) return false;
      if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) return false;
        continue;
      }
      if (c === COLON && this.isSpaceOrEnd(i + 1)) {
        if (end === at) return false;
        this.keyStart = at;
        this.keyEnd = end;
        this.keyColon = i;
        this.keyText = this.plainKey(at, end, hashAtEnd);
        return true;
      }
      end = i + 1;
      hashAtEnd = hash;
    }
    return false;
  }

  /**
   * The JS key of the plain key text[at, end). Keys repeat (every activity has `name:`), so short
   * ones come from a small cache: no new string, and V8 finds the property name already internalized.
   * The cache holds the keys' characters in a typed array, so a lookup compares numbers only.
   */
  private plainKey(at: number, end: number, hash: number): string {
    const length = end - at;
    const text = this.text;
    if (length > KEY_CACHE_WIDTH) return jsKeyOf(resolvePlainScalar(text.slice(at, end)));
    const slot = (hash ^ (hash >>> 11) ^ length) & (KEY_CACHE_SIZE - 1);
    const offset = slot * KEY_CACHE_WIDTH;
    if (keyCacheLength[slot] === length) {
      let i = 0;
      while (i < length && keyCacheChars[offset + i] === text.charCodeAt(at + i)) i++;
      if (i === length) return keyCacheKey[slot]!;
    }
    // Ids are keys seen once: a key enters the cache only when its slot sees its hash a second time.
    if (keyCacheCandidate[slot] !== hash) {
      keyCacheCandidate[slot] = hash;
      return jsKeyOf(resolvePlainScalar(text.slice(at, end)));
    }
    for (let i = 0; i < length; i++) keyCacheChars[offset + i] = text.charCodeAt(at + i);
    // The cache must not keep this text alive: V8 copies slices under 13 characters, longer keys
    // are built afresh from their characters.
    const source =
      length < 13 ? text.slice(at, end) : String.fromCharCode.apply(null, Array.from(keyCacheChars.subarray(offset, offset + length)));
    const key = jsKeyOf(resolvePlainScalar(source));
    keyCacheLength[slot] = length;
    keyCacheKey[slot] = key;
    return key;
  }

  private checkNotComplexKey(at: number): void {
    if (this.text.charCodeAt(at) === QMARK && this.isSpaceOrEnd(at + 1)) bail('a complex key (? key)');
  }

  /** Bails when a plain scalar may not start at `at` (an indicator, or `-`/`?`/`:` before a space). */
  private checkPlainStart(at: number, inFlow: boolean): void {
    const code = this.text.charCodeAt(at);
    if (isIndicatorStart(code)) bail('a plain scalar starting with an indicator');
    if (code === DASH || code === QMARK || code === COLON) {
      if (this.isSpaceOrEnd(at + 1)) bail('an indicator (- ? :) where a value should be');
      if (inFlow && isFlowIndicator(this.text.charCodeAt(at + 1))) bail('an indicator (- ? :) before a flow indicator');
    }
  }

  /** The end of a single-line plain scalar in block context starting at `at`. */
  private scanBlockPlain(at: number): number {
    const text = this.text;
    const len = this.len;
    let end = at;
    for (let i = at; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === NL) break;
      if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) break;
        continue;
      }
      if (c === COLON && this.isSpaceOrEnd(i + 1)) bail('a mapping inside a plain value (a: b: c)');
      end = i + 1;
    }
    return end;
  }

  /** Whether the quoted scalar at `at` closes on its own line; sets quotedEnd. */
  private isQuotedOnLine(at: number): boolean {
    const text = this.text;
    const len = this.len;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === NL) return false;
      if (quote === DQUOTE) {
        if (c === BACKSLASH) i++;
        else if (c === DQUOTE) {
          this.quotedEnd = i + 1;
          return true;
        }
      } else if (c === SQUOTE) {
        if (text.charCodeAt(i + 1) === SQUOTE) i++;
        else {
          this.quotedEnd = i + 1;
          return true;
        }
      }
    }
    return false;
  }

  /** The value of the single-line quoted scalar at `at`; sets quotedEnd. */
  private readQuoted(at: number): string {
    if (!this.isQuotedOnLine(at)) bail('a quoted scalar that does not close on its line');
    const text = this.text;
    const close = this.quotedEnd - 1;
    if (text.charCodeAt(at) === SQUOTE) {
      const body = text.slice(at + 1, close);
      return body.includes("''") ? body.replaceAll("''", "'") : body;
    }
    const firstEscape = text.indexOf('\\', at + 1);
    if (firstEscape === -1 || firstEscape > close) return text.slice(at + 1, close);
    const parts: string[] = [];
    let segment = at + 1;
    for (let i = firstEscape; i < close; i++) {
      if (text.charCodeAt(i) !== BACKSLASH) continue;
      parts.push(text.slice(segment, i));
      const escape = text[i + 1]!;
      const simple = SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        parts.push(simple);
        i += 1;
      } else if (escape === 'x' || escape === 'u' || escape === 'U') {
        const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : 8;
        if (i + 2 + digits > close) bail('a short \\x, \\u or \\U escape');
        for (let d = i + 2; d < i + 2 + digits; d++) if (!isHexDigit(text.charCodeAt(d))) bail('a bad hex escape');
        const codePoint = parseInt(text.slice(i + 2, i + 2 + digits), 16);
        if (codePoint > 0x10ffff) bail('an escape beyond Unicode');
        parts.push(String.fromCodePoint(codePoint));
        i += 1 + digits;
      } else {
        bail('an unknown escape in a double-quoted scalar');
      }
      segment = i + 1;
    }
    parts.push(text.slice(segment, close));
    return parts.join('');
  }

  // ---- block scalars -------------------------------------------------------------------------

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `at`, in a collection at column
   * `parentIndent`; content lines must be indented deeper. Moves to the next content line.
   */
  private readBlockScalar(at: number, parentIndent: number): ScalarNode {
    const text = this.text;
    const len = this.len;
    const folded = text.charCodeAt(at) === GT;
    let i = at + 1;
    let chomp = 0; // -1 strip, 0 clip, 1 keep
    const indicator = text.charCodeAt(i);
    if (indicator === DASH) {
      chomp = -1;
      i++;
    } else if (indicator === PLUS) {
      chomp = 1;
      i++;
    }
    const afterHeader = i;
    while (i < len && text.charCodeAt(i) === SPACE) i++;
    if (i < len) {
      const c = text.charCodeAt(i);
      if (c === HASH) {
        if (i === afterHeader) bail('a comment right after a block scalar header');
      } else if (c !== NL) bail('a block scalar header with an indentation indicator or other text');
    }
    const nl = text.indexOf('\n', i);
    if (nl === -1) bail('a block scalar header at the end of the text');

    // 1. The first line fixes the content indentation; it must be deeper than the parent.
    const contentStart = nl + 1;
    let k = contentStart;
    while (k < len && text.charCodeAt(k) === SPACE) k++;
    if (k >= len || text.charCodeAt(k) === NL) bail('a block scalar starting with a blank line or empty');
    const contentIndent = k - contentStart;
    if (contentIndent <= parentIndent) bail('an empty block scalar');

    // 2. Content lines run until a non-blank line indented less; blank lines may not hold extra spaces.
    const parts: string[] = [];
    let lineStart = contentStart;
    let blankRun = 0; // blank lines since the last content line
    let previousMoreIndented = false;
    let lastContentEnd = contentStart;
    let keepEnd = len;
    let lineCount = 0;
    while (lineStart < len) {
      let j = lineStart;
      while (j < len && text.charCodeAt(j) === SPACE) j++;
      const spaces = j - lineStart;
      if (j >= len || text.charCodeAt(j) === NL) {
        if (spaces > contentIndent) bail('a blank block scalar line with more spaces than the indentation');
        if (j >= len) {
          // A last line of spaces without a line break is part of the scalar only when fully indented.
          if (spaces < contentIndent) keepEnd = lineStart;
          break;
        }
        blankRun++;
        lineStart = j + 1;
        continue;
      }
      if (spaces < contentIndent) {
        keepEnd = lineStart;
        break;
      }
      const nlAt = text.indexOf('\n', j);
      if (nlAt === -1) bail('a block scalar whose last line has no line break');
      const line = text.slice(lineStart + contentIndent, nlAt);
      const moreIndented = spaces > contentIndent;
      // 3. Line breaks between lines: literal keeps them all; folded joins two normal lines with a
      // space (or keeps only the empty lines between them) and keeps breaks around more-indented lines.
      if (lineCount > 0) {
        if (!folded || moreIndented || previousMoreIndented) parts.push('\n'.repeat(blankRun + 1));
        else parts.push(blankRun === 0 ? ' ' : '\n'.repeat(blankRun));
      }
      parts.push(line);
      previousMoreIndented = moreIndented;
      lineCount++;
      blankRun = 0;
      lastContentEnd = nlAt + 1;
      lineStart = nlAt + 1;
    }

    // 4. Chomping, and where `yaml` ends the token: after the last content line, or for keep after
    // the trailing blank lines too.
    let end = lastContentEnd;
    if (chomp === 0) parts.push('\n');
    else if (chomp === 1) {
      parts.push('\n'.repeat(blankRun + 1));
      end = keepEnd;
    }
    const value = parts.join('');
    this.advance(lastContentEnd);
    this.end2 = end;
    this.js = value;
    if (!this.withNodes) return NO_NODE;
    return { kind: 'scalar', start: at, end, style: folded ? 'folded' : 'literal', value };
  }

  // ---- flow collections ----------------------------------------------------------------------

  /** A flow sequence or mapping at `at` that closes on the same line. */
  private readFlow(at: number, depth: number): FastNode {
    if (depth > MAX_DEPTH) bail('nesting too deep');
    const text = this.text;
    const isMap = text.charCodeAt(at) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    let i = this.skipFlowSpaces(at + 1);
    if (isMap) {
      const base = this.pairTop;
      const keyBase = this.keyTop;
      const object: Record<string, unknown> = {};
      const isEmpty = text.charCodeAt(i) === close;
      if (!isEmpty) {
        for (;;) {
          const keyStart = i;
          let keyEnd: number;
          let key: string;
          const code = text.charCodeAt(i);
          if (code === DQUOTE || code === SQUOTE) {
            key = this.readQuoted(i);
            keyEnd = this.quotedEnd;
          } else {
            this.checkPlainStart(i, true);
            keyEnd = this.scanFlowPlain(i, true);
            key = jsKeyOf(resolvePlainScalar(text.slice(i, keyEnd)));
          }
          if (keyEnd - keyStart > MAX_KEY_SPAN) bail('a key over 1000 characters');
          this.claimKey(object, keyBase, key);
          i = this.skipFlowSpaces(keyEnd);
          if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) bail('a flow mapping entry without ": "');
          i = this.skipFlowSpaces(i + 1);
          const value = this.readFlowValue(i, depth);
          if (this.withNodes) this.pushPair({ key, keyStart, keyEnd, value });
          setOwnProperty(object, key, this.js);
          i = this.afterFlowItem(this.nodeEnd, close);
          if (i < 0) break;
        }
      }
      const end = this.flowClose(i, !isEmpty);
      this.keyTop = keyBase;
      this.js = object;
      this.nodeEnd = end;
      if (!this.withNodes) return NO_NODE;
      return { kind: 'map', start: at, end, flow: true, pairs: this.popPairs(base) };
    }
    const base = this.itemTop;
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        const item = this.readFlowValue(i, depth);
        this.pushItem(item);
        i = this.afterFlowItem(this.nodeEnd, close);
        if (i < 0) break;
      }
    }
    const end = this.flowClose(i, this.itemTop > base);
    const items = this.popItems(base);
    this.nodeEnd = end;
    if (!this.withNodes) return NO_NODE;
    return { kind: 'seq', start: at, end, flow: true, items };
  }

  /** A scalar or nested flow collection inside a flow collection. */
  private readFlowValue(at: number, depth: number): FastNode {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === LBRACKET || code === LBRACE) return this.readFlow(at, depth + 1);
    if (code === DQUOTE || code === SQUOTE) {
      const value = this.readQuoted(at);
      this.js = value;
      this.nodeEnd = this.quotedEnd;
      if (!this.withNodes) return NO_NODE;
      return { kind: 'scalar', start: at, end: this.quotedEnd, style: code === DQUOTE ? 'double' : 'single', value };
    }
    this.checkPlainStart(at, true);
    const end = this.scanFlowPlain(at, false);
    const value = resolvePlainScalar(text.slice(at, end));
    this.js = value;
    this.nodeEnd = end;
    if (!this.withNodes) return NO_NODE;
    return { kind: 'scalar', start: at, end, style: 'plain', value };
  }

  /**
   * After a flow item ending at `end`: the offset of the next item after a comma, or -1 when the
   * collection closes next (the close is then at `flowCloseAt`).
   */
  private flowCloseAt = 0;
  private afterFlowItem(end: number, close: number): number {
    const i = this.skipFlowSpaces(end);
    const code = this.text.charCodeAt(i);
    if (code === close) {
      this.flowCloseAt = i;
      return -1;
    }
    if (code !== COMMA) bail('an unexpected character in a flow collection');
    const next = this.skipFlowSpaces(i + 1);
    const after = this.text.charCodeAt(next);
    if (after === close || after === COMMA) bail('an empty entry or trailing comma in a flow collection');
    return next;
  }

  /** The end offset (after the bracket) of a flow collection closing at `i` (or at flowCloseAt). */
  private flowClose(i: number, hasItems: boolean): number {
    return (hasItems ? this.flowCloseAt : i) + 1;
  }

  private skipFlowSpaces(from: number): number {
    const text = this.text;
    let i = from;
    while (i < this.len && text.charCodeAt(i) === SPACE) i++;
    if (i >= this.len || text.charCodeAt(i) === NL) bail('a flow collection that does not close on its line');
    if (text.charCodeAt(i) === HASH && i > from) bail('a comment inside a flow collection');
    return i;
  }

  /** The end of a plain scalar inside a flow collection (a key stops before its `:`). */
  private scanFlowPlain(at: number, isKey: boolean): number {
    const text = this.text;
    const len = this.len;
    let end = at;
    for (let i = at; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === NL || c === COMMA || c === RBRACKET || c === RBRACE) break;
      if (c === LBRACKET || c === LBRACE) bail('a bracket inside a flow plain scalar');
      if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) bail('a comment inside a flow collection');
        continue;
      }
      // In a flow collection `:` ends a plain scalar only before a space or flow indicator.
      if (c === COLON && i > at && (this.isSpaceOrEnd(i + 1) || isFlowIndicator(text.charCodeAt(i + 1)))) {
        if (isKey) break;
        bail('a mapping entry inside a flow sequence ([a: b])');
      }
      end = i + 1;
    }
    return end;
  }
}

