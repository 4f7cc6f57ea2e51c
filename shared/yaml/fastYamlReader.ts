/** The structure of the fast YAML reader: documents, block mappings and sequences, block scalars and flow collections. */
import type { SchemaGuide } from '../model/compileAcceptor';
import { setOwnProperty } from '../model/plainData';
import { COLON, COMMA, DASH, DQUOTE, GT, HASH, LBRACE, LBRACKET, MAX_DEPTH, MAX_KEY_SPAN, NL, NO_NODE, PIPE, PLUS, RBRACE, RBRACKET, SPACE, SQUOTE, bail, isFlowIndicator, jsKeyOf, resolvePlainScalar, type FastNode, type ScalarNode } from './fastYamlLexicon';
import { YamlScanner } from './fastYamlScanner';

/**
 * A line-oriented recursive-descent reader. Between nodes it keeps the "current content line"
 * (first line that is neither blank nor a comment) and the comment lines skipped to reach it, which
 * decide where the previous value and the collections around it end.
 */
export class Reader extends YamlScanner {
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
