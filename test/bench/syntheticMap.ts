// Generates plausible maps of a given size for benchmarks: lanes, parallel chains of 20 activities
// (like the subprocesses of a large model), alternative branches, labelled flows.
import type { ProcessMap } from '../../shared/model/schema';
import { CURRENT_FORMAT } from '../../shared/model/schema';

const CHAIN = 20;
const VERBS = ['Receive', 'Review', 'Check', 'Assign', 'Analyse', 'Escalate', 'Notify', 'Record', 'Close', 'Plan'];
const OBJECTS = ['event report', 'incident ticket', 'alert', 'request', 'vulnerability', 'response plan', 'evidence'];

export function syntheticMap(activityCount: number): ProcessMap {
  const laneCount = Math.max(4, Math.min(12, Math.round(activityCount / 50)));
  const actors: ProcessMap['actors'] = {};
  const lanes: ProcessMap['lanes'] = {};
  for (let l = 1; l <= laneCount; l++) {
    actors[`actor-${l}`] = { name: `Team ${l}`, kind: 'team' };
    lanes[`lane-${l}`] = { actor: `actor-${l}` };
  }
  const activities: ProcessMap['activities'] = {};
  const flows: NonNullable<ProcessMap['flows']> = {};
  // A deterministic pseudo-random sequence, so every run measures the same map.
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let lane = 1;
  for (let i = 1; i <= activityCount; i++) {
    if (random() < 0.35) lane = 1 + Math.floor(random() * laneCount);
    activities[`A${i}`] = {
      name: `${VERBS[i % VERBS.length]} ${OBJECTS[(i * 7) % OBJECTS.length]} ${i}`,
      lane: `lane-${lane}`,
    };
    const startsChain = (i - 1) % CHAIN === 0;
    if (startsChain) flows[`outside-A${i}`] = { from: 'outside', to: `A${i}`, outputs: ['Reports'] };
    else flows[`A${i - 1}-A${i}`] = { from: `A${i - 1}`, to: `A${i}`, outputs: [`${OBJECTS[i % OBJECTS.length]}`] };
    if (i % CHAIN === 0 || i === activityCount) flows[`A${i}-end`] = { from: `A${i}`, to: 'end' };
    if (i % 9 === 0 && i + 4 <= activityCount && Math.floor((i - 1) / CHAIN) === Math.floor((i + 3) / CHAIN)) {
      flows[`A${i}-A${i + 4}`] = { from: `A${i}`, to: `A${i + 4}`, outputs: ['Escalation'], condition: 'If the case is urgent' };
    }
  }
  return {
    format: CURRENT_FORMAT,
    id: `bench-${activityCount}`,
    title: `Benchmark map with ${activityCount} activities`,
    kind: 'to-be',
    actors,
    lanes,
    activities,
    initiations: { outside: { kind: 'outside' } },
    terminations: { end: { kind: 'end' } },
    flows,
  };
}
