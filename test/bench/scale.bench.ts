/**
 * Scale benchmark (`npm run bench -- scale`, issue 16): validate, fmt --check and diff of lean
 * synthetic maps of 10k, 50k and 400k activities, each command a child process (`swimlane` through
 * tsx) timed whole, with its peak RSS from /usr/bin/time -v. Target: a 10 MB map under 10 s per
 * command; 5× the size at most 6× the time. Lean = the synthetic generator without its optional
 * per-activity fields, so 400k activities stay under the 32 MB file limit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProcessMap } from '../../shared/model/schema';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { syntheticMap } from '../support/syntheticMap';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'cli/main.ts');
const sizes = (process.env.SCALE_SIZES ?? '10000,50000,400000').split(',').map(Number);

/** The synthetic map without requirements, key people, sources and handoffs. */
function leanMap(activityCount: number): ProcessMap {
  const map = syntheticMap({ activities: activityCount, handoffs: true, details: true });
  const activities = Object.fromEntries(Object.entries(map.activities).map(([id, activity]) => [id, { name: activity.name, lane: activity.lane }]));
  const flows = Object.fromEntries(Object.entries(map.flows ?? {}).map(([id, flow]) => [id, { from: flow.from, to: flow.to }]));
  const { handoffs: _handoffs, ...rest } = map;
  return { ...rest, activities, flows } as ProcessMap;
}

function run(args: string[]): { seconds: number; peakMb: number; code: number | null } {
  const started = performance.now();
  const hasTime = existsSync('/usr/bin/time');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const fullArgs = [...(hasTime ? ['-v', process.execPath] : []), '--import', 'tsx', cli, ...args];
  const result = spawnSync(command, fullArgs, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : NaN, code: result.status };
}

const folder = mkdtempSync(path.join(tmpdir(), 'swimlane-scale-'));
const rows: { size: number; mb: number; results: Record<string, ReturnType<typeof run>> }[] = [];
try {
  for (const size of sizes) {
    const map = leanMap(size);
    const text = renderCanonical(map, ProcessMap);
    const file = path.join(folder, `m${size}.yaml`);
    const edited = path.join(folder, `m${size}-edited.yaml`);
    writeFileSync(file, text);
    writeFileSync(edited, text.replace('name: Activity number 1 of the process', 'name: Activity number 1 renamed'));
    rows.push({
      size,
      mb: Buffer.byteLength(text) / 1024 / 1024,
      results: { validate: run(['validate', '--quiet', file]), fmt: run(['fmt', '--check', file]), diff: run(['diff', file, edited]) },
    });
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log('| activities | file MB | validate s (peak MB) | fmt --check s (peak MB) | diff s (peak MB) |');
console.log('|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const cell = (name: string) => `${row.results[name]!.seconds.toFixed(2)} (${row.results[name]!.peakMb.toFixed(0)})${row.results[name]!.code === 0 || row.results[name]!.code === 1 ? '' : ` exit ${row.results[name]!.code}`}`;
  console.log(`| ${row.size} | ${row.mb.toFixed(1)} | ${cell('validate')} | ${cell('fmt')} | ${cell('diff')} |`);
}
for (let i = 1; i < rows.length; i++) {
  const ratio = rows[i]!.mb / rows[i - 1]!.mb;
  for (const name of ['validate', 'fmt', 'diff']) {
    const timeRatio = rows[i]!.results[name]!.seconds / rows[i - 1]!.results[name]!.seconds;
    console.log(`${name}: ${ratio.toFixed(1)}× size → ${timeRatio.toFixed(1)}× time (${timeRatio <= ratio * 1.2 ? 'within' : 'over'} the 6:5 bound)`);
  }
}
