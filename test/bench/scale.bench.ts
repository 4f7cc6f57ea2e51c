/**
 * Scale benchmark (`npm run bench -- scale`, issue 16): validate, fmt --check and diff of lean
 * synthetic maps of 10k, 50k, 150k (10 MB) and 400k activities (SCALE_SIZES to choose), each
 * command a child process (`swimlane` through tsx) timed whole, with its peak RSS from
 * /usr/bin/time -v. Target: a 10 MB map under 10 s per command; 5× the size at most 6× the time.
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
const sizes = (process.env.SCALE_SIZES ?? '10000,50000,150000,400000').split(',').map(Number);

/**
 * The synthetic map's lanes and activities with short names and no optional fields, and a flow
 * into every second activity: about 65 bytes per activity, so 400k activities (26 MB) stay under
 * the 32 MB file limit. Cross-lane flows without a handoff and unreachable activities give the
 * validator a finding for about every activity.
 */
function leanMap(activityCount: number): ProcessMap {
  const map = syntheticMap({ activities: activityCount, lanes: 8 });
  const ids = Object.keys(map.activities);
  const activities = Object.fromEntries(ids.map((id, index) => [id, { name: `Step ${index + 1}`, lane: map.activities[id]!.lane }]));
  const flows: Record<string, { from: string; to: string }> = {};
  for (let index = 1; index < ids.length; index += 2) flows[`f${index}`] = { from: ids[index - 1]!, to: ids[index]! };
  const { handoffs: _handoffs, groups: _groups, ...rest } = map;
  return { ...rest, activities, flows } as ProcessMap;
}

/** Wall and CPU (user + system) seconds: on a shared machine the CPU figure is the steadier one. */
function run(args: string[]): { seconds: number; cpuSeconds: number; peakMb: number; code: number | null } {
  const started = performance.now();
  const hasTime = existsSync('/usr/bin/time');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const fullArgs = [...(hasTime ? ['-v', process.execPath] : []), '--import', 'tsx', cli, ...args];
  const result = spawnSync(command, fullArgs, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr ?? '')?.[1] ?? NaN));
  return { seconds, cpuSeconds: cpu[0]! + cpu[1]!, peakMb: rss ? Number(rss[1]) / 1024 : NaN, code: result.status };
}

const commands: Record<string, (file: string, edited: string) => string[]> = {
  validate: (file) => ['validate', '--quiet', file],
  'fmt --check': (file) => ['fmt', '--check', file],
  diff: (file, edited) => ['diff', file, edited],
};

/** CPU seconds per command and size, to compare each size with the one before. */
const seconds = new Map<string, number[]>();
const folder = mkdtempSync(path.join(tmpdir(), 'swimlane-scale-'));
// Each row is printed as soon as its command ends, so a run cut short still leaves figures.
console.log('| activities | file MB | command | wall s | CPU s | peak RSS MB | exit |');
console.log('|---:|---:|---|---:|---:|---:|---:|');
try {
  let previousMb: number | undefined;
  for (const size of sizes) {
    const map = leanMap(size);
    const text = renderCanonical(map, ProcessMap);
    const file = path.join(folder, `m${size}.yaml`);
    const edited = path.join(folder, `m${size}-edited.yaml`);
    writeFileSync(file, text);
    writeFileSync(edited, text.replace('name: Step 1\n', 'name: Step 1 renamed\n'));
    const mb = Buffer.byteLength(text) / 1024 / 1024;
    for (const [name, argsFor] of Object.entries(commands)) {
      const result = run(argsFor(file, edited));
      console.log(`| ${size} | ${mb.toFixed(1)} | ${name} | ${result.seconds.toFixed(2)} | ${result.cpuSeconds.toFixed(2)} | ${result.peakMb.toFixed(0)} | ${result.code} |`);
      const times = seconds.get(name) ?? [];
      times.push(result.cpuSeconds);
      seconds.set(name, times);
    }
    if (previousMb !== undefined) {
      const ratio = mb / previousMb;
      for (const [name, times] of seconds) {
        const timeRatio = times[times.length - 1]! / times[times.length - 2]!;
        console.log(`${name}: ${ratio.toFixed(1)}× size → ${timeRatio.toFixed(1)}× CPU time (${timeRatio <= ratio * 1.2 ? 'within' : 'over'} the 6:5 bound)`);
      }
    }
    previousMb = mb;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
