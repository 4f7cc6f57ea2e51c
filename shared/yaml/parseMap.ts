/** Loading one map file: safe YAML parsing, format migration and schema validation. */
import { ActorCatalogue, CURRENT_FORMAT, ProcessMap } from '../model/schema';
import { migrateToCurrent } from '../model/migrations';
import { parseYamlSource } from './parseYamlSource';
import type { ParsedSource } from './parseYamlSource';
import { rangeOfPath } from './sourceTree';

export type ParsedMap = ParsedSource<ProcessMap>;
export type ParsedCatalogue = ParsedSource<ActorCatalogue>;

/**
 * Parses and validates a map file. A file in an older format is migrated in memory (saving writes
 * the current format); a file in an unknown format is an error at its `format` line.
 */
export function parseMap(text: string, file: string): ParsedMap {
  const parsed = parseYamlSource(text, file, ProcessMap);
  if (parsed.value || !parsed.tree || !isRecord(parsed.data)) return parsed;
  const format = parsed.data['format'];
  if (format === CURRENT_FORMAT) return parsed;
  const migrated = typeof format === 'string' ? migrateToCurrent(format, parsed.data) : undefined;
  if (migrated) {
    const result = ProcessMap.safeParse(migrated);
    if (result.success) return { ...parsed, value: result.data, issues: [] };
  }
  const range = rangeOfPath(parsed.tree, ['format']);
  return {
    ...parsed,
    issues: [
      {
        rule: 'schema',
        severity: 'error',
        message:
          format === undefined
            ? `not a Swimlane Studio map: the first key should be "format: ${CURRENT_FORMAT}"`
            : `format ${JSON.stringify(format)} is not one this version reads (it reads ${CURRENT_FORMAT})`,
        path: ['format'],
        file,
        ...range,
      },
      ...parsed.issues.filter((issue) => issue.path[0] !== 'format'),
    ],
  };
}

/** Parses and validates an actor catalogue (`actors.yaml`). */
export function parseActorCatalogue(text: string, file: string): ParsedCatalogue {
  return parseYamlSource(text, file, ActorCatalogue);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
