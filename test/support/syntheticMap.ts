/** Deterministic synthetic maps of any size, for benchmarks: lanes, ~1.3 labelled flows per activity, handoffs. */
import type { ProcessMap } from '../../shared/model/schema';

/** A small deterministic PRNG so every run measures the same maps. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticMap(activityCount: number, laneCount = Math.max(2, Math.min(12, Math.round(activityCount / 40))), seed = 42): ProcessMap {
  const next = random(seed);
  const lanes = Array.from({ length: laneCount }, (_, index) => `lane-${index + 1}`);
  const activities: ProcessMap['activities'] = {};
  const ids = Array.from({ length: activityCount }, (_, index) => `A${index + 1}`);
  ids.forEach((id, index) => {
    activities[id] = {
      name: `Activity number ${index + 1} of the process`,
      lane: lanes[Math.floor(next() * laneCount)]!,
      requirements: ['Designated personnel perform this step within defined time constraints.'],
      keyPeople: ['CSIRT staff', 'IT staff'],
      source: 'synthetic',
    };
  });
  const flows: NonNullable<ProcessMap['flows']> = {};
  const handoffs: NonNullable<ProcessMap['handoffs']> = {};
  const addFlow = (from: string, to: string, condition?: string): void => {
    const id = `${from}-${to}${flows[`${from}-${to}`] ? '-2' : ''}`;
    flows[id] = { from, to, outputs: [`Output of ${from}`], ...(condition ? { condition } : {}) };
    if (activities[from]!.lane !== activities[to]!.lane) {
      handoffs[`h-${id}`] = {
        sending: [{ activity: from }],
        receiving: [{ activity: to }],
        flows: [id],
        kinds: {
          'person-to-person': {
            sendingActors: [activities[from]!.lane!],
            receivingActors: [activities[to]!.lane!],
            modes: { electronic: ['Ticketing system'] },
          },
        },
      };
    }
  };
  // A spine so every activity is reachable, plus forward branches for about 1.3 flows per activity.
  for (let index = 1; index < activityCount; index++) addFlow(ids[index - 1]!, ids[index]!);
  const extra = Math.round(activityCount * 0.3);
  for (let count = 0; count < extra; count++) {
    const from = Math.floor(next() * (activityCount - 1));
    const to = Math.min(activityCount - 1, from + 1 + Math.floor(next() * 5));
    if (to > from + 1) addFlow(ids[from]!, ids[to]!, `If branch ${count} applies`);
  }
  const last = ids[activityCount - 1]!;
  return {
    format: 'swimlane/1',
    id: `synthetic-${activityCount}`,
    title: `Synthetic map of ${activityCount} activities`,
    kind: 'as-is',
    actors: Object.fromEntries(lanes.map((lane) => [lane, { name: `Team ${lane}`, kind: 'team' as const }])),
    lanes: Object.fromEntries(lanes.map((lane) => [lane, { actor: lane }])),
    activities,
    terminations: { done: { kind: 'end' } },
    flows: { ...flows, [`${last}-done`]: { from: last, to: 'done', outputs: ['Result'] } },
    triggers: { 1: { text: 'When work arrives.', starts: [ids[0]!] } },
    handoffs,
  };
}
