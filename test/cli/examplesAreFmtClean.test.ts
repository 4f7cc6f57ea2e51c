import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMapText } from '../../shared/yaml/formatMapText';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** Fenced ```yaml blocks that are maps (they name the format), with where they start. */
function mapExamples(file: string): Array<{ where: string; text: string }> {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const examples: Array<{ where: string; text: string }> = [];
  for (const match of text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    if (!/^format: swimlane\//m.test(match[1]!)) continue;
    examples.push({ where: `${file}:${text.slice(0, match.index).split('\n').length}`, text: match[1]! });
  }
  return examples;
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const docs = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const examples = docs.flatMap(mapExamples);
const fixtures = yamlFilesUnder('test/fixtures');

describe('every map example a person may copy is already formatted', () => {
  it('finds examples and fixtures to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(1);
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples)('the example at $where is fmt-clean', ({ where, text }) => {
    // when the example is formatted / then nothing changes
    expect(formatMapText(text, where).text).toBe(text);
  });

  it.each(fixtures)('the fixture %s is fmt-clean', (file) => {
    // given
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    // when formatted / then nothing changes
    expect(formatMapText(text, file).text).toBe(text);
  });
});
