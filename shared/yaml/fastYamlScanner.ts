/**
 * The scanning half of the fast YAML reader: the reader's state (the current content line, the
 * comment lines skipped to reach it, the value and node stacks), line and key scanning, plain and
 * quoted scalars. `fastYamlReader.ts` adds the block and flow structure on top.
 */
import { BACKSLASH, COLON, DASH, DOT, DQUOTE, HASH, KEY_CACHE_SIZE, KEY_CACHE_WIDTH, NL, NO_ITEMS, PERCENT, QMARK, SIMPLE_ESCAPES, SMALL_MAPPING, SPACE, SQUOTE, bail, hasOwn, isFlowIndicator, isHexDigit, isIndicatorStart, jsKeyOf, keyCacheCandidate, keyCacheChars, keyCacheKey, keyCacheLength, resolvePlainScalar, type FastNode, type FastPair } from './fastYamlLexicon';

export class YamlScanner {
  protected readonly text: string;
  protected readonly len: number;
  protected readonly origin: number;
  /** Whether to build FastNodes; without them every read returns NO_NODE and only values are built. */
  protected readonly withNodes: boolean;
  /** `range[1]` of the node just read (set even without nodes). */
  protected nodeEnd = 0;

  /** JS value of the node just read. */
  js: unknown = null;
  /** `range[2]` in `yaml` of the node just read: where the parent collection's value range ends. */
  protected end2 = 0;

  // The current content line.
  protected eof = false;
  protected lineStart = 0;
  protected first = 0;
  protected indent = 0;

  // Comment lines skipped before the current content line: their indentation and end (after `\n`).
  protected commentCount = 0;
  protected readonly commentIndent: number[] = [];
  protected readonly commentEnd: number[] = [];
  /** Comments before this index were taken into the previous value's end. */
  protected commentFrom = 0;
  /** The skipped lines already belong to a node (an empty value, or a collection that kept them). */
  protected commentsTaken = false;

  // The key found by scanKey.
  protected keyStart = 0;
  protected keyEnd = 0;
  protected keyColon = 0;
  protected keyText = '';

  // The end (after the closing quote) of the quoted scalar read by readQuoted.
  protected quotedEnd = 0;

  constructor(text: string, origin: number, withNodes: boolean) {
    this.text = text;
    this.len = text.length;
    this.origin = origin;
    this.withNodes = withNodes;
  }

  /** A schema guide was given and the value read does not pass it. */
  rejected = false;

  // ---- collection stacks ---------------------------------------------------------------------
  // Entries of the collections being read, shared by all levels: each collection takes its own
  // entries off the top as exactly sized arrays (arrays grown by push would carry spare capacity).

  protected readonly pairStack: FastPair[] = [];
  protected pairTop = 0;
  protected readonly itemStack: FastNode[] = [];
  protected readonly itemValueStack: unknown[] = [];
  protected itemTop = 0;

  protected pushPair(pair: FastPair): void {
    this.pairStack[this.pairTop++] = pair;
  }

  protected popPairs(base: number): FastPair[] {
    const pairs = this.pairStack.slice(base, this.pairTop);
    this.pairTop = base;
    return pairs;
  }

  /** Keys of the mappings being read, to find duplicates in small mappings without a property lookup. */
  protected readonly keyStack: string[] = [];
  protected keyTop = 0;

  /** Records `key` for the mapping whose keys start at `keyBase`, bailing out on a duplicate. */
  protected claimKey(object: Record<string, unknown>, keyBase: number, key: string): void {
    const top = this.keyTop;
    if (top - keyBase <= SMALL_MAPPING) {
      for (let i = keyBase; i < top; i++) if (this.keyStack[i] === key) bail('a duplicate key');
    } else if (hasOwn.call(object, key)) bail('a duplicate key');
    this.keyStack[top] = key;
    this.keyTop = top + 1;
  }

  /** Adds `item`, whose JS value is `this.js`. */
  protected pushItem(item: FastNode): void {
    if (this.withNodes) this.itemStack[this.itemTop] = item;
    this.itemValueStack[this.itemTop] = this.js;
    this.itemTop++;
  }

  /** The items above `base`; sets `this.js` to their JS values. */
  protected popItems(base: number): FastNode[] {
    const items = this.withNodes ? this.itemStack.slice(base, this.itemTop) : NO_ITEMS;
    this.js = this.itemValueStack.slice(base, this.itemTop);
    this.itemTop = base;
    return items;
  }

  // ---- lines -------------------------------------------------------------------------------

  /** Moves to the first content line at or after the line starting at `from`, recording comment lines. */
  protected advance(from: number): void {
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
  protected lineAfter(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl === -1 ? this.len : nl + 1;
  }

  protected isSpaceOrEnd(at: number): boolean {
    if (at >= this.len) return true;
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === NL;
  }

  protected atDashLine(): boolean {
    return this.text.charCodeAt(this.first) === DASH && this.isSpaceOrEnd(this.first + 1);
  }

  /** Where the current content line's first token (or the end of the text) is. */
  protected terminator(): number {
    return this.eof ? this.len : this.first;
  }

  /**
   * Comment lines indented deeper than the collection (`indent`) that directly follow a scalar or
   * flow value, with only blank lines between, belong to that value's end in `yaml`.
   */
  protected absorbComments(collectionIndent: number, end2: number): number {
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
  protected collectionEnd(collectionIndent: number, valueEnd: number): number {
    if (this.commentsTaken || collectionIndent === 0) return valueEnd;
    for (let i = this.commentFrom; i < this.commentCount; i++) {
      if (this.commentIndent[i]! >= collectionIndent) {
        this.commentsTaken = true;
        return this.terminator();
      }
    }
    return valueEnd;
  }

  // ---- keys and scalars ----------------------------------------------------------------------

  /** Whether a block mapping key (`key:` followed by a space or line end) starts at `at`; sets key*. */
  protected scanKey(at: number): boolean {
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
  protected plainKey(at: number, end: number, hash: number): string {
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

  protected checkNotComplexKey(at: number): void {
    if (this.text.charCodeAt(at) === QMARK && this.isSpaceOrEnd(at + 1)) bail('a complex key (? key)');
  }

  /** Bails when a plain scalar may not start at `at` (an indicator, or `-`/`?`/`:` before a space). */
  protected checkPlainStart(at: number, inFlow: boolean): void {
    const code = this.text.charCodeAt(at);
    if (isIndicatorStart(code)) bail('a plain scalar starting with an indicator');
    if (code === DASH || code === QMARK || code === COLON) {
      if (this.isSpaceOrEnd(at + 1)) bail('an indicator (- ? :) where a value should be');
      if (inFlow && isFlowIndicator(this.text.charCodeAt(at + 1))) bail('an indicator (- ? :) before a flow indicator');
    }
  }

  /** The end of a single-line plain scalar in block context starting at `at`. */
  protected scanBlockPlain(at: number): number {
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
  protected isQuotedOnLine(at: number): boolean {
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
  protected readQuoted(at: number): string {
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
}
