/** Offsets where the lines of `text` start, as `yaml`'s LineCounter records them. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  let offset = text.indexOf('\n');
  while (offset !== -1) {
    starts.push(offset + 1);
    offset = text.indexOf('\n', offset + 1);
  }
  return starts;
}
