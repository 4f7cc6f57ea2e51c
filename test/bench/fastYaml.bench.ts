/**
 * Fast YAML reader benchmark (`npm run bench -- fastYaml`): CPU time of `readYamlSubset` (value and
 * node tree), `readYamlSubsetValue` (value only) and `yaml`'s parseDocument on generated maps in
 * canonical form. CPU time, not wall time, so that other load on the machine distorts less.
 * Prints medians of the runs after two warm-up runs; not a test.
 */
import { parseDocument } from 'yaml';
import { ProcessMap } from '../../shared/model/schema';
import { readYamlSubset, readYamlSubsetValue } from '../../shared/yaml/fastYaml';
import { renderCanonical } from '../../shared/yaml/renderYaml';
import { syntheticMap } from '../support/syntheticMap';

function medianCpuMs(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let index = 0; index < runs + 2; index++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    if (index >= 2) times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

console.log('Fast YAML reader (median CPU ms after warm-up; Node', process.version, ')');
console.log('| activities | file | readYamlSubset | MB/s | readYamlSubsetValue | MB/s | yaml parseDocument |');
console.log('|-----------:|-----:|---------------:|-----:|--------------------:|-----:|-------------------:|');
for (const size of [1_000, 10_000]) {
  const text = renderCanonical(syntheticMap({ activities: size, handoffs: true, details: true }), ProcessMap);
  if (!readYamlSubset(text)) throw new Error('the fast reader declined a canonical map');
  const megabytes = text.length / 1e6;
  const runs = size >= 10_000 ? 7 : 15;
  const full = medianCpuMs(runs, () => readYamlSubset(text));
  const valueOnly = medianCpuMs(runs, () => readYamlSubsetValue(text));
  const yaml = size <= 1_000 ? medianCpuMs(3, () => parseDocument(text)).toFixed(0) : '(skipped)';
  const rate = (ms: number): string => (megabytes / (ms / 1000)).toFixed(0);
  console.log(
    `| ${size.toLocaleString('en')} | ${(text.length / 1024).toFixed(0)} KiB | ${full.toFixed(1)} | ${rate(full)} | ${valueOnly.toFixed(1)} | ${rate(valueOnly)} | ${yaml} |`,
  );
}
