/**
 * Random YAML texts in (and near) the map-file subset, for differential tests of the fast reader
 * against the `yaml` package: varied indentation, sequence styles, compact mappings, flow
 * collections, quoted and block scalars, comments at any column, blank lines, and tricky scalars.
 */

/** A small deterministic PRNG (mulberry32), so a failing seed can be replayed. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN_WORDS = [
  'a', 'b c', 'D2', 'lane-1', 'Notice Events (Reactive)', 'x y z', '1', '-1', '+7', '007', '0x1F', '0o17', '0o8', '1.5', '-.5',
  '1.', '1e3', '-2.5E-3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE',
  'false', 'FALSE', 'yes', 'no', 'on', 'a#b', 'a:b', 'http://x.y/z', 'x]', 'x}', 'a[b]', 'a{b}', '-x', '?x', ':x', "a'b",
  'a"b', 'a,b', 'a, b', 'a b  c', 'é ü 中文', 'emoji 😀', 'x -', 'x ?', 'x :y', '-', '?', ':', 'a: b', 'a #b', '@x', '`x',
  '%x', '!x', '&x', '*x', ',x', '|x', '>x', '#x', '[x', '{x', '---', '...', '--- x', '__proto__', 'constructor', '0', '-0',
  '12345678901234567890', '1_000', '0b1', '0X1F', 'NaN', 'Infinity', 'TRUE ', ' x',
];

const KEY_WORDS = [
  'a', 'b', 'name', 'lane', 'activities', 'D1', 'D2', 'from', 'to', '1', '2', '10', '0x1', 'true', 'null', '~', 'x y',
  'a-b', 'a_b', 'a.b', 'é', 'key with spaces', '-k', '?k', 'k?', 'a:b', 'a#b', 'a[0]', 'a{b}', '__proto__', 'toString',
  '1.0', '.inf', '"q"', "'s'", '"a b"', "'it''s'", '"\\u0041\\n"', '""', '"dup"', '- x', '? x', '[a]', '{a: 1}', '&a',
  '*a', '!t', '%d', '@a', 'a #c',
];

/** Words in the subset only, so that most texts built from them are read by the fast path. */
const SAFE_PLAIN_WORDS = PLAIN_WORDS.filter((word) => /^[A-Za-z0-9é][^#:'"[\]{},]*$/.test(word) && !/ $/.test(word));
const SAFE_KEY_WORDS = KEY_WORDS.filter((word) => /^[A-Za-z0-9é"'][^#:[\]{}]*$/.test(word) && !['"dup"', '"a b"'].includes(word));

const QUOTED_BODIES = [
  '', 'plain', 'with space', "it's", 'say "hi"', 'a: b', '# not a comment', 'tab\\tin', 'nl\\nin', 'bs\\\\', 'uni \\u00e9',
  'x \\x41', 'big \\U0001F600', 'bad \\q', 'slash \\/', 'nul \\0', 'nbsp \\_', 'ls \\L', 'bell \\a', 'short \\u12',
  'cr \\r', 'esc \\e', 'sp \\ ', 'quote \\"',
];

const BLOCK_LINES = ['text', 'more text here', 'a: b', '# hash', '- dash', '  indented', '    deeper', '"quoted"', "it's", 'x #y', ''];

const COMMENTS = ['# c', '#', '# a: b', '#- x', '# with   spaces  ', '#############'];

interface Gen {
  readonly next: () => number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

function gen(seed: number): Gen {
  const next = randomSource(seed);
  return {
    next,
    int: (max) => Math.floor(next() * max),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/** One random YAML text; `seed` fixes it. */
export function randomYamlText(seed: number): string {
  const g = gen(seed);
  // Half the texts use only words of the subset, so the fast path (not only its bail-outs) is exercised.
  const careful = g.chance(0.5);
  const plainWords = careful ? SAFE_PLAIN_WORDS : PLAIN_WORDS;
  const keyWords = careful ? SAFE_KEY_WORDS : KEY_WORDS;
  const lines: string[] = [];
  const step = 1 + g.int(4);
  const commentChance = g.pick([0, 0.05, 0.2]);
  const blankChance = g.pick([0, 0.05, 0.2]);

  const spaces = (n: number): string => ' '.repeat(Math.max(0, n));
  const trailing = (): string => {
    if (g.chance(commentChance)) return `${spaces(1 + g.int(3))}${g.pick(COMMENTS)}`;
    if (g.chance(0.05)) return spaces(1 + g.int(3));
    return '';
  };
  const interject = (indent: number): void => {
    while (g.chance(blankChance)) lines.push(g.chance(0.8) ? '' : spaces(g.int(8)));
    while (g.chance(commentChance)) {
      const column = g.pick([0, indent, indent + 1, indent + step, Math.max(0, indent - 1), g.int(10)]);
      lines.push(`${spaces(column)}${g.pick(COMMENTS)}`);
    }
  };
  const quoted = (): string => {
    const body = careful ? g.pick(QUOTED_BODIES.slice(0, 6)) : g.pick(QUOTED_BODIES);
    if (g.chance(0.5)) return `"${body}"`;
    return `'${body.replace(/\\/g, '').replace(/'/g, "''")}'`;
  };
  const scalar = (): string => (g.chance(0.75) ? g.pick(plainWords) : quoted());
  const flowValue = (depth: number): string => {
    const roll = g.next();
    if (depth < 2 && roll < 0.15) return flowSeq(depth + 1);
    if (depth < 2 && roll < 0.25) return flowMap(depth + 1);
    return g.chance(0.8) ? g.pick(['a', 'D1', '1', 'x y', 'true', 'null', '~', '-1', 'lane-2', 'a:b', 'é', '?x', ':x', 'http://x', 'a:', '-', 'a #b', 'a#b', "it's", '!x']) : quoted();
  };
  const sep = (): string => g.pick([', ', ',', ' , ', ',  ']);
  const flowSeq = (depth: number): string => {
    const count = g.int(4);
    const items = Array.from({ length: count }, () => flowValue(depth));
    const pad = g.chance(0.2) ? ' ' : '';
    return `[${pad}${items.join(sep())}${pad}]`;
  };
  const flowMap = (depth: number): string => {
    const count = g.int(4);
    const items = Array.from({ length: count }, (_, i) => `${g.pick(['x', 'y', 'a b', '"q"', 'k' + i, '1'])}${g.pick([': ', ':  ', ' : '])}${flowValue(depth)}`);
    const pad = g.chance(0.3) ? ' ' : '';
    return `{${pad}${items.join(sep())}${pad}}`;
  };
  /** Block scalar: header text and content lines, for a parent collection at `parentIndent`. */
  const blockScalar = (parentIndent: number): { header: string; body: string[] } => {
    const header = `${g.pick(['|', '>'])}${g.pick(['', '-', '+'])}${g.chance(0.1) ? g.pick(['2', ' # c', '  ', '#x']) : ''}`;
    const contentIndent = parentIndent + 1 + g.int(3);
    const count = 1 + g.int(5);
    const body: string[] = [];
    for (let i = 0; i < count; i++) {
      const line = g.pick(BLOCK_LINES);
      if (line === '') body.push(spaces(g.pick([0, 0, contentIndent, Math.max(0, contentIndent - 1), contentIndent + 1])));
      else body.push(spaces(contentIndent) + line);
    }
    const trailingBlank = g.int(3);
    for (let i = 0; i < trailingBlank; i++) body.push(spaces(g.pick([0, 0, contentIndent, 1])));
    return { header, body };
  };

  /** Appends `key: value` (value of any kind) for a mapping at column `indent`; `prefix` is the line start. */
  const pair = (indent: number, prefix: string, depth: number): void => {
    const key = g.pick(keyWords);
    const colon = g.chance(0.1) ? ' :' : ':';
    const roll = g.next();
    if (depth < 4 && roll < 0.25) {
      lines.push(`${prefix}${key}${colon}${trailing()}`);
      interject(indent);
      mapping(indent + step + (g.chance(0.1) ? 1 : 0), depth + 1);
    } else if (depth < 4 && roll < 0.45) {
      lines.push(`${prefix}${key}${colon}${trailing()}`);
      interject(indent);
      sequence(g.chance(0.4) ? indent : indent + step, depth + 1);
    } else if (roll < 0.55) {
      lines.push(`${prefix}${key}${colon}${trailing()}`);
    } else if (roll < 0.6) {
      lines.push(`${prefix}${key}${colon} ${g.chance(0.5) ? flowSeq(0) : flowMap(0)}${trailing()}`);
    } else if (roll < 0.65) {
      lines.push(`${prefix}${key}${colon}${trailing()}`);
      interject(indent);
      lines.push(`${spaces(indent + step)}${g.chance(0.5) ? flowSeq(0) : flowMap(0)}${trailing()}`);
    } else if (roll < 0.75) {
      const { header, body } = blockScalar(indent);
      lines.push(`${prefix}${key}${colon} ${header}`);
      lines.push(...body);
    } else {
      lines.push(`${prefix}${key}${colon} ${scalar()}${trailing()}`);
    }
  };
  const mapping = (indent: number, depth: number): void => {
    const count = 1 + g.int(4);
    for (let i = 0; i < count; i++) {
      pair(indent, spaces(indent), depth);
      if (i < count - 1) interject(indent);
    }
  };
  const sequence = (indent: number, depth: number): void => {
    const count = 1 + g.int(4);
    for (let i = 0; i < count; i++) {
      const dash = `${spaces(indent)}-`;
      const gap = g.pick([' ', ' ', '  ', '   ']);
      const roll = g.next();
      if (depth < 4 && roll < 0.3) {
        // compact mapping: first pair on the dash line
        const column = indent + 1 + gap.length;
        pair(column, dash + gap, depth + 1);
        const more = g.int(3);
        for (let j = 0; j < more; j++) {
          interject(column);
          pair(column, spaces(column), depth + 1);
        }
      } else if (depth < 4 && roll < 0.4) {
        lines.push(`${dash}${trailing()}`);
        interject(indent);
        if (g.chance(0.5)) mapping(indent + step, depth + 1);
        else sequence(indent + step, depth + 1);
      } else if (roll < 0.45) {
        lines.push(`${dash}${trailing()}`);
      } else if (roll < 0.5) {
        lines.push(`${dash}${trailing()}`);
        interject(indent);
        lines.push(`${spaces(indent + step)}${g.chance(0.5) ? flowSeq(0) : flowMap(0)}${trailing()}`);
      } else if (roll < 0.6) {
        lines.push(`${dash}${gap}${g.chance(0.5) ? flowSeq(0) : flowMap(0)}${trailing()}`);
      } else if (roll < 0.7) {
        const { header, body } = blockScalar(indent);
        lines.push(`${dash}${gap}${header}`);
        lines.push(...body);
      } else {
        lines.push(`${dash}${gap}${scalar()}${trailing()}`);
      }
      if (i < count - 1) interject(indent);
    }
  };

  interject(0);
  const rootRoll = g.next();
  if (rootRoll < 0.75) mapping(0, 0);
  else if (rootRoll < 0.9) sequence(0, 0);
  else lines.push(g.chance(0.5) ? scalar() : flowSeq(0));
  interject(g.int(6));
  let text = lines.join('\n');
  if (g.chance(0.85)) text += '\n';
  if (g.chance(0.05)) text = '\ufeff' + text;
  return text;
}

const MUTATION_CHARS = [' ', ' ', '\n', ':', '-', '#', "'", '"', '[', ']', '{', '}', ',', '|', '>', 'a', '1', '\t', '\r', '\\', '?'];

/** `text` with a few random single-character edits: near-misses of the subset. */
export function mutateYamlText(text: string, seed: number): string {
  const g = gen(seed);
  let result = text;
  const edits = 1 + g.int(3);
  for (let i = 0; i < edits; i++) {
    const at = g.int(result.length + 1);
    const roll = g.next();
    if (roll < 0.4) result = result.slice(0, at) + g.pick(MUTATION_CHARS) + result.slice(at);
    else if (roll < 0.7) result = result.slice(0, at) + result.slice(at + 1);
    else result = result.slice(0, at) + g.pick(MUTATION_CHARS) + result.slice(at + 1);
  }
  return result;
}
