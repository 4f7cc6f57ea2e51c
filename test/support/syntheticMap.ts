/**
 * The one generator of synthetic swimlane maps for tests and benchmarks: n activities spread over
 * lanes, about 1.3 labelled flows per activity (mostly forward, some feedback loops, some output
 * forks), a start and two ends, and coordination groups. Deterministic for a given seed.
 *
 * Options add what a particular measurement needs: `chainLength` cuts the backbone into parallel
 * chains entered from outside (like the subprocesses of a large model, so the drawing stays
 * tall rather than thousands of columns wide); `handoffs` describes every cross-lane flow;
 * `details` fills the activity description fields, so text size per activity is realistic.
 * (`test/bench/peersMap.ts` stays separate: it reproduces the reference layout cases' shape.)
 */
import type { ProcessMap } from '../../shared/model/schema';

/** Small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  readonly activities: number;
  readonly lanes?: number;
  readonly seed?: number;
  /** Words per flow label (default up to 3). */
  readonly labelWords?: number;
  /** How far back the backbone reaches for a predecessor (default 3; larger makes wider columns). */
  readonly spread?: number;
  /** Restart the backbone from an outside start every this many activities. */
  readonly chainLength?: number;
  /** Describe every cross-lane flow as a person-to-person handoff. */
  readonly handoffs?: boolean;
  /** Fill requirements, key people and source on every activity. */
  readonly details?: boolean;
}

type Flow = NonNullable<ProcessMap['flows']>[string];
const WORDS = ['event', 'report', 'ticket', 'alert', 'incident', 'analysis', 'request', 'status', 'evidence', 'notice', 'plan', 'update'];
const DETAILS = {
  requirements: ['Designated personnel perform this step within defined time constraints.'],
  keyPeople: ['CSIRT staff', 'IT staff'],
  source: 'synthetic',
};

export function syntheticMap(options: SyntheticOptions): ProcessMap {
  const random = seededRandom(options.seed ?? 1);
  const n = options.activities;
  const laneCount = options.lanes ?? Math.max(2, Math.min(12, Math.round(n / 20)));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const phrase = (max: number): string => Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(WORDS)).join(' ');
  const lanes: NonNullable<ProcessMap['lanes']> = {};
  const actors: NonNullable<ProcessMap['actors']> = {};
  for (let l = 0; l < laneCount; l++) {
    actors[`actor${l}`] = { name: `Actor ${l} ${phrase(2)}`, kind: 'role' };
    lanes[`L${l}`] = { actor: `actor${l}` };
  }
  const activities: ProcessMap['activities'] = {};
  for (let i = 0; i < n; i++) {
    activities[`A${i}`] = { name: `Activity ${phrase(4)}`, lane: `L${Math.floor(random() * laneCount)}`, ...(options.details ? DETAILS : {}) };
  }
  const flows: NonNullable<ProcessMap['flows']> = {};
  let f = 0;
  const flow = (from: string, to: string, extra: Partial<Flow> = {}): void => {
    flows[`F${f++}`] = { from, to, outputs: [phrase(options.labelWords ?? 3)], ...extra };
  };
  // A backbone keeps every chain connected; further flows mostly go forward a few steps.
  const chainStart = (i: number): number => (options.chainLength ? i - (i % options.chainLength) : 0);
  for (let i = 1; i < n; i++) {
    const reach = Math.max(chainStart(i), i - 1 - Math.floor(random() * (options.spread ?? 3)));
    if (options.chainLength && i % options.chainLength === 0) flow('start', `A${i}`);
    else flow(`A${reach}`, `A${i}`);
  }
  const extra = Math.round(n * 0.3);
  for (let k = 0; k < extra; k++) {
    const a = Math.floor(random() * n);
    const back = random() < 0.15;
    const b = back ? Math.max(0, a - 1 - Math.floor(random() * 5)) : Math.min(n - 1, a + 1 + Math.floor(random() * 8));
    if (a === b || (options.chainLength && chainStart(a) !== chainStart(b))) continue;
    flow(`A${a}`, `A${b}`, random() < 0.4 ? { condition: `If ${phrase(3)}` } : {});
  }
  // Output forks: a decision with two alternative outputs.
  for (let k = 0; k < Math.round(n / 25); k++) {
    const a = Math.floor(random() * (n - 3));
    flow(`A${a}`, `A${a + 2}`, { condition: `If ${phrase(2)}`, outputFork: `d${k}` });
    flow(`A${a}`, `A${a + 3}`, { condition: `If not ${phrase(2)}`, outputFork: `d${k}` });
  }
  const initiations: NonNullable<ProcessMap['initiations']> = { start: { kind: 'any', text: 'From any activity' } };
  flow('start', 'A0');
  const terminations: NonNullable<ProcessMap['terminations']> = { done: { kind: 'icon', icon: 'archive' }, out: { kind: 'label', text: 'To stakeholders' } };
  flow(`A${n - 1}`, 'done', { condition: 'If closed' });
  flow(`A${Math.max(0, n - 2)}`, 'out');
  const groups: NonNullable<ProcessMap['groups']> = {};
  for (let g = 0; g < Math.floor(n / 40); g++) {
    const first = Math.floor(random() * (n - 3));
    groups[`G${g}`] = { label: `Coordinate ${phrase(2)}`, members: [`A${first}`, `A${first + 1}`, `A${first + 2}`] };
  }
  return {
    format: 'swimlane/1',
    id: `synthetic-${n}`,
    title: `Synthetic map with ${n} activities`,
    kind: 'as-is',
    actors,
    lanes,
    activities,
    groups,
    initiations,
    terminations,
    flows,
    triggers: { '1': { text: 'The first activity starts the process.', starts: ['A0'] } },
    ...(options.handoffs ? { handoffs: describedHandoffs(activities, flows) } : {}),
  };
}

/** A person-to-person handoff for every flow between two activities in different lanes. */
function describedHandoffs(activities: ProcessMap['activities'], flows: NonNullable<ProcessMap['flows']>): NonNullable<ProcessMap['handoffs']> {
  const handoffs: NonNullable<ProcessMap['handoffs']> = {};
  for (const [id, { from, to }] of Object.entries(flows)) {
    const sender = activities[from]?.lane;
    const receiver = activities[to]?.lane;
    if (!sender || !receiver || sender === receiver) continue;
    handoffs[`h-${id}`] = {
      sending: [{ activity: from }],
      receiving: [{ activity: to }],
      flows: [id],
      kinds: {
        'person-to-person': {
          sendingActors: [`actor${sender.slice(1)}`],
          receivingActors: [`actor${receiver.slice(1)}`],
          modes: { electronic: ['Ticketing system'] },
        },
      },
    };
  }
  return handoffs;
}
