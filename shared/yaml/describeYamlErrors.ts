/**
 * YAML syntax errors in words a map author can act on, without the parser's wording, and one error
 * per mistake: the parser often reports a wrong indentation twice at one place.
 */

export interface YamlSyntaxError {
  readonly code: string;
  readonly message: string;
  readonly pos: readonly [number, number];
}

export interface DescribedYamlError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

function describe(error: YamlSyntaxError): string {
  const text = error.message.split('\n')[0] ?? error.message;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'a tab indents this line: YAML indents with spaces only';
    case 'BAD_INDENT':
      if (text.startsWith('Flow sequence')) return 'a list opened with "[" is not closed with "]" (or its next line is not indented under it)';
      if (text.startsWith('Flow map')) return 'a mapping opened with "{" is not closed with "}" (or its next line is not indented under it)';
      return 'wrong indentation: this line does not line up with the keys before it at its level';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'wrong indentation: a value is followed by a line indented further, or by another "key:" on its line; put each key on a line of its own, lined up with the keys beside it';
    case 'MISSING_CHAR':
      return /quote/i.test(text) ? 'a text opened with a quote is not closed' : `something is not closed here (${text.replace(/ at line \d+, column \d+:?$/, '')})`;
    case 'DUPLICATE_KEY':
      return 'a key appears twice in one mapping';
    default:
      return `not valid YAML: ${text.replace(/ at line \d+, column \d+:?$/, '')}`;
  }
}

/** The errors in words, one per line of `text` where they start (the first there wins). */
export function describeYamlErrors(errors: readonly YamlSyntaxError[], text: string): DescribedYamlError[] {
  const seenLines = new Set<number>();
  const described: DescribedYamlError[] = [];
  for (const error of errors) {
    const line = text.slice(0, error.pos[0]).split('\n').length;
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    described.push({ message: describe(error), start: error.pos[0], end: error.pos[1] });
  }
  return described;
}
