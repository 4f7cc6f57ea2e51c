/**
 * Core benchmark (`npm run bench`): parse, validate and one-field save of generated maps of 100,
 * 1,000 and 10,000 activities. Prints medians of several runs and peak memory; not a test.
 * Targets (issue 2): parse+validate 1,000 < 50 ms; 10,000 < 500 ms; one-field save at 1,000 < 20 ms.
 */
import { ProcessMap } from '../../shared/model/schema';
import { validateMap } from '../../shared/rules/validateMap';
import { createWorkspace } from '../../shared/workspace/workspace';
import { parseMap } from '../../shared/yaml/parseMap';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { prepareToSave, updateMapText } from '../../shared/yaml/updateMapText';
import { syntheticMap } from '../support/syntheticMap';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);

/** `map` with one activity renamed, copying only the objects on the way (as the editor's edits do). */
function renamed(map: ProcessMap, id: string, name: string): ProcessMap {
  return { ...map, activities: { ...map.activities, [id]: { ...map.activities[id]!, name } } };
}

const rows: string[][] = [];
/** Medians per size, for the verdicts under the table. */
const medians = new Map<number, { load: number; saves: Record<string, number> }>();
for (const size of [100, 1_000, 10_000]) {
  const text = renderCanonical(syntheticMap({ activities: size, handoffs: true, details: true }), ProcessMap);
  const runs = size >= 10_000 ? 9 : 15;
  const parseTimes: number[] = [];
  const validateTimes: number[] = [];
  const saveTimes: number[] = [];
  const warmSaveTimes: number[] = [];
  const nextSaveTimes: number[] = [];
  const unreadWithPreviousTimes: number[] = [];
  const loadTimes: number[] = [];
  let issueCount = 0;
  let loaded: ReturnType<typeof parseMap> | undefined;
  // Loading and saving are timed in separate loops, so neither is charged for the other's garbage.
  for (let run = 0; run < runs + 2; run++) {
    const [parsed, parseMs] = time(() => parseMap(text, 'bench.yaml'));
    if (!parsed.value) throw new Error(`generated map did not load: ${parsed.issues[0]?.message}`);
    const [issues, validateMs] = time(() => validateMap(parsed, createWorkspace([parsed])));
    issueCount = issues.length;
    if (run === runs + 1) loaded = parsed;
    // The first two runs warm the JIT; they are not counted.
    if (run >= 2) {
      parseTimes.push(parseMs);
      validateTimes.push(validateMs);
      loadTimes.push(parseMs + validateMs);
    }
  }
  for (let run = 0; run < runs + 2; run++) {
    // Edits as the editor makes them: new objects on the changed path, the rest shared.
    const base = loaded!.value!;
    const edited = renamed(base, `A${Math.ceil(size / 2)}`, `Renamed in run ${run}`);
    const editedAgain = renamed(edited, `A${Math.ceil(size / 3)}`, `Renamed again in run ${run}`);
    // Text never read: the original was never read for saving before (a trailing comment makes it new).
    const original = `${text}# run ${run}\n`;
    const [saved, saveMs] = time(() => updateMapText(original, edited));
    if (saved.split('\n').length !== original.split('\n').length) throw new Error('one-field save changed the line count');
    // Read ahead: the editor reads an opened file for saving while the user looks (prepareToSave).
    const prepared = `${text}# prepared ${run}\n`;
    prepareToSave(prepared);
    // The editor also passes the map the text holds, so unchanged objects are skipped by identity.
    const [savedAfterReadAhead, warmSaveMs] = time(() => updateMapText(prepared, edited, { previous: base }));
    // Over the text just saved: the editor's next save, of another one-field edit.
    const [, nextSaveMs] = time(() => updateMapText(savedAfterReadAhead, editedAgain, { previous: edited }));
    // Never read, but with the map it holds (the editor's first save before its read-ahead ran).
    const unread = `${text}# unread ${run}\n`;
    const [, unreadWithPreviousMs] = time(() => updateMapText(unread, edited, { previous: base }));
    if (run >= 2) {
      saveTimes.push(saveMs);
      warmSaveTimes.push(warmSaveMs);
      nextSaveTimes.push(nextSaveMs);
      unreadWithPreviousTimes.push(unreadWithPreviousMs);
    }
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  medians.set(size, {
    load: median(loadTimes),
    saves: {
      'text never read': median(saveTimes),
      'editor: file read ahead': median(warmSaveTimes),
      'editor: over the text just saved': median(nextSaveTimes),
      'editor: file not read yet': median(unreadWithPreviousTimes),
    },
  });
  rows.push([
    size.toLocaleString('en'),
    `${(text.length / 1024).toFixed(0)} KiB`,
    median(parseTimes).toFixed(1),
    median(validateTimes).toFixed(1),
    median(loadTimes).toFixed(1),
    median(saveTimes).toFixed(1),
    median(warmSaveTimes).toFixed(1),
    median(nextSaveTimes).toFixed(1),
    median(unreadWithPreviousTimes).toFixed(1),
    String(issueCount),
    `${(peakRss / 2 ** 20).toFixed(0)} MiB`,
  ]);
}
clearInterval(sampler);

const header = ['activities', 'file', 'parse ms', 'validate ms', 'parse+validate ms', 'save ms (text never read)', 'save ms (editor: file read ahead)', 'save ms (editor: over the text just saved)', 'save ms (editor: file not read yet)', 'findings', 'peak RSS'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padStart(widths[column]!)).join(' | ')} |`;
console.log(`Core benchmark: median wall time of runs after warm-up (Node ${process.version}, load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`);
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
const verdict = (ms: number, limit: number): string => `${ms.toFixed(1)} ms ${ms < limit ? 'met' : 'NOT MET'}`;
console.log('targets (issue 2), medians above:');
console.log(`- parse+validate 1,000 < 50 ms: ${verdict(medians.get(1_000)!.load, 50)}`);
console.log(`- parse+validate 10,000 < 500 ms: ${verdict(medians.get(10_000)!.load, 500)}`);
for (const [kind, ms] of Object.entries(medians.get(1_000)!.saves)) console.log(`- one-field save at 1,000 < 20 ms (${kind}): ${verdict(ms, 20)}`);
