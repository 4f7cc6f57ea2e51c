/**
 * Format migrations: each step turns the plain data of one format version into the next. A format
 * change adds one step here and bumps CURRENT_FORMAT; loading runs the chain in memory.
 */
import { CURRENT_FORMAT } from './schema';

interface MigrationStep {
  readonly from: string;
  readonly to: string;
  readonly migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** Ordered steps; empty while swimlane/1 is the only format there has been. */
export const MIGRATIONS: readonly MigrationStep[] = [];

/** The data migrated from `format` to CURRENT_FORMAT, or undefined when no chain leads there. */
export function migrateToCurrent(
  format: string,
  data: Record<string, unknown>,
  steps: readonly MigrationStep[] = MIGRATIONS,
  target: string = CURRENT_FORMAT,
): Record<string, unknown> | undefined {
  let current = data;
  let version = format;
  const seen = new Set<string>();
  while (version !== target) {
    if (seen.has(version)) return undefined;
    seen.add(version);
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) return undefined;
    current = { ...step.migrate(current), format: step.to };
    version = step.to;
  }
  return current;
}

export type { MigrationStep };
