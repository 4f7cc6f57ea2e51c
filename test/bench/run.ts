/**
 * `npm run bench`: runs every benchmark script in its own process (so one's memory does not
 * distort another's) and prints their figures. Benchmarks print; they never pass or fail.
 * `npm run bench -- core` runs only the scripts whose name contains "core".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const scripts = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(folder, script)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`${script} exited with ${result.status ?? result.signal}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
